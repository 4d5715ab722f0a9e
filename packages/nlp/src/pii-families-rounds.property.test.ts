/**
 * The families of rounds pii14–pii17 (test-fixtures/pii-families-14..17.ts), one describe block
 * per round with the seeds and run counts each round's own file had (folded here by pii18: one
 * harness, four tables). pii14's were written from its own generators; pii15–17's after reading
 * blind sets 11–13's misses (tuned-on). Each value must be left unreadable AND reported under its
 * kind; the hard negatives stay.
 *
 * To hunt with many samples and print the leaks by family (PII_HUNT_BASE=<dist> for a before figure):
 *   PII_HUNT=1000 pnpm exec vitest run packages/nlp/src/pii-families-rounds.property.test.ts -t hunt
 */
import { describe, it } from 'vitest'
import { FAMILIES14, negative14 } from '../test-fixtures/pii-families-14.js'
import { FAMILIES15, negative15 } from '../test-fixtures/pii-families-15.js'
import { FAMILIES16, negative16 } from '../test-fixtures/pii-families-16.js'
import { FAMILIES17, negative17 } from '../test-fixtures/pii-families-17.js'
import { familyProperties, HUNT, huntTable } from '../test-fixtures/pii-hunt.js'

const ROUNDS = [
  { round: 14, families: FAMILIES14, negatives: negative14, negativeRuns: 400 },
  { round: 15, families: FAMILIES15, negatives: negative15, negativeRuns: 100 },
  { round: 16, families: FAMILIES16, negatives: negative16, negativeRuns: 100 },
  { round: 17, families: FAMILIES17, negatives: negative17, negativeRuns: 100 },
] as const

for (const { round, families, negatives, negativeRuns } of ROUNDS) {
  describe(`personal data by family, round pii${round}`, () => {
    familyProperties(families, negatives, round * 100, round * 100 + 99, negativeRuns)

    it.runIf(HUNT > 0)(
      'hunt: misses by family (prints a table)',
      () => console.log(huntTable(families, negatives, HUNT, Number(process.env.PII_HUNT_SEED ?? round))),
      3_600_000,
    )
  })
}
