import type { EnrichedMention } from '@vigil/schema'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { enrichedStream } from '../../../bench/load/lib/mentions.mjs'
import { createTestStore, sampleEnriched } from '../../../tests/support/clickhouse.js'
import {
  insertLines,
  insertMentionStream,
  MENTION_EVENT_COLUMNS,
  MENTION_STATE_COLUMNS,
  type MentionLines,
  mentionCompactLines,
  mentionStreamLine,
  mentionTsvLines,
} from './mention-lines.js'
import type { Store } from './store.js'

/**
 * The TabSeparated lines store exactly what the JSONCompactEachRow lines store (which
 * mention-lines.test.ts holds to the object rows), read back from the real engine column by
 * column: the hard cases (quotes, backslashes, tabs, newlines, NUL, bidi and zero-width
 * controls, CJK, emoji in texts, hashtags and ids; null and present ratings) and 500 of the
 * generator's multilingual mentions through the real NLP.
 */
describe('mention rows as TabSeparated lines', () => {
  let viaCompact: Store
  let viaTsv: Store
  let viaStream: Store
  beforeAll(async () => {
    viaCompact = await createTestStore()
    viaTsv = await createTestStore()
    viaStream = await createTestStore()
  })
  afterAll(async () => {
    await viaCompact?.close()
    await viaTsv?.close()
    await viaStream?.close()
  })

  const hard: EnrichedMention[] = [
    sampleEnriched({ id: 'x:plain' }),
    sampleEnriched({
      id: "x:'quoted'\\\t\"",
      event: 'edit',
      text: 'line one\nline "two"\t\\ \'three\' \r\u202eبنك\u200b 莲花 😀 \u0000 \\N end\\',
      hashtags: ["#a'b", '#c\\d', '#e\tf', '#g\nh', '[x]', "',"],
      brands: [
        { brand: 'northwind', via: "North'wind\\" },
        { brand: 'crest', via: '@crest' },
      ],
      author: { id: 'a\tb', handle: "@o'neil", followers: 12, verified: true, isBrandAccount: false },
    }),
    sampleEnriched({ id: 'x:gone', event: 'delete', appVersion: '5.1\\', rating: 4.6 }),
    sampleEnriched({ id: 'playstore:r1', platform: 'playstore', rating: 1, appVersion: '7.0.1' }),
  ]

  const insert = async (store: Store, rows: MentionLines[], format: 'JSONCompactEachRow' | 'TSV') => {
    await insertLines(
      store,
      'mentions',
      format,
      MENTION_STATE_COLUMNS,
      rows.map((r) => r.state),
    )
    await insertLines(
      store,
      'mention_events',
      format,
      MENTION_EVENT_COLUMNS,
      rows.map((r) => r.event),
    )
  }
  const read = async (store: Store, table: string) => {
    const except = table === 'mention_events' ? ' EXCEPT seen_at' : ''
    const order = KEYS[table] ?? 'id'
    const res = await store.client.query({
      query: `SELECT *${except} FROM ${store.database}.${table} ORDER BY ${order}`,
      format: 'JSONEachRow',
    })
    return res.json()
  }

  const KEYS: Record<string, string> = {
    mention_events: 'id, event_key',
    mention_minute: 'minute, brand, platform, lang',
    mention_hour: 'hour, brand, platform, lang',
  }

  it('store the same values as the compact lines, in both tables', async () => {
    const generated = [...enrichedStream(500, 500, 7)].flat() as unknown as EnrichedMention[]
    const ms = [...hard, ...generated]
    await insert(viaCompact, ms.map(mentionCompactLines), 'JSONCompactEachRow')
    await insert(viaTsv, ms.map(mentionTsvLines), 'TSV')
    for (const table of ['mentions', 'mention_events']) {
      const a = await read(viaCompact, table)
      expect(a).toHaveLength(ms.length)
      expect(await read(viaTsv, table)).toEqual(a)
    }
    const [weird] = (await read(viaTsv, 'mention_events')).filter(
      (r) => (r as { id: string }).id === hard[1]!.id,
    ) as Array<{ text: string; hashtags: string[] }>
    expect(weird?.text).toBe(hard[1]!.text)
    expect(weird?.hashtags).toEqual(hard[1]!.hashtags)
  })

  // Store migration 016: the sink writes one row per mention into mention_stream, whose views
  // write both tables. Every table it feeds (the aggregates and review and reply tables through
  // their own views) must hold what the two TSV inserts above give.
  const FED = [
    'mentions',
    'mention_events',
    'mention_minute',
    'mention_hour',
    'review_events',
    'mention_replies',
  ]

  it('one row per mention through mention_stream stores what the two inserts store, in every table', async () => {
    const generated = [...enrichedStream(500, 500, 7)].flat() as unknown as EnrichedMention[]
    const reply = sampleEnriched({
      id: 'x:reply',
      inReplyTo: 'x:plain',
      author: { ...hard[0]!.author, isBrandAccount: true },
    })
    const ms = [...hard, reply, ...generated]
    const tsv = await createTestStore()
    try {
      await insert(tsv, ms.map(mentionTsvLines), 'TSV')
      await insertMentionStream(
        viaStream,
        ms.map((m) => ({ line: mentionStreamLine(m), archive: true })),
      )
      for (const table of FED) {
        const want = await read(tsv, table)
        expect(want.length, table).toBeGreaterThan(0)
        expect(await read(viaStream, table), table).toEqual(want)
      }
    } finally {
      await tsv.close()
    }
  })

  it('a row not marked archive updates the state only: nothing archived, nothing counted', async () => {
    const store = await createTestStore()
    try {
      const m = sampleEnriched({ id: 'x:repeat' })
      await insertMentionStream(store, [{ line: mentionStreamLine(m), archive: true }])
      const before = Object.fromEntries(await Promise.all(FED.map(async (t) => [t, await read(store, t)])))
      // The same create again, seen later with more likes (a repeat the sink does not archive).
      const again = {
        ...m,
        engagement: { ...m.engagement, likes: 9 },
        receivedAt: '2026-11-23T10:05:00.000Z',
      }
      await insertMentionStream(store, [{ line: mentionStreamLine(again), archive: false }])
      const res = await store.client.query({
        query: `SELECT likes FROM ${store.database}.mentions FINAL`,
        format: 'JSONEachRow',
      })
      expect(await res.json()).toEqual([{ likes: 9 }])
      for (const table of FED.filter((t) => t !== 'mentions'))
        expect(await read(store, table), table).toEqual(before[table])
    } finally {
      await store.close()
    }
  })
})
