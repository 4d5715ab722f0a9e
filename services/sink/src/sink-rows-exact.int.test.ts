/**
 * The sink's row format (TabSeparated through chDB's raw insert, mention-lines.ts) on
 * realistic input: the ingest generator's multilingual stream through the real NLP (Arabic,
 * CJK, emoji, quotes and newlines in texts, app reviews with ratings, care replies), keyed as
 * the enricher keys it, on the real broker and embedded chDB. A first sink is stopped mid-way
 * and a second one of the same group takes over from the committed offsets. Afterwards every
 * event is archived exactly once, each stored text and time is the one sent, and the per-minute
 * and per-hour aggregates equal what the archive's create events add up to.
 */
import type { BusProducer } from '@vigil/bus'
import { createLogger } from '@vigil/config'
import { type EnrichedMention, enrichedKeys, type Topics } from '@vigil/schema'
import { insertMentionStream, type Store } from '@vigil/store'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { enrichedStream } from '../../../bench/load/lib/mentions.mjs'
import { type BusStore, openBusStore } from '../../../tests/support/bus-store.js'
import { uniqueName } from '../../../tests/support/kafka.js'
import { waitFor } from '../../../tests/support/wait.js'
import { isRowDataError } from './isolate.js'
import { startSink } from './sink.js'

const logger = createLogger('sink-rows-exact-test', (process.env.TEST_LOG_LEVEL ?? 'silent') as 'silent')
const COUNT = 3_000
let env: BusStore
let kafka: BusStore['kafka']
let producer: BusProducer
let store: Store
let topics: Topics

const rows = async <T>(query: string): Promise<T[]> =>
  (await (await store.client.query({ query, format: 'JSONEachRow' })).json()) as T[]

beforeAll(async () => {
  env = await openBusStore('sink-rows-exact', { logger, partitions: 3, topicPrefix: 'sinkx' })
  ;({ kafka, producer, store, topics } = env)
})
afterAll(() => env?.close())

it('stores realistic mentions once each across a restart, values intact, aggregates equal to the archive', async () => {
  const mentions = [...enrichedStream(COUNT, 1_000, 23)].flat() as unknown as EnrichedMention[]
  const creates = mentions.filter((m) => m.event === 'create')
  const send = (ms: EnrichedMention[]) =>
    producer.send(
      topics.enriched,
      ms.flatMap((m) => enrichedKeys(m).map((key) => ({ key, value: JSON.stringify(m) }))),
    )
  const db = store.database
  const archived = async () =>
    Number((await rows<{ n: string }>(`SELECT count() AS n FROM ${db}.mention_events`))[0]?.n)
  const groupId = uniqueName('g')
  const crashes: Error[] = []
  const half = Math.floor(mentions.length / 2)

  const first = await startSink({ kafka, store, topics, logger, groupId, onCrash: (e) => crashes.push(e) })
  await send(mentions.slice(0, half))
  await waitFor(async () => (await archived()) > 0, { what: 'the first sink archiving', timeoutMs: 60_000 })
  // Stopped while the rest is being produced: the second sink resumes from the committed offsets.
  await Promise.all([first.stop(), send(mentions.slice(half))])
  const second = await startSink({ kafka, store, topics, logger, groupId, onCrash: (e) => crashes.push(e) })
  try {
    await waitFor(async () => (await archived()) >= mentions.length, {
      what: `${mentions.length} archived events`,
      timeoutMs: 120_000,
    })
  } finally {
    await second.stop()
  }
  expect(crashes).toEqual([])

  // Exactly once: each (id, event_key) once, none missing.
  const perEvent = await rows<{ id: string; k: string; n: string }>(
    `SELECT id, event_key AS k, count() AS n FROM ${db}.mention_events GROUP BY id, k HAVING n > 1`,
  )
  expect(perEvent).toEqual([])
  expect(await archived()).toBe(mentions.length)

  // Values as sent: text, brands and times of every create.
  const stored = await rows<{
    id: string
    text: string
    brands: string[]
    created_at: string
    rating: number | null
  }>(`SELECT id, text, brands, created_at, rating FROM ${db}.mention_events WHERE event = 'create'`)
  const byId = new Map(stored.map((r) => [r.id, r]))
  for (const m of creates) {
    const r = byId.get(m.id)
    expect(r?.text).toBe(m.text)
    expect(r?.brands).toEqual([...new Set(m.brands.map((b) => b.brand))])
    expect(r?.created_at).toBe(m.createdAt.replace('T', ' ').replace('Z', ''))
  }
  expect(stored.length).toBe(creates.length)

  // The aggregates are exactly what the archive's create events add up to.
  const fromViews = await rows<Record<string, unknown>>(
    `SELECT minute, brand, platform, lang, sum(volume) AS volume, sum(negative) AS negative,
            sum(neutral) AS neutral, sum(positive) AS positive, sum(complaints) AS complaints,
            sum(questions) AS questions, sum(pii_incidents) AS pii_incidents,
            round(sum(sentiment_sum), 3) AS sentiment_sum, sum(reach) AS reach
     FROM ${db}.mention_minute GROUP BY minute, brand, platform, lang ORDER BY minute, brand, platform, lang`,
  )
  // Each brand counts with its own stance (the post's sentiment where it has none; migration 003).
  const fromArchive = await rows<Record<string, unknown>>(
    `SELECT toStartOfMinute(created_at) AS minute, brand, platform, lang,
            count() AS volume, countIf(stance = 'negative') AS negative, countIf(stance = 'neutral') AS neutral,
            countIf(stance = 'positive') AS positive, countIf(intent = 'complaint') AS complaints,
            countIf(intent = 'question') AS questions, countIf(length(pii) > 0) AS pii_incidents,
            round(sum(toFloat64(stance_score)), 3) AS sentiment_sum, sum(author_followers) AS reach
     FROM ${db}.mention_events
     ARRAY JOIN brands AS brand,
       arrayMap(i -> if(i <= length(brand_sentiment), brand_sentiment[i], sentiment), arrayEnumerate(brands)) AS stance,
       arrayMap(i -> if(i <= length(brand_sentiment_score), brand_sentiment_score[i], sentiment_score), arrayEnumerate(brands)) AS stance_score
     WHERE event = 'create'
     GROUP BY minute, brand, platform, lang ORDER BY minute, brand, platform, lang`,
  )
  expect(fromViews.length).toBeGreaterThan(10)
  expect(fromViews).toEqual(fromArchive)
  const hourly = await rows<{ n: string }>(`SELECT sum(volume) AS n FROM ${db}.mention_hour`)
  const brandCreates = creates.reduce((s, m) => s + new Set(m.brands.map((b) => b.brand)).size, 0)
  expect(Number(hourly[0]?.n)).toBe(brandCreates)
})

it("the engine's refusal of a row through the raw insert reads as a row data error (bisected, dead-lettered)", async () => {
  // A line the engine cannot parse into the columns (too few values): what a value a column
  // refuses looks like on this path, so the writer isolates the row instead of crashing.
  const bad = { line: { key: 'create', bytes: Buffer.from('only-an-id\t') }, archive: true }
  const err = await insertMentionStream(store, [bad]).then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(err).toBeInstanceOf(Error)
  expect(isRowDataError(err)).toBe(true)
})
