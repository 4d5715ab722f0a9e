/**
 * Hostile input: the enricher must return a clear result for anything, and no regex may
 * backtrack catastrophically. These tests would hang (and time out) if one did; they assert
 * results, not timings.
 */
import { loadBrands } from '@vigil/config'
import { describe, expect, it } from 'vitest'
import { mention } from '../test-fixtures/mention.js'
import { createEnricher } from './enricher.js'
import { findPii } from './pii.js'
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

describe('hostile input', () => {
  it.each(ADVERSARIAL)('%s: a clear result with the text cut to the analysis limit', (_name, text) => {
    const e = enrich(text)
    expect(e.text.length).toBeLessThanOrEqual(MAX_ANALYSIS_CHARS + 10)
    expect(['negative', 'neutral', 'positive']).toContain(e.sentiment.label)
    expect(e.intentReasons.join(' ')).not.toMatch(/enrichment failed/)
  })

  it('PII finders stay linear on 1 MB of digits, separators and at-signs', () => {
    const big = `${'12 34-'.repeat(100_000)}${'@'.repeat(100_000)}${'9'.repeat(200_000)}`
    expect(Array.isArray(findPii(big))).toBe(true)
  })

  it('masks a card in a 1 MB text within the analysed part', () => {
    const e = enrich(`card 4111 1111 1111 1111 ${'x'.repeat(1_000_000)}`)
    expect(e.pii).toEqual(['card'])
    expect(e.text.startsWith('card **** **** **** 1111')).toBe(true)
    expect(e.text.endsWith(' […]')).toBe(true)
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

  it('never throws, even for a text field that is not a string', () => {
    const bad = { ...mention('x'), text: 42 as unknown as string }
    expect(() => enricher.enrich(bad)).not.toThrow()
  })
})
