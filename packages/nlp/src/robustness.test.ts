/**
 * Hostile input: the enricher must return a clear result for anything, and no regex may
 * backtrack catastrophically. These tests would hang (and time out) if one did; they assert
 * results, not timings.
 */
import { loadBrands } from '@vigil/config'
import { describe, expect, it } from 'vitest'
import { mention } from '../test-fixtures/mention.js'
import { createEnricher } from './enricher.js'
import { findPii, MAX_PII_SCAN_CHARS, PiiScanRefusedError } from './pii.js'
import { cleanText, MAX_ANALYSIS_CHARS } from './text.js'

const enricher = createEnricher({ brands: loadBrands(), sentimentModelPath: null })
const enrich = (text: string) => enricher.enrich(mention(text), '2026-01-01T00:00:00.000Z')

const ADVERSARIAL: [string, string][] = [
  ['a × 100k', 'a'.repeat(100_000)],
  ['digits × 100k', '1'.repeat(100_000)],
  ['spaced digits', '1 '.repeat(50_000)],
  ['dashed digits', '1-'.repeat(50_000)],
  ['spaces', ' '.repeat(100_000)],
  ['dashes', '-'.repeat(100_000)],
  ['at signs', '@'.repeat(100_000)],
  ['local part without domain', `${'a.'.repeat(50_000)}@`],
  ['hashes', '#'.repeat(100_000)],
  ['hash words', '#a'.repeat(50_000)],
  ['dollars', '$A'.repeat(50_000)],
  ['url-ish', `http://${'a'.repeat(100_000)}`],
  ['IBAN-ish', `NL${'9'.repeat(100_000)}`],
  ['IBAN letters', `NL91 ${'A '.repeat(50_000)}`],
  ['phone-ish', `+${'1 ('.repeat(30_000)}`],
  ['Arabic', 'بنك '.repeat(30_000)],
  ['Han', '莲花'.repeat(50_000)],
  ['emoji', '😡'.repeat(50_000)],
  ['1 MB mixed', 'Northwind charged me twice 4111 1111 1111 1111 莲花银行 بنك النور '.repeat(16_000)],
]

// Each case enriches texts at the length limit several times: seconds on a loaded 2-core
// machine, so a longer guard than vitest's 5 s (speed is benchmarked elsewhere, not here).
describe('hostile input', { timeout: 60_000 }, () => {
  it.each(ADVERSARIAL)('%s: refused whole, and a clear result when cut to the limit', (_name, text) => {
    // Longer than the personal-data scan covers: refused (dead-lettered), never stored half-scanned.
    expect(() => enrich(text)).toThrow(PiiScanRefusedError)
    const e = enrich(text.slice(0, MAX_ANALYSIS_CHARS))
    expect(e.text.length).toBeLessThanOrEqual(MAX_ANALYSIS_CHARS)
    expect(['negative', 'neutral', 'positive']).toContain(e.sentiment.label)
    expect(e.intentReasons.join(' ')).not.toMatch(/enrichment failed/)
  })

  it('PII finders stay linear on the longest text of digits, separators and at-signs', () => {
    const big =
      `${'12 34-'.repeat(Math.ceil((MAX_PII_SCAN_CHARS - 11_000) / 6))}${'@'.repeat(5_000)}${'9'.repeat(6_000)}`.slice(
        0,
        MAX_PII_SCAN_CHARS,
      )
    expect(Array.isArray(findPii(big))).toBe(true)
    expect(() => findPii(`${big}1`)).toThrow(PiiScanRefusedError)
  })

  it('masks personal data at the very end of the longest text accepted', () => {
    const tail = ' card ٤١١١ ١١١١ ١١١١ ١١١١ mail a.b@example.com'
    const e = enrich(
      `${'the app is down again. '.repeat(1_000)}`.slice(0, MAX_ANALYSIS_CHARS - tail.length) + tail,
    )
    expect(e.pii).toEqual(['card', 'email'])
    expect(e.text.endsWith(' card **** **** **** ١١١١ mail [email]')).toBe(true)
  })

  it('handles empty, whitespace, binary and control characters', () => {
    for (const t of ['', '   ', '\u0000\u0001\u0002\u00ff\ufffe', 'ok\u0007\u001b[31m']) {
      const e = enrich(t)
      expect(e.sentiment.label).toBe('neutral')
      expect(e.text).not.toMatch(/[\u0000-\u0008\u001b]/)
    }
  })

  it('replaces lone surrogates (text cut mid-character) instead of passing them on', () => {
    const e = enrich('bad \ud83d end')
    expect(e.text).toBe('bad \ufffd end')
    expect(() => JSON.stringify(e)).not.toThrow()
  })

  it('removes zero-width and bidi-override characters from the stored text', () => {
    expect(cleanText('a\u200bb\u202ec\u2066d\ufeff')).toBe('abcd')
    const e = enrich('\u202eNorthwind app down\u202c')
    expect(e.text).toBe('Northwind app down')
    expect(e.brands.map((b) => b.brand)).toEqual(['northwind'])
  })

  it('never throws for a text within the limit, even a text field that is not a string', () => {
    const bad = { ...mention('x'), text: 42 as unknown as string }
    expect(() => enricher.enrich(bad)).not.toThrow()
  })
})
