import { readFileSync } from 'node:fs'
import { LIMITS, type PiiKind } from '@vigil/schema'
import { describe, expect, it } from 'vitest'
import { findPii, maskPii } from './pii.js'

interface Case {
  text: string
  kinds: PiiKind[]
  note: string
}
const corpus = JSON.parse(
  readFileSync(new URL('../test-fixtures/pii-corpus.json', import.meta.url), 'utf8'),
) as {
  cases: Case[]
}

describe('PII corpus', () => {
  it('has several hundred cases, most of them ordinary numbers that must stay', () => {
    expect(corpus.cases.length).toBeGreaterThanOrEqual(400)
    expect(corpus.cases.filter((c) => c.kinds.length === 0).length).toBeGreaterThanOrEqual(200)
  })

  it.each(corpus.cases.map((c) => [c.note, c.text, c] as const))('%s: %s', (_note, _text, c) => {
    const found = [...new Set(findPii(c.text).map((s) => s.kind))].sort()
    expect(found).toEqual([...c.kinds].sort())
    const masked = maskPii(c.text).text
    if (c.kinds.length === 0) expect(masked).toBe(c.text)
    else expect(masked).not.toBe(c.text)
  })
})

describe('masking', () => {
  it('keeps the last four digits of a card and its separators', () => {
    expect(maskPii('card 4111 1111 1111 1111 declined').text).toBe('card **** **** **** 1111 declined')
  })
  it('keeps country and last four characters of an IBAN', () => {
    expect(maskPii('IBAN NL91 ABNA 0417 1643 00').text).toBe('IBAN NL** **** **** **43 00')
  })
  it('hides an e-mail address entirely', () => {
    expect(maskPii('write to jan.jansen@example.nl today').text).toBe('write to [email] today')
  })
  it('hides a national id entirely', () => {
    expect(maskPii('mijn BSN is 111222333').text).toBe('mijn BSN is *********')
    expect(maskPii('NI number AB123456C').text).toBe('NI number *********')
  })
  it('keeps the last two digits of a phone number', () => {
    expect(maskPii('call me on +44 7700 900123').text).toBe('call me on +** **** ****23')
  })
  it('masks every card when a post has several, and lists the kind once', () => {
    const r = maskPii('4111111111111111 and 5500 0000 0000 0004')
    expect(r.text).toBe('************1111 and **** **** **** 0004')
    expect(r.kinds).toEqual(['card'])
  })
  it('reads a dashed sort code beside an eight-digit account as bank details, a date beside a number not', () => {
    expect(maskPii('my bank details are 20-00-00 / 55779911').text).toBe(
      'my bank details are **-**-** / ****9911',
    )
    expect(maskPii('delivered 03-08-24, tracking 55779911').kinds).toEqual([])
  })
  it('masks North American numbers written with a fictional 555 exchange', () => {
    expect(maskPii('text me (555) 012-3456').kinds).toEqual(['phone'])
  })
  it('refuses a text longer than the scan covers instead of masking part of it', () => {
    expect(() => maskPii(`${'x'.repeat(LIMITS.textChars)} 4111 1111 1111 1111`)).toThrow(/too long to scan/)
  })
  it('finds a card number hidden with zero-width spaces once the text is cleaned', async () => {
    const { cleanText } = await import('./text.js')
    expect(maskPii(cleanText('4111\u200b1111\u200b1111\u200b1111')).kinds).toEqual(['card'])
  })
})
