import { Readable } from 'node:stream'
import { type BusProducer, ensureTopics, RetriableError, vigilTopicSpecs } from '@vigil/bus'
import { createLogger } from '@vigil/config'
import { type EnrichedMention, type Topics, topicNames } from '@vigil/schema'
import {
  countMentions,
  countMentionsById,
  listDeadLetters,
  type RawInsert,
  type Store,
  volumeByMinute,
} from '@vigil/store'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { type BusStore, openBusStore } from '../../../tests/support/bus-store.js'
import { sampleEnriched } from '../../../tests/support/clickhouse.js'
import { uniqueName } from '../../../tests/support/kafka.js'
import { waitFor } from '../../../tests/support/wait.js'
import { startSink } from './sink.js'

/**
 * Faults on the way to ClickHouse. The engine is real; only the failure is injected: a store
 * whose next `n` inserts into one table reject, after which it behaves normally.
 */
/**
 * The table an insert writes, whichever way it is sent (`insert` with rows, `exec` with a body,
 * with or without a column list). The mention rows go through `store.rawInsert` (embedded) instead;
 * `rawInserts` below wraps that path.
 */
function insertTarget(prop: string | symbol, params: { table?: string; query?: string }): string | null {
  if (prop === 'insert') return params.table ?? null
  if (prop === 'exec')
    return /^INSERT INTO (\S+?)(?: \([^)]*\))? FORMAT/.exec(params.query ?? '')?.[1] ?? null
  return null
}

/** The store's raw insert (embedded chDB), each call first seen by `before`. */
function rawInserts(store: Store, before: (p: RawInsert) => void): Pick<Store, 'rawInsert'> {
  const raw = store.rawInsert
  if (raw === undefined) return {}
  return {
    rawInsert: async (p) => {
      before(p)
      return raw(p)
    },
  }
}

/** An insert's rows as text (re-wrapping an `exec` body that had to be read). */
async function insertBody(params: { values?: unknown }): Promise<{ text: string; values: unknown }> {
  if (Array.isArray(params.values)) return { text: JSON.stringify(params.values), values: params.values }
  let text = ''
  for await (const chunk of params.values as AsyncIterable<string | Buffer>) text += chunk.toString()
  return { text, values: Readable.from([text]) }
}

function failingInserts(store: Store, table: string, n: number, makeError: () => Error): Store {
  let left = n
  const client = new Proxy(store.client, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver)
      if ((prop !== 'insert' && prop !== 'exec') || typeof v !== 'function')
        return typeof v === 'function' ? v.bind(target) : v
      return (params: { table?: string; query?: string }) => {
        if (left > 0 && insertTarget(prop, params)?.endsWith(`.${table}`)) {
          left -= 1
          return Promise.reject(makeError())
        }
        return v.call(target, params)
      }
    },
  })
  const raw = rawInserts(store, (p) => {
    if (left > 0 && p.table.endsWith(`.${table}`)) {
      left -= 1
      throw makeError()
    }
  })
  return { ...store, client, ...raw }
}

const logger = createLogger('sink-faults-test', (process.env.TEST_LOG_LEVEL ?? 'silent') as 'silent')
let env: BusStore
let kafka: BusStore['kafka']
let producer: BusProducer
let store: Store
let topics: Topics

const at = (mmss: string) => `2026-11-23T07:${mmss}.000Z`
const batch = (prefix: string): EnrichedMention[] =>
  Array.from({ length: 6 }, (_, i) =>
    sampleEnriched({ id: `x:${prefix}${i}`, createdAt: at(`0${i % 2}:00`) }),
  )
const send = (ms: EnrichedMention[]) =>
  producer.send(
    topics.enriched,
    ms.map((m) => ({ key: 'northwind', value: JSON.stringify(m) })),
  )
async function volumeAt(minute: string): Promise<number> {
  const pts = await volumeByMinute(store, { from: at('00:00'), to: at('59:00'), brands: ['northwind'] })
  return pts.filter((p) => p.bucket === at(minute)).reduce((s, p) => s + p.volume, 0)
}

beforeAll(async () => {
  env = await openBusStore('sink-faults', { logger, partitions: 1, topicPrefix: 'sinkf' })
  ;({ kafka, producer, store, topics } = env)
})
afterAll(() => env?.close())

it('a transient failure of the mention insert is retried without double counting', async () => {
  const crashes: Error[] = []
  // The block's one insert (mention_stream, whose views write both tables) fails twice; the
  // engine failing between the two tables' parts is tests/faults write-failure's case.
  const flaky = failingInserts(
    store,
    'mention_stream',
    2,
    () => new RetriableError('injected: too many parts'),
  )
  const sink = await startSink({
    kafka,
    store: flaky,
    topics,
    logger,
    groupId: uniqueName('g'),
    batch: { maxRecords: 4 }, // 6 records → chunks of 4 and 2
    onCrash: (e) => crashes.push(e),
  })
  try {
    await send(batch('t'))
    await waitFor(async () => (await countMentions(store)) === 6, {
      what: 'six mentions stored',
      timeoutMs: 60_000,
    })
    await waitFor(async () => (await volumeAt('00:00')) === 3 && (await volumeAt('01:00')) === 3, {
      what: 'aggregates of 3 + 3',
    })
    const counts = await countMentionsById(store)
    expect(counts.map((c) => c.creates)).toEqual([1, 1, 1, 1, 1, 1])
    expect(crashes).toEqual([])
  } finally {
    await sink.stop()
  }
})

it('after a crash on a fatal insert error, a restarted sink stores the uncommitted batch once', async () => {
  const crashes: Error[] = []
  const group = uniqueName('g')
  const broken = failingInserts(store, 'mention_stream', 1, () => new Error('injected: fatal'))
  const first = await startSink({
    kafka,
    store: broken,
    topics,
    logger,
    groupId: group,
    onCrash: (e) => crashes.push(e),
  })
  await send(batch('c'))
  try {
    await waitFor(() => crashes.length > 0, { what: 'the sink consumer to crash' })
  } finally {
    await first.stop()
  }
  expect(crashes[0]?.message).toContain('injected: fatal')
  const before = await countMentionsById(
    store,
    batch('c').map((m) => m.id),
  )
  expect(before.every((c) => c.creates === 0)).toBe(true) // nothing archived

  const second = await startSink({
    kafka,
    store,
    topics,
    logger,
    groupId: group,
    onCrash: (e) => crashes.push(e),
  })
  try {
    await waitFor(async () => (await countMentions(store)) === 12 && (await volumeAt('00:00')) === 6, {
      what: 'the crashed batch stored after restart',
      timeoutMs: 60_000,
    })
    const after = await countMentionsById(
      store,
      batch('c').map((m) => m.id),
    )
    expect(after.map((c) => [c.final_rows, c.creates])).toEqual(Array(6).fill([1, 1]))
    expect(await volumeAt('01:00')).toBe(6)
    expect(crashes).toHaveLength(1)
  } finally {
    await second.stop()
  }
})

it('two sink instances in one group, joining mid-stream, store each mention once', async () => {
  const crashes: Error[] = []
  const group = uniqueName('g')
  const rebalTopics = topicNames(`${uniqueName('sinkr')}.`)
  await ensureTopics(kafka, vigilTopicSpecs(rebalTopics, 4))
  const brands = ['northwind', 'crest', 'havenbank', 'lotus', 'alnoor']
  const wave = (w: number) =>
    Array.from({ length: 40 }, (_, i) => {
      const b = brands[i % brands.length]!
      return sampleEnriched({ id: `x:r${w}-${i}`, createdAt: at('30:00'), brands: [{ brand: b, via: b }] })
    })
  const sendTo = (ms: EnrichedMention[]) =>
    producer.send(
      rebalTopics.enriched,
      ms.map((m) => ({ key: m.brands[0]!.brand, value: JSON.stringify(m) })),
    )
  const opts = {
    kafka,
    store,
    topics: rebalTopics,
    logger,
    groupId: group,
    onCrash: (e: Error) => crashes.push(e),
  }
  const a = await startSink(opts)
  let b: Awaited<ReturnType<typeof startSink>> | undefined
  try {
    await sendTo(wave(1))
    b = await startSink(opts) // a rebalance while wave 1 is being written
    await sendTo([...wave(2), ...wave(1).slice(0, 20)]) // wave 2 plus redeliveries of wave 1
    const ids = [...wave(1), ...wave(2)].map((m) => m.id)
    let seen = 'nothing yet'
    await waitFor(
      async () => {
        const c = await countMentionsById(store, ids)
        const twice = c.filter((x) => x.creates > 1).map((x) => x.id)
        seen = `${c.length} stored, archived more than once: ${twice.join(', ') || 'none'}`
        return c.length === 80 && twice.length === 0
      },
      { what: '80 mentions, each archived once', timeoutMs: 90_000 },
    ).catch((err: Error) => {
      throw new Error(`${err.message} (last seen: ${seen})`)
    })
    const pts = await volumeByMinute(store, { from: at('30:00'), to: at('31:00') })
    expect(pts.reduce((s, p) => s + p.volume, 0)).toBe(80)
    expect(Object.fromEntries(pts.map((p) => [p.brand, p.volume]))).toEqual({
      alnoor: 16,
      crest: 16,
      havenbank: 16,
      lotus: 16,
      northwind: 16,
    })
    expect(crashes).toEqual([])
  } finally {
    await b?.stop()
    await a.stop()
  }
})

it('a row ClickHouse refuses is dead-lettered with the reason; the rows beside it are stored', async () => {
  const crashes: Error[] = []
  // Stands in for a value the engine cannot parse: the engine refuses any block of the mention
  // tables holding x:poison (whatever the row format; the dead letter that follows is stored).
  const refuse = (table: string | null, text: string) => {
    if (/\.mention(s|_events|_stream)$/.test(table ?? '') && text.includes('x:poison'))
      throw Object.assign(new Error('Cannot parse input: expected , (at row 3)'), { code: '27' })
  }
  const picky: Store = {
    ...store,
    ...rawInserts(store, (p) => refuse(p.table, p.values.toString('utf8'))),
    client: new Proxy(store.client, {
      get(target, prop, receiver) {
        const v = Reflect.get(target, prop, receiver)
        if ((prop !== 'insert' && prop !== 'exec') || typeof v !== 'function')
          return typeof v === 'function' ? v.bind(target) : v
        return async (params: { table?: string; query?: string; values?: unknown }) => {
          const table = insertTarget(prop, params)
          if (table === null) return v.call(target, params)
          const body = await insertBody(params)
          refuse(table, body.text)
          return v.call(target, { ...params, values: body.values })
        }
      },
    }),
  }
  const ms = [...batch('p'), sampleEnriched({ id: 'x:poison', createdAt: at('02:00') })]
  const sink = await startSink({
    kafka,
    store: picky,
    topics,
    logger,
    groupId: uniqueName('g'),
    onCrash: (e) => crashes.push(e),
  })
  try {
    await send(ms)
    const dead = await waitFor(
      async () => {
        const rows = await listDeadLetters(store, { stage: 'sink', limit: 10 })
        return rows.find((r) => r.code === 'VIGIL_ERR_STORE_REJECTED')
      },
      { what: 'the refused row in dead_letters' },
    )
    expect(JSON.parse(dead.value).id).toBe('x:poison')
    expect(dead.reason).toContain('Cannot parse input')
    const counts = await countMentionsById(
      store,
      ms.map((m) => m.id),
    )
    expect(counts.map((c) => [c.id, c.creates])).toEqual(batch('p').map((m) => [m.id, 1]))
    expect(crashes).toEqual([])
  } finally {
    await sink.stop()
  }
})
