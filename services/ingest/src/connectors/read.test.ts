import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { OwnAccounts } from './common/own-accounts.js'
import { readPayload } from './read.js'
import { FORMATS } from './registry.js'

const dir = new URL('../../fixtures/', import.meta.url)
const ctx = { receivedAt: '2026-12-05T12:00:00.000Z', accounts: OwnAccounts.none() }

describe('readPayload', () => {
  it('sniffs every good fixture to the format of its folder', () => {
    for (const format of FORMATS) {
      const files = readdirSync(new URL(`${format}/`, dir)).filter((f) => !f.startsWith('bad'))
      expect(files.length, format).toBeGreaterThan(0)
      for (const f of files) {
        const r = readPayload(readFileSync(new URL(`${format}/${f}`, dir)), 'auto', ctx)
        expect([f, r.format]).toEqual([f, format])
        expect(r.mentions.length, f).toBeGreaterThan(0)
      }
    }
  })

  it('says why input could not be read at all', () => {
    const cases: Array<[Buffer, string]> = [
      [Buffer.alloc(0), 'VIGIL_ERR_EMPTY_RECORD'],
      [Buffer.from('   \n'), 'VIGIL_ERR_EMPTY_RECORD'],
      [Buffer.from([0xff, 0xfe, 0x41]), 'VIGIL_ERR_BAD_ENCODING'],
      [Buffer.from('{"data": {'), 'VIGIL_ERR_MALFORMED_JSON'],
      [Buffer.from('<html></html>'), 'VIGIL_ERR_UNKNOWN_FORMAT'],
      [Buffer.from('null'), 'VIGIL_ERR_UNKNOWN_FORMAT'],
      [Buffer.from('{"hello": "world"}'), 'VIGIL_ERR_UNKNOWN_FORMAT'],
    ]
    for (const [raw, code] of cases) {
      const r = readPayload(raw, 'auto', ctx)
      expect([r.readable, r.errors[0]?.code]).toEqual([false, code])
    }
  })

  it('keeps the readable lines of a capture with a broken one, and names the line', () => {
    const raw = Buffer.from('{"data":{"id":"1","text":"a","created_at":"2026-12-05T00:00:00Z"}}\n{"data":\n')
    const r = readPayload(raw, 'x-v2', ctx)
    expect(r.mentions.map((m) => m.id)).toEqual(['x:1'])
    expect(r.errors).toMatchObject([{ item: 'line 2', code: 'VIGIL_ERR_MALFORMED_JSON' }])
  })
})

describe('liberal reading of real-world input', () => {
  it('reads a feed in the encoding its XML declaration names, and zone-less times as UTC', () => {
    const xml = Buffer.concat([
      Buffer.from(
        '<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>T</title><item><title>Caf',
      ),
      Buffer.from([0xe9]),
      Buffer.from(
        ' bank</title><link>https://a.example/2</link><pubDate>2026-12-05 09:30:00</pubDate></item></channel></rss>',
      ),
    ])
    const r = readPayload(xml, 'auto', ctx)
    expect(r.mentions.map((m) => [m.text, m.createdAt])).toEqual([['Café bank', '2026-12-05T09:30:00.000Z']])
  })

  it('refuses bytes that are not UTF-8 in JSON', () => {
    const r = readPayload(Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]), 'auto', ctx)
    expect([r.readable, r.errors[0]?.code]).toEqual([false, 'VIGIL_ERR_BAD_ENCODING'])
  })
})
