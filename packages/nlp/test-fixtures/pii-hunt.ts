/**
 * What the family property tests share (pii-families*.property.test.ts): how a reader reads a
 * masked text, how many cases a hunt samples (PII_HUNT), and the build that masks them:
 * PII_HUNT_BASE=<another build's dist> makes a hunt mask with that build (a before figure).
 */
import type { PiiKind } from '@vigil/schema'
import fc from 'fast-check'
import { expect, it } from 'vitest'
import { maskPii as maskThis } from '../src/pii.js'
import { normaliseForPii } from '../src/pii-normalise.js'

export const HUNT = Number(process.env.PII_HUNT ?? 0)

export const maskPii: typeof maskThis =
  HUNT > 0 && process.env.PII_HUNT_BASE
    ? (await import(`${process.env.PII_HUNT_BASE}/pii.js`)).maskPii
    : maskThis

/** The masked text as a reader reads it: digits of any script as ASCII, letters and digits only. */
export const readable = (masked: string): string =>
  normaliseForPii(masked)
    .norm.toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '')

/** A generated value: the text, what must not stay readable, the kind a reader expects reported. */
export interface FamilyCase {
  text: string
  secrets: string[]
  kind: PiiKind
}

/** What a reader would notice: the value still readable, or reported under another kind. */
export function missed(c: FamilyCase): string | null {
  const r = maskPii(c.text)
  if (c.secrets.some((s) => readable(r.text).includes(s))) return `readable: ${r.text}`
  if (!r.kinds.includes(c.kind)) return `reported as ${r.kinds.join(',') || 'nothing'}: ${r.text}`
  return null
}

/** A hard negative's masked text when one of the numbers it must keep was masked, else null. */
export function lostNumbers(neg: { text: string; keep: string[] }): string | null {
  const masked = maskPii(neg.text).text
  const r = readable(masked)
  return neg.keep.some((x) => !r.includes(readable(x))) ? masked : null
}

/**
 * One property per family (never left readable, reported under its kind, 200 runs from `seed` on)
 * and one for the hard negatives, registered in the calling describe block.
 */
export function familyProperties(
  families: Record<string, fc.Arbitrary<FamilyCase & { family: string }>>,
  negatives: fc.Arbitrary<{ text: string; keep: string[]; family: string }>,
  seed: number,
  negativeSeed: number,
  negativeRuns: number,
): void {
  let s = seed
  for (const [name, arb] of Object.entries(families)) {
    const at = s++
    it(`${name}: never left readable, reported under its kind`, () => {
      fc.assert(
        fc.property(arb, (c) => {
          expect(missed(c), `${c.family}: ${JSON.stringify(c.text)}`).toBeNull()
        }),
        { numRuns: 200, seed: at },
      )
    })
  }
  it('hard negatives of these rules stay readable', () => {
    fc.assert(
      fc.property(negatives, (neg) => {
        expect(lostNumbers(neg), `${neg.family}: ${JSON.stringify(neg.text)}`).toBeNull()
      }),
      { numRuns: negativeRuns, seed: negativeSeed },
    )
  })
}

/**
 * A hunt's table: per family the cases missed of `runs` sampled (by language, a few examples),
 * then the hard negatives whose numbers were lost (2 × runs sampled).
 */
export function huntTable(
  families: Record<string, fc.Arbitrary<FamilyCase & { family: string; lang: string }>>,
  negatives: fc.Arbitrary<{ text: string; keep: string[]; family: string }>,
  runs: number,
  seed: number,
): string {
  const out: string[] = []
  let s = seed
  for (const [name, arb] of Object.entries(families)) {
    const byLang = new Map<string, [number, number]>()
    const ex: string[] = []
    for (const c of fc.sample(arb, { numRuns: runs, seed: s++ })) {
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
      `${name.padEnd(20)} ${all[1]} / ${all[0]}  (${[...byLang].map(([l, [n, k]]) => `${l} ${k}/${n}`).join(', ')})`,
      ...ex.map((e) => `    ${e}`),
    )
  }
  const negs = new Map<string, [number, number]>()
  const lostEx: string[] = []
  for (const neg of fc.sample(negatives, { numRuns: runs * 2, seed: s++ })) {
    const m = lostNumbers(neg)
    const t = negs.get(neg.family) ?? [0, 0]
    t[0]++
    if (m !== null) {
      t[1]++
      if (lostEx.length < 8) lostEx.push(`${neg.family}: ${JSON.stringify(neg.text)} → ${JSON.stringify(m)}`)
    }
    negs.set(neg.family, t)
  }
  for (const [f, [n, l]] of negs) out.push(`NEG ${f}: lost ${l} / ${n}`)
  out.push(...lostEx.map((e) => `    ${e}`))
  return out.join('\n')
}
