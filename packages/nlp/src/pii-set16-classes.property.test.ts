/**
 * The classes blind set 16 found (piifix17; set 16 tuned-on), as generator families
 * (test-fixtures/pii-families-set16.ts): an OCR'd NI number after its word reported as one, an
 * account number before another code's name ("… and the sort code is …") reported as an
 * account, a customer's own mobile beside call-centre or branch words still masked; and, hard
 * negatives, the bank's lines presented as its own (a queue, a line that never answers, a branch
 * named with it) in each market's plan, with amounts, dates, tracking numbers and a payslip's
 * tax code beside the same words.
 *
 * To hunt with many samples (PII_HUNT_BASE=<dist> for a before figure):
 *   PII_HUNT=1000 pnpm exec vitest run packages/nlp/src/pii-set16-classes.property.test.ts -t hunt
 */
import { describe, it } from 'vitest'
import { FAMILIES_SET16, negativeSet16 } from '../test-fixtures/pii-families-set16.js'
import { familyProperties, HUNT, huntTable } from '../test-fixtures/pii-hunt.js'

describe('personal data by family, the classes of blind set 16 (piifix17)', () => {
  familyProperties(FAMILIES_SET16, negativeSet16, 1600, 1699, 600)

  it.runIf(HUNT > 0)(
    'hunt: misses by family (prints a table)',
    () =>
      console.log(huntTable(FAMILIES_SET16, negativeSet16, HUNT, Number(process.env.PII_HUNT_SEED ?? 16))),
    3_600_000,
  )
})
