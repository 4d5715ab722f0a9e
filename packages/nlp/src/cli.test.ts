import { loadBrands } from '@vigil/config'
import { LIMITS } from '@vigil/schema'
import { describe, expect, it } from 'vitest'
import { cliEventTime, MAX_LINE_BYTES, processLine, splitLines } from './cli-core.js'
import { createEnricher } from './enricher.js'

const enricher = createEnricher({ brands: loadBrands(), sentimentModelPath: null })
const now = '2026-01-01T00:00:00.000Z'
const line = (s: string | Uint8Array, n = 1) =>
  processLine(enricher, typeof s === 'string' ? Buffer.from(s) : s, n, now)

async function* chunks(parts: Uint8Array[]): AsyncGenerator<Uint8Array> {
  for (const p of parts) yield p
}

describe('vigil-enrich line handling', () => {
  it('answers a good line with the fields the issue asks for', () => {
    const out = line(
      '{"id":"7","text":"Northwind charged me twice, card 4111 1111 1111 1111 #NorthwindDown"}',
    )
    expect(out).toMatchObject({
      id: '7',
      lang: 'en',
      intent: 'complaint',
      pii: ['card'],
      piiIncident: true,
      brands: ['northwind'],
      hashtags: ['#northwinddown'],
      maskedText: 'Northwind charged me twice, card **** **** **** 1111 #NorthwindDown',
    })
    expect(out && 'sentiment' in out && out.sentiment.label).toBe('negative')
  })

  it('uses the given language and accepts numeric ids', () => {
    expect(line('{"id":8,"text":"ok","lang":"nl"}')).toMatchObject({ id: '8', lang: 'nl' })
  })

  it('gives an error line with the id or the line number for bad input', () => {
    expect(line('not json', 3)).toMatchObject({ line: 3, error: { code: 'VIGIL_ERR_MALFORMED_JSON' } })
    expect(line('{"id":"9"}', 4)).toMatchObject({
      id: '9',
      line: 4,
      error: { code: 'VIGIL_ERR_INVALID_INPUT' },
    })
    expect(line('[1,2]')).toMatchObject({ error: { code: 'VIGIL_ERR_INVALID_INPUT' } })
    expect(line(Uint8Array.from([0x7b, 0xff, 0xfe, 0x7d]))).toMatchObject({
      error: { code: 'VIGIL_ERR_BAD_ENCODING' },
    })
    expect(line(new Uint8Array(MAX_LINE_BYTES + 1))).toMatchObject({
      error: { code: 'VIGIL_ERR_LINE_TOO_LONG' },
    })
    expect(line('   ')).toBeNull()
  })

  it('refuses a text too long to scan for personal data with an error line, never a half-masked text', () => {
    const text = `${'a'.repeat(LIMITS.textChars)} card 4111 1111 1111 1111`
    const out = line(JSON.stringify({ id: 'long', text }), 5)
    expect(out).toMatchObject({ id: 'long', line: 5, error: { code: 'VIGIL_ERR_TEXT_TOO_LONG' } })
    expect(JSON.stringify(out)).not.toContain('4111')
  })

  it('splits a byte stream into lines across chunk borders and keeps the last unterminated line', async () => {
    const got: string[] = []
    const parts = [Buffer.from('{"a":1}\n{"b"'), Buffer.from(':2}\n\n{"c":3}')]
    for await (const l of splitLines(chunks(parts))) got.push(Buffer.from(l).toString())
    expect(got).toEqual(['{"a":1}', '{"b":2}', '', '{"c":3}'])
  })

  it('reports an over-long line once and goes on with the next', async () => {
    const big = Buffer.alloc(MAX_LINE_BYTES + 10, 0x61)
    const got: number[] = []
    for await (const l of splitLines(chunks([big, Buffer.from('\n{"ok":1}\n')]))) got.push(l.length)
    expect(got).toEqual([MAX_LINE_BYTES + 1, 8])
  })

  it('reads no posting rate from undated lines: a repeat author in a file is not a bot', () => {
    // As bin/vigil-enrich builds it: lines without createdAt are stamped with the clock.
    const cli = createEnricher({ brands: loadBrands(), sentimentModelPath: null, eventTimeOf: cliEventTime })
    const post = (n: number, createdAt?: string) =>
      processLine(
        cli,
        Buffer.from(
          JSON.stringify({
            id: `${createdAt ? 'dated' : 'undated'}-${n}`,
            author: createdAt ? 'dated-author' : 'undated-author',
            text: `Does Northwind open on Saturday ${n}? https://example.com/branches`,
            ...(createdAt ? { createdAt } : {}),
          }),
        ),
        n,
        new Date().toISOString(),
      )
    const reasons = (o: ReturnType<typeof post>) =>
      o && 'intentReasons' in o ? o.intentReasons.join(' | ') : ''
    for (const n of [1, 2, 3]) {
      expect(reasons(post(n))).not.toContain('times an hour')
    }
    // The same three posts a minute apart are a real pace: 90 an hour.
    const dated = [1, 2, 3].map((n) => post(n, `2026-01-01T10:0${n}:00Z`))
    expect(reasons(dated[2]!)).toContain('author posts 90 times an hour')
  })
})
