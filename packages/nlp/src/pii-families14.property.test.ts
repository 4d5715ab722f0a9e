/**
 * pii14's families (test-fixtures/pii-families-14.ts): a letters-only password right after a
 * bare password word, a PIN handed over a clause or two after its word, a card ending a Chinese
 * sentence that the next one's number runs into, a phone number inside a click-to-chat link.
 * Each value must be left unreadable AND reported under its kind; the hard negatives stay.
 *
 * To hunt with many samples and print the leaks by family:
 *   PII_HUNT=1000 pnpm exec vitest run packages/nlp/src/pii-families14.property.test.ts -t hunt
 */
import { describe, it } from 'vitest'
import { FAMILIES14, negative14 } from '../test-fixtures/pii-families-14.js'
import { familyProperties, HUNT, huntTable } from '../test-fixtures/pii-hunt.js'

describe('personal data by family, round pii14', () => {
  familyProperties(FAMILIES14, negative14, 1400, 1499, 400)

  it.runIf(HUNT > 0)(
    'hunt: misses by family (prints a table)',
    () => console.log(huntTable(FAMILIES14, negative14, HUNT, Number(process.env.PII_HUNT_SEED ?? 14))),
    3_600_000,
  )
})
