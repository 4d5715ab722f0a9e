import { Readable } from 'node:stream'
import type { BusProducer } from '@vigil/bus'
import { createLogger } from '@vigil/config'
import type { EnrichedMention, Topics } from '@vigil/schema'
import { countMentionsById, type Store } from '@vigil/store'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { type BusStore, openBusStore } from '../../../tests/support/bus-store.js'
import { sampleEnriched } from '../../../tests/support/clickhouse.js'
import { uniqueName } from '../../../tests/support/kafka.js'
import { waitFor } from '../../../tests/support/wait.js'
import { startSink } from './sink.js'

/**
 * The fault suite's "embedded kill -9: 6000 stored, 5 of 5 minute totals off": ClickHouse
 * commits an insert's `mention_events` part before the parts its materialized views write
 * (mention_minute, mention_hour, review_events), so a process killed in between leaves events
 * archived but not aggregated, and the redelivery finds them archived. The engine is real; the
 * kill is played by a store whose archive insert goes through, whose views' rows of that block
 * are then taken away (what the engine holds after such a kill) and which then fails fatally,
 * so the consumer crashes without committing. A second sink in the same group gets the batch
 * again.
 */
const logger = createLogger('sink-view-crash-test', (process.env.TEST_LOG_LEVEL ?? 'silent') as 'silent')
let env: BusStore
let kafka: BusStore['kafka']
let producer: BusProducer
let store: Store
let topics: Topics

// Minutes and an hour of their own, so that removing "the block's view rows" removes only them.
const at = (mmss: string) => `2026-11-25T03:${mmss}.000Z`
const brands = ['northwind', 'crest', 'havenbank']
const stream: EnrichedMention[] = Array.from({ length: 12 }, (_, i) => {
  const b = brands[Math.floor(i / 4) % brands.length]!
  const review = i % 4 === 0
  return sampleEnriched({
    id: `${review ? 'appstore' : 'x'}:vc${i}`,
    createdAt: at(`0${i % 3}:1${i % 10}`),
    brands: [{ brand: b, via: b }],
    ...(review ? { platform: 'appstore', kind: 'review', rating: 2, appVersion: '5.1.0' } : {}),
  })
})

async function rows<T>(query: string): Promise<T[]> {
  return (await (await store.client.query({ query, format: 'JSONEachRow' })).json()) as T[]
}

/** Per (bucket, brand): the views' sums and the archive's create events, for this test's hour. */
async function totals() {
  const db = store.database
  const hourOf = "toStartOfHour(toDateTime64('2026-11-25 03:00:00', 3, 'UTC'))"
  const q = (sql: string) =>
    rows<{ k: string; n: string }>(sql).then((r) => Object.fromEntries(r.map((x) => [x.k, Number(x.n)])))
  return {
    minute: await q(
      `SELECT concat(toString(minute), ' ', brand) AS k, sum(volume) AS n FROM ${db}.mention_minute WHERE toStartOfHour(minute) = ${hourOf} GROUP BY k ORDER BY k`,
    ),
    minuteEvents: await q(
      `SELECT concat(toString(toStartOfMinute(created_at)), ' ', arrayJoin(brands)) AS k, count() AS n FROM ${db}.mention_events WHERE event = 'create' AND toStartOfHour(created_at) = ${hourOf} GROUP BY k ORDER BY k`,
    ),
    hour: await q(
      `SELECT brand AS k, sum(volume) AS n FROM ${db}.mention_hour WHERE hour = ${hourOf} GROUP BY k ORDER BY k`,
    ),
    hourEvents: await q(
      `SELECT arrayJoin(brands) AS k, count() AS n FROM ${db}.mention_events WHERE event = 'create' AND toStartOfHour(created_at) = ${hourOf} GROUP BY k ORDER BY k`,
    ),
    reviews: Number(
      (await rows<{ n: string }>(`SELECT count() AS n FROM ${db}.review_events WHERE id LIKE '%:vc%'`))[0]?.n,
    ),
  }
}

/** The archive insert succeeds; the views' parts of that block are "never written"; the process dies. */
function killedBetweenTableAndViews(base: Store): Store {
  let armed = true
  const db = base.database
  // After the archive's own insert: take the views' rows of that block away, then "die".
  const dieAfter = async (insert: () => Promise<void>) => {
    armed = false
    await insert()
    const sync = { mutations_sync: '2' } as const
    for (const query of [
      `ALTER TABLE ${db}.mention_minute DELETE WHERE toStartOfHour(minute) = '2026-11-25 03:00:00'`,
      `ALTER TABLE ${db}.mention_hour DELETE WHERE hour = '2026-11-25 03:00:00'`,
      `ALTER TABLE ${db}.review_events DELETE WHERE id LIKE '%:vc%'`,
    ])
      await base.client.command({ query, clickhouse_settings: sync })
    throw new Error('injected: killed between the archive part and the views')
  }
  const client = new Proxy(base.client, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver)
      if (prop !== 'exec' || typeof v !== 'function') return typeof v === 'function' ? v.bind(target) : v
      return async (params: { query?: string; values?: unknown }) => {
        if (
          !armed ||
          !/^INSERT INTO \S+\.mention_(events|stream)( \([^)]*\))? FORMAT/.test(params.query ?? '')
        )
          return v.call(target, params)
        let text = ''
        for await (const chunk of params.values as AsyncIterable<string | Buffer>) text += chunk.toString()
        return dieAfter(async () => {
          const res = await v.call(target, { ...params, values: Readable.from([text]) })
          for await (const _ of res.stream) {
          }
        })
      }
    },
  })
  // Embedded, the archive rows go through chDB's raw insert (mention-lines.ts insertLines), into
  // mention_stream, whose views write the archive and the state (store migration 016).
  const raw = base.rawInsert
  const rawInsert: Store['rawInsert'] =
    raw && ((p) => (armed && /\.mention_(events|stream)$/.test(p.table) ? dieAfter(() => raw(p)) : raw(p)))
  return { ...base, client, rawInsert }
}

beforeAll(async () => {
  env = await openBusStore('sink-view-crash', { logger, partitions: 1, topicPrefix: 'sinkv' })
  ;({ kafka, producer, store, topics } = env)
})
afterAll(() => env?.close())

it('events archived by an insert killed before its views wrote are aggregated once after the restart', async () => {
  const crashes: Error[] = []
  const group = uniqueName('g')
  const first = await startSink({
    kafka,
    store: killedBetweenTableAndViews(store),
    topics,
    logger,
    groupId: group,
    onCrash: (e) => crashes.push(e),
  })
  await producer.send(
    topics.enriched,
    stream.map((m) => ({ key: m.brands[0]!.brand, value: JSON.stringify(m) })),
  )
  try {
    await waitFor(() => crashes.length > 0, { what: 'the sink consumer to crash', timeoutMs: 60_000 })
  } finally {
    await first.stop()
  }
  const crashed = await totals()
  // The state the kill leaves: the first block archived (however many the first fetch held),
  // none of it aggregated.
  expect(Object.values(crashed.minuteEvents).reduce((s, n) => s + n, 0)).toBeGreaterThan(0)
  expect(crashed.minute).toEqual({})

  const second = await startSink({
    kafka,
    store,
    topics,
    logger,
    groupId: group,
    onCrash: (e) => crashes.push(e),
  })
  try {
    let last = crashed
    await waitFor(
      async () => {
        last = await totals()
        return Object.keys(last.minute).length === 9 && last.reviews === 3
      },
      { what: 'the minutes of the redelivered batch aggregated', timeoutMs: 60_000 },
    ).catch((err: Error) => {
      throw new Error(`${err.message} (last seen: ${JSON.stringify(last)})`)
    })
    expect(last.minute).toEqual(last.minuteEvents)
    expect(last.hour).toEqual({ crest: 4, havenbank: 4, northwind: 4 })
    expect(last.hour).toEqual(last.hourEvents)
    const counts = await countMentionsById(
      store,
      stream.map((m) => m.id),
    )
    expect(counts.map((c) => c.creates)).toEqual(Array(12).fill(1))
    expect(crashes).toHaveLength(1)
  } finally {
    await second.stop()
  }
})
