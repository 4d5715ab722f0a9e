import type { BusProducer } from '@vigil/bus'
import { createLogger } from '@vigil/config'
import { type EnrichedMention, enrichedKeys, type Topics } from '@vigil/schema'
import {
  countMentions,
  countMentionsById,
  listAlerts,
  listDeadLetters,
  mentionHistory,
  recentMentions,
  type Store,
  volumeByMinute,
} from '@vigil/store'
import { Registry } from 'prom-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type BusStore, openBusStore } from '../../../tests/support/bus-store.js'
import { sampleAlert, sampleEnriched } from '../../../tests/support/clickhouse.js'
import { uniqueName } from '../../../tests/support/kafka.js'
import { waitFor } from '../../../tests/support/wait.js'
import { type SinkHandle, startSink } from './sink.js'

const logger = createLogger('sink-int-test', 'error')
let env: BusStore
let kafka: BusStore['kafka']
let producer: BusProducer
let store: Store
let topics: Topics
const crashes: Error[] = []

const from = '2026-11-23T08:00:00.000Z'
const to = '2026-11-23T09:00:00.000Z'
const at = (mmss: string) => `2026-11-23T08:${mmss}.000Z`
const mentions: EnrichedMention[] = [
  sampleEnriched({ id: 'x:1', createdAt: at('00:05') }),
  sampleEnriched({
    id: 'x:2',
    createdAt: at('00:30'),
    sentiment: { label: 'positive', score: 0.5 },
    intent: 'praise',
  }),
  sampleEnriched({ id: 'x:3', createdAt: at('01:10'), brands: [{ brand: 'crest', via: 'Crest' }] }),
  sampleEnriched({
    id: 'reddit:4',
    platform: 'reddit',
    createdAt: at('01:20'),
    brands: [
      { brand: 'northwind', via: 'Northwind' },
      { brand: 'crest', via: 'Crest' },
    ],
  }),
]

/** As the enricher writes them: one copy per brand named (reddit:4 names two). */
const send = (ms: EnrichedMention[]) =>
  producer.send(
    topics.enriched,
    ms.flatMap((m) => enrichedKeys(m).map((key) => ({ key, value: JSON.stringify(m) }))),
  )

function start(groupId: string, registry = new Registry()): Promise<SinkHandle> {
  return startSink({
    kafka,
    store,
    topics,
    logger,
    groupId,
    registry,
    onCrash: (err) => crashes.push(err),
  })
}

/** What the aggregates say per brand × minute, as `brand@HH:MM → volume`. */
async function volumes(): Promise<Record<string, number>> {
  const pts = await volumeByMinute(store, { from, to })
  return Object.fromEntries(pts.map((p) => [`${p.brand}@${p.bucket.slice(11, 16)}`, p.volume]))
}

/** True when `groupId` has committed every record the sink's topics hold (all partitions). */
async function caughtUp(groupId: string): Promise<boolean> {
  const admin = kafka.admin()
  await admin.connect()
  try {
    const names = [topics.enriched, topics.alerts, topics.dlq]
    const ends = await Promise.all(names.map((t) => admin.fetchTopicOffsets(t)))
    const committed = await admin.fetchOffsets({ groupId, topics: names })
    return names.every((t, i) => {
      const got = committed.find((c) => c.topic === t)?.partitions ?? []
      return (ends[i] ?? []).every((e) => {
        const c = got.find((p) => p.partition === e.partition)?.offset ?? '-1'
        return e.high === '0' || BigInt(c) >= BigInt(e.high)
      })
    })
  } finally {
    await admin.disconnect()
  }
}

beforeAll(async () => {
  env = await openBusStore('sink-test', { logger, partitions: 2, topicPrefix: 'sink' })
  ;({ kafka, producer, store, topics } = env)
})
afterAll(() => env?.close())

describe('sink against a real broker and a real ClickHouse engine', () => {
  const expected = { 'northwind@08:00': 2, 'crest@08:01': 2, 'northwind@08:01': 1 }

  it('stores each mention once, aggregates it once, and dead-letters a malformed record', async () => {
    const group = uniqueName('sink-group')
    const registry = new Registry()
    const sink = await start(group, registry)
    try {
      // The same mention twice in one stream, a malformed record between good ones.
      await send([mentions[0]!, mentions[1]!])
      await producer.send(topics.enriched, [{ key: 'northwind', value: '{"id": "x:9", "text": ' }])
      await send([mentions[0]!, mentions[2]!, mentions[3]!])
      await producer.sendJson(topics.alerts, 'northwind', sampleAlert({ id: 'a1' }))
      await producer.sendJson(
        topics.alerts,
        'northwind',
        sampleAlert({ id: 'a1', version: 2, status: 'escalating' }),
      )
      await producer.send(topics.dlq, [{ key: null, value: 'written here by hand' }])
      await producer.sendJson(topics.alerts, 'northwind', {
        ...sampleAlert({ id: 'a2' }),
        severity: 'apocalyptic',
      })

      await waitFor(async () => (await countMentions(store)) === 4, { what: 'four mentions stored' })
      const dead = await waitFor(
        async () => {
          const rows = await listDeadLetters(store, { limit: 10 })
          return rows.length === 3 && rows
        },
        { what: 'three dead letters stored' },
      )
      const fromSink = dead.find((d) => d.source_topic === topics.enriched)
      expect(fromSink).toMatchObject({
        stage: 'sink',
        code: 'VIGIL_ERR_MALFORMED_JSON',
        source_topic: topics.enriched,
        value: '{"id": "x:9", "text": ',
      })
      expect(dead.find((d) => d.code === 'VIGIL_ERR_DLQ_NO_PROVENANCE')?.value).toBe('written here by hand')
      expect(dead.find((d) => d.source_topic === topics.alerts)).toMatchObject({
        stage: 'sink',
        code: 'VIGIL_ERR_INVALID_ALERT',
      })
      const alerts = await waitFor(
        async () => {
          const a = await listAlerts(store, {})
          return a[0]?.version === 2 && a
        },
        { what: 'alert a1 at version 2' },
      )
      expect(alerts.map((a) => [a.id, a.status])).toEqual([['a1', 'escalating']])
      expect(await volumes()).toEqual(expected)
      const counts = await countMentionsById(store)
      expect(counts.map((c) => [c.id, c.final_rows, c.creates])).toEqual([
        ['reddit:4', 1, 1],
        ['x:1', 1, 1],
        ['x:2', 1, 1],
        ['x:3', 1, 1],
      ])
      // Operators see the absorbed redelivery and the refused records on /metrics; the second
      // brand's copy of reddit:4 is no redelivery: it is not even read as a candidate.
      const metric = async (name: string) => (await registry.getSingleMetric(name)?.get())?.values ?? []
      expect((await metric('vigil_sink_duplicates_skipped_total'))[0]?.value).toBe(1)
      const invalid = await metric('vigil_sink_invalid_records_total')
      expect(invalid.map((v) => v.labels.code).sort()).toEqual([
        'VIGIL_ERR_INVALID_ALERT',
        'VIGIL_ERR_MALFORMED_JSON',
      ])
    } finally {
      await sink.stop()
    }

    // Restart in the same group: a redelivered copy of x:1, one new mention, and x:2 edited
    // then deleted by its author (each of those twice, as a redelivery would).
    const again = await start(group)
    try {
      const x5 = sampleEnriched({ id: 'x:5', createdAt: at('00:50') })
      const edit = {
        ...mentions[1]!,
        event: 'edit' as const,
        text: 'edited: fine now',
        receivedAt: at('05:00'),
      }
      const del = { ...mentions[1]!, event: 'delete' as const, text: '', receivedAt: at('06:00') }
      await send([mentions[0]!, edit, edit, del, del, x5])
      await waitFor(async () => (await countMentions(store)) === 5, { what: 'the fifth mention stored' })
      expect(await volumes()).toEqual({ ...expected, 'northwind@08:00': 3 })
      const [x1, x2] = await countMentionsById(store, ['x:1', 'x:2'])
      expect(x1).toMatchObject({ final_rows: 1, creates: 1, events: 1 })
      expect(x2).toMatchObject({ final_rows: 1, creates: 1, events: 3 })
      // X's terms require a deleted post's text to go (compliance.ts): the events and counts stay.
      // The purge follows the block's insert (before its offsets are committed): wait for it.
      const history = await waitFor(
        async () => {
          const h = await mentionHistory(store, 'x:2')
          return h.every((e) => e.text === '') ? h : undefined
        },
        { what: "x:2's texts purged" },
      )
      expect(history.map((e) => [e.event, e.text])).toEqual([
        ['create', ''],
        ['edit', ''],
        ['delete', ''],
      ])
      expect((await recentMentions(store, { limit: 10 })).map((m) => m.id)).not.toContain('x:2')
    } finally {
      await again.stop()
    }
    expect(crashes).toEqual([])
  })

  it('a replay of every topic from the beginning (new group, no offsets) counts nothing twice', async () => {
    const before = await volumes()
    const deadBefore = (await listDeadLetters(store, { limit: 100 })).length
    const group = uniqueName('sink-replay')
    const replay = await start(group)
    try {
      await send([sampleEnriched({ id: 'x:marker', createdAt: at('30:00') })])
      await waitFor(async () => (await countMentions(store)) === 6, { what: 'the marker mention stored' })
      // Every partition of every topic replayed and committed — twice in a row, because the
      // replay itself dead-letters the malformed record again, which lands on the DLQ topic.
      await waitFor(() => caughtUp(group), { what: 'the replay group to reach the end of its topics' })
      await waitFor(() => caughtUp(group), { what: 'the replay group to reach the end again' })
      const after = await volumes()
      expect(after).toEqual({ ...before, 'northwind@08:30': 1 })
      const counts = await countMentionsById(store)
      expect(counts.every((c) => c.creates === 1 && c.final_rows === 1)).toBe(true)
      // The malformed record was dead-lettered again by the replay; it is still one row.
      expect(await listDeadLetters(store, { limit: 100 })).toHaveLength(deadBefore)
    } finally {
      await replay.stop()
    }
    expect(crashes).toEqual([])
  })
})
