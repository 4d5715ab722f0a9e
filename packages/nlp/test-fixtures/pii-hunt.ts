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
