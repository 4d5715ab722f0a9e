/**
 * The longest post accepted, with a value of every kind at its very end, is masked whole; one
 * character more and it is refused with the reason (issue 11: masking covers the whole text, a
 * text too long to scan is dead-lettered, never stored half-scanned). The values include the
 * forms pii8 reads from the numbering plans and by OCR.
 */
import { describe, expect, it } from 'vitest'
import { MAX_PII_SCAN_CHARS, maskPii, PiiScanRefusedError } from './pii.js'

/** [sentence holding the value, the value, its kind, digits of it a reader may still see]. */
const TAIL: [string, string, string, number][] = [
  ['card 4111 1111 1111 1111', '4111 1111 1111 1111', 'card', 4],
  ['IBAN NL91 ABNA 0417 1643 00', 'NL91 ABNA 0417 1643 00', 'iban', 4],
  ['sort code 20-00-00 account 12345678', '20-00-00', 'uk_account', 0],
  ['rekeningnummer 123456789', '123456789', 'account_number', 4],
  ['SSN 219-09-9999', '219-09-9999', 'us_ssn', 0],
  ['NI number PN4822l9D', 'PN4822l9D', 'uk_nino', 0],
  ['BSN 1112.22.333', '1112.22.333', 'nl_bsn', 0],
  ['Fijo 91 482 06 73', '91 482 06 73', 'phone', 2],
  ['neue ist +49 170 4829163, TAN kommt', '+49 170 4829163', 'phone', 2],
  ['mail jan.devries@example.nl', 'jan.devries@example.nl', 'email', 0],
  ['my OTP is 482913', '482913', 'otp', 0],
  ['password: Hasenbraten#77', 'Hasenbraten#77', 'password', 0],
]

const digits = (s: string): number => [...s].filter((c) => /\d/.test(c)).length

function postOf(length: number): string {
  const tail = ` ${TAIL.map(([s]) => s).join('. ')}`
  let filler = ''
  while (filler.length < length - tail.length)
    filler += 'the branch was closed again today and nobody answered. '
  return filler.slice(0, length - tail.length) + tail
}

describe('a post of the longest accepted length, with every kind at its end', () => {
  it('is masked whole, each kind reported', () => {
    const post = postOf(MAX_PII_SCAN_CHARS)
    expect(post.length).toBe(MAX_PII_SCAN_CHARS)
    const r = maskPii(post)
    for (const [sentence, value, kind, kept] of TAIL) {
      const at = post.lastIndexOf(sentence) + sentence.indexOf(value)
      // Masking keeps every character's place in this post (no invisible or astral characters).
      const shown = r.text.slice(at, at + value.length)
      expect(digits(shown), `${value} → ${shown}`).toBeLessThanOrEqual(kept)
      if (kind === 'uk_nino' || kind === 'password' || kind === 'email')
        expect(shown).not.toContain(value.slice(2))
      expect(r.kinds, value).toContain(kind)
    }
  })

  it('one character longer is refused with its length and the limit, never masked in part', () => {
    const post = postOf(MAX_PII_SCAN_CHARS + 1)
    let err: unknown
    try {
      maskPii(post)
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(PiiScanRefusedError)
    expect((err as PiiScanRefusedError).code).toBe('VIGIL_ERR_TEXT_TOO_LONG')
    expect((err as Error).message).toContain(String(MAX_PII_SCAN_CHARS + 1))
    expect((err as Error).message).toContain(String(MAX_PII_SCAN_CHARS))
  })
})
