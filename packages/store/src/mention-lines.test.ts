import type { EnrichedMention } from '@vigil/schema'
import { describe, expect, it } from 'vitest'
import { enrichedStream } from '../../../bench/load/lib/mentions.mjs'
import { sampleEnriched } from '../../../tests/support/clickhouse.js'
import {
  chTimeOfIso,
  MENTION_EVENT_COLUMNS,
  MENTION_STATE_COLUMNS,
  MENTION_STREAM_COLUMNS,
  mentionCompactLines,
  mentionLines,
  mentionStreamBody,
  mentionStreamLine,
  mentionTsvLines,
} from './mention-lines.js'
import { mentionEventRow, mentionRow } from './rows.js'
import { toChTime } from './time.js'

const parsed = (line: string) => {
  expect(line.endsWith('}\n')).toBe(true)
  expect(line.slice(0, -1)).not.toContain('\n')
  return JSON.parse(line) as Record<string, unknown>
}

describe('mention rows as JSONEachRow lines', () => {
  const cases = [
    sampleEnriched({ id: 'x:plain' }),
    sampleEnriched({
      id: 'x:"quoted"\\',
      event: 'edit',
      text: 'line one\nline "two"\t\u202eبنك\u200b 莲花 😀 \u0000',
      hashtags: ['#a"b'],
      brands: [
        { brand: 'northwind', via: 'Northwind' },
        { brand: 'crest', via: '@crest' },
      ],
    }),
    sampleEnriched({ id: 'x:gone', event: 'delete', appVersion: '5.1', rating: 4.6 }),
  ]

  it('hold exactly the columns and values of the object rows, for both tables', () => {
    for (const m of cases) {
      const lines = mentionLines(m)
      expect(parsed(lines.state)).toEqual(JSON.parse(JSON.stringify(mentionRow(m))))
      expect(parsed(lines.event)).toEqual(JSON.parse(JSON.stringify(mentionEventRow(m))))
      expect(lines.key).toBe(mentionEventRow(m).event_key)
    }
  })

  it('as JSONCompactEachRow: the same values, in the order of the column lists', () => {
    const zipped = (line: string, columns: readonly string[]) => {
      expect(line.endsWith(']\n')).toBe(true)
      expect(line.slice(0, -1)).not.toContain('\n')
      const values = JSON.parse(line) as unknown[]
      expect(values).toHaveLength(columns.length)
      return Object.fromEntries(columns.map((c, i) => [c, values[i]]))
    }
    for (const m of cases) {
      const lines = mentionCompactLines(m)
      expect(zipped(lines.state, MENTION_STATE_COLUMNS)).toEqual(JSON.parse(JSON.stringify(mentionRow(m))))
      expect(zipped(lines.event, MENTION_EVENT_COLUMNS)).toEqual(
        JSON.parse(JSON.stringify(mentionEventRow(m))),
      )
      expect(lines.key).toBe(mentionEventRow(m).event_key)
    }
  })

  it('cuts canonical ISO times apart and takes the long way for any other spelling', () => {
    for (const iso of ['2026-11-23T10:05:30.123Z', '1999-01-01T00:00:00.000Z'])
      expect(chTimeOfIso(iso)).toBe(toChTime(iso))
    expect(chTimeOfIso('2026-11-23T12:05:30+02:00')).toBe('2026-11-23 10:05:30.000')
    expect(() => chTimeOfIso('yesterday')).toThrow(RangeError)
  })
})

describe('a mention_stream row', () => {
  /** The row as the two-table TSV lines (`commonColumns` underneath) spell its fields. */
  const expected = (m: EnrichedMention) => {
    const { state, event, key } = mentionTsvLines(m)
    const stateFields = state.slice(0, -1).split('\t')
    const eventFields = event.slice(0, -1).split('\t')
    const shared = eventFields.slice(0, -2)
    const own = stateFields.slice(shared.length, shared.length + 3)
    return { key, text: [...shared, ...own, m.event, eventFields.at(-1), stateFields.at(-1), ''].join('\t') }
  }

  it('has byte for byte the fields of the two-table lines, hard cases and the generated stream', () => {
    const hard: EnrichedMention[] = [
      sampleEnriched({ id: 'x:plain' }),
      sampleEnriched({
        id: "x:'quoted'\\\t\"",
        event: 'edit',
        text: 'line one\nline "two"\t\\ \'three\' \r\u202eبنك\u200b 莲花 😀 \u0000 \\N end\\',
        hashtags: ["#a'b", '#c\\d', '#e\tf', '#g\nh', '[x]', "',"],
        // Three brands, one of them twice: the brand list is unique, `brand_via` is not.
        brands: [
          { brand: 'northwind', via: "North'wind\\", sentiment: { label: 'positive', score: 0.5 } },
          { brand: 'crest', via: '@crest' },
          { brand: 'northwind', via: 'NW', sentiment: { label: 'negative', score: -0.25 } },
        ],
        author: { id: 'a\tb', handle: "@o'neil", followers: 12.7, verified: true, isBrandAccount: true },
        engagement: { likes: -3, shares: 2.5, replies: 1e300, views: 0 },
      }),
      sampleEnriched({ id: 'x:gone', event: 'delete', appVersion: '5.1\\', rating: 4.6 }),
      sampleEnriched({
        id: 'playstore:r1',
        platform: 'playstore',
        rating: 0.2,
        appVersion: '7.0.1',
        inReplyTo: 'x:plain',
        conversationId: 'x:c\t1',
        models: { sentiment: "local@a'b" },
        // One brand with a stance of its own, unlike the post's.
        sentiment: { label: 'positive', score: 0.5 },
        brands: [{ brand: 'crest', via: 'Crest', sentiment: { label: 'negative', score: -1 } }],
      }),
      sampleEnriched({ id: 'x:odd-time', createdAt: '2026-11-23T12:05:30+02:00', pii: ['card', 'email'] }),
    ]
    const generated = [...enrichedStream(300, 300, 11)].flat() as unknown as EnrichedMention[]
    for (const m of [...hard, ...generated]) {
      const line = mentionStreamLine(m)
      const want = expected(m)
      expect(line.key).toBe(want.key)
      expect(line.bytes.toString('utf8')).toBe(want.text)
    }
  })
})

describe("a block of mention_stream rows as the sink's insert body", () => {
  const texts = [
    'plain',
    'tab\there, "quoted", line\nbreak',
    '\u202eبنك\u200b 莲花 😀 é',
    'back\\slash \u0000',
  ]
  const ms = texts.map((text, i) => sampleEnriched({ id: `x:body-${i}`, text }))

  it('is each row as TSV text in UTF-8, then its archive field and a newline, in order', () => {
    const rows = ms.map((m, i) => ({ line: mentionStreamLine(m), archive: i % 2 === 0 }))
    const lines = mentionStreamBody(rows).toString('utf8').split('\n')
    expect(lines.pop()).toBe('')
    expect(lines).toHaveLength(ms.length)
    for (const [i, line] of lines.entries()) {
      const fields = line.split('\t')
      expect(fields).toHaveLength(MENTION_STREAM_COLUMNS.length)
      expect(fields.at(-1)).toBe(i % 2 === 0 ? '1' : '0')
      // The shared columns are the TSV row the two-table path wrote for the archive.
      const event = mentionTsvLines(ms[i]!).event.slice(0, -1).split('\t')
      expect(fields.slice(0, event.length - 2)).toEqual(event.slice(0, -2))
      expect(fields[fields.length - 4]).toBe(ms[i]!.event)
    }
  })

  it('is empty for no rows', () => {
    expect(mentionStreamBody([])).toHaveLength(0)
  })
})
