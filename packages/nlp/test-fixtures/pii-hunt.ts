/**
 * What the family property tests share (pii-families*.property.test.ts): how a reader reads a
 * masked text, how many cases a hunt samples (PII_HUNT), and the build that masks them:
 * PII_HUNT_BASE=<another build's dist> makes a hunt mask with that build (a before figure).
 */
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
