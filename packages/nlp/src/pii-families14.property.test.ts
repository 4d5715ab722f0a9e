/**
 * pii14's families (test-fixtures/pii-families-14.ts): a letters-only password right after a
 * bare password word, a PIN handed over a clause or two after its word, a card ending a Chinese
 * sentence that the next one's number runs into, a phone number inside a click-to-chat link.
 * Each value must be left unreadable AND reported under its kind; the hard negatives stay.
 *
 * To hunt with many samples and print the leaks by family:
 *   PII_HUNT=1000 pnpm exec vitest run packages/nlp/src/pii-families14.property.test.ts -t hunt
 */
import fc from 'fast-check'
import { describe, it } from 'vitest'
import { FAMILIES14, negative14 } from '../test-fixtures/pii-families-14.js'
import { familyProperties, HUNT, lostNumbers, missed } from '../test-fixtures/pii-hunt.js'

describe('personal data by family, round pii14', () => {
  familyProperties(FAMILIES14, negative14, 1400, 1499, 400)

  it.runIf(HUNT > 0)(
    'hunt: misses by family (prints a table)',
    () => {
      const out: string[] = []
      let s = Number(process.env.PII_HUNT_SEED ?? 14)
      for (const [name, arb] of Object.entries(FAMILIES14)) {
        const byLang = new Map<string, [number, number]>()
        const ex: string[] = []
        for (const c of fc.sample(arb, { numRuns: HUNT, seed: s++ })) {
          const m = missed(c)
          const t = byLang.get(c.lang) ?? [0, 0]
          t[0]++
          if (m !== null) {
            t[1]++
            if (ex.length < 4) ex.push(`${JSON.stringify(c.text.slice(-160))} → ${m.slice(-200)}`)
          }
          byLang.set(c.lang, t)
        }
        const all = [...byLang.values()].reduce((a, [n, l]) => [a[0] + n, a[1] + l], [0, 0])
        out.push(
          `${name.padEnd(16)} ${all[1]} / ${all[0]}  (${[...byLang].map(([l, [n, k]]) => `${l} ${k}/${n}`).join(', ')})`,
          ...ex.map((e) => `    ${e}`),
        )
      }
      const negs = new Map<string, [number, number]>()
      const lostEx: string[] = []
      for (const neg of fc.sample(negative14, { numRuns: HUNT * 2, seed: s++ })) {
        const m = lostNumbers(neg)
        const t = negs.get(neg.family) ?? [0, 0]
        t[0]++
        if (m !== null) {
          t[1]++
          if (lostEx.length < 8)
            lostEx.push(`${neg.family}: ${JSON.stringify(neg.text)} → ${JSON.stringify(m)}`)
        }
        negs.set(neg.family, t)
      }
      for (const [f, [n, l]] of negs) out.push(`NEG ${f}: lost ${l} / ${n}`)
      out.push(...lostEx.map((e) => `    ${e}`))
      console.log(out.join('\n'))
    },
    3_600_000,
  )
})
