import { describe, expect, it } from 'vitest'
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
