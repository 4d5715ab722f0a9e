import { createLogger } from '@vigil/config'
import { Registry } from 'prom-client'
import { describe, expect, it } from 'vitest'
import { busHarness } from '../../../tests/support/bus-harness.js'
import { uniqueName } from '../../../tests/support/kafka.js'
import { waitFor } from '../../../tests/support/wait.js'
import { runConsumer } from './consumer.js'
import { RetriableError } from './errors.js'
import { createBusMetrics } from './metrics.js'
import type { InboundRecord } from './records.js'

const logger = createLogger('bus-int-test', 'warn')
const bus = busHarness(logger)
const { handles } = bus
const fastBackoff = { baseMs: 50, maxMs: 500, jitter: 0.2 }

async function committedOffsets(groupId: string, topic: string): Promise<Map<number, string>> {
  const admin = bus.kafka.admin()
  await admin.connect()
  try {
    const [res] = await admin.fetchOffsets({ groupId, topics: [topic] })
    return new Map((res?.partitions ?? []).map((p) => [p.partition, p.offset]))
  } finally {
    await admin.disconnect()
  }
}

/**
 * One record on a topic of its own, read by a consumer whose handler fails as `fail` does (with
 * fast backoff, its expected errors not logged): the handler's calls and the crashes reported.
 */
async function failingConsumer(
  name: string,
  fail: () => never,
  extra: { maxRetries?: number } = {},
): Promise<{ topic: string; groupId: string; calls: () => number; crashes: Error[] }> {
  const topic = await bus.topic(`bus-${name}`, 1)
  const groupId = uniqueName(`g-${name}`)
  await bus.producer.send(topic, [{ key: 'k', value: name }])
  let calls = 0
  const crashes: Error[] = []
  await bus.consume({
    groupId,
    topics: [topic],
    logger: createLogger('bus-int-test', 'silent'),
    backoff: fastBackoff,
    ...extra,
    onCrash: (err) => crashes.push(err),
    handleBatch: async () => {
      calls++
      fail()
    },
  })
  return { topic, groupId, calls: () => calls, crashes }
}

describe('runConsumer against a real broker', () => {
  it('round-trips keys, values and headers, keeping each key on one partition', async () => {
    const topic = await bus.topic('bus-roundtrip', 3)
    const keys = ['northwind', 'crest', 'havenbank', 'lotus', 'alnoor']
    const sent = keys.flatMap((k) =>
      [0, 1, 2].map((i) => ({
        key: k,
        value: JSON.stringify({ k, i }),
        headers: { 'x-seq': `${k}-${i}`, 'x-ünï': 'ç' },
      })),
    )
    await bus.producer.send(topic, sent)
    await bus.producer.sendJson(topic, null, { k: null, i: 99 })

    const got: InboundRecord[] = []
    await bus.consume({
      groupId: uniqueName('g-roundtrip'),
      topics: [topic],
      handleBatch: async (records) => {
        got.push(...records)
      },
    })
    await waitFor(() => got.length >= sent.length + 1, {
      timeoutMs: 30_000,
      what: `${sent.length + 1} records`,
    })

    expect(got).toHaveLength(sent.length + 1)
    for (const s of sent) {
      const r = got.find((g) => g.headers['x-seq'] === s.headers['x-seq'])
      expect(r?.key?.toString()).toBe(s.key)
      expect(r?.value?.toString()).toBe(s.value)
      expect(r?.headers['x-ünï']).toBe('ç')
      expect(Number(r?.timestamp)).toBeGreaterThan(0)
    }
    const nullKeyed = got.find((g) => g.key === null)
    expect(JSON.parse(nullKeyed?.value?.toString() ?? '')).toEqual({ k: null, i: 99 })
    for (const k of keys) {
      const partitions = new Set(got.filter((g) => g.key?.toString() === k).map((g) => g.partition))
      expect(partitions.size).toBe(1)
    }
  })

  it('retries a batch after a retriable failure, then commits it once', async () => {
    const topic = await bus.topic('bus-retry', 1)
    const groupId = uniqueName('g-retry')
    await bus.producer.send(
      topic,
      ['a', 'b', 'c'].map((v) => ({ key: 'k', value: v })),
    )
    const registry = new Registry()
    const metrics = createBusMetrics(registry)
    let calls = 0
    const processed: string[] = []
    await bus.consume({
      groupId,
      topics: [topic],
      metrics,
      backoff: fastBackoff,
      handleBatch: async (records) => {
        calls++
        if (calls === 1) throw new RetriableError('clickhouse briefly unavailable')
        processed.push(...records.map((r) => r.value?.toString() ?? ''))
      },
    })
    const committed = await waitFor(
      async () => ((await committedOffsets(groupId, topic)).get(0) === '3' ? '3' : undefined),
      { timeoutMs: 30_000, what: 'offset 3 committed' },
    )
    expect(committed).toBe('3')
    expect(processed).toEqual(['a', 'b', 'c'])
    expect(calls).toBe(2)
    const retries = await registry.getSingleMetric('vigil_bus_handler_retries_total')?.get()
    expect(retries?.values.reduce((s, v) => s + v.value, 0)).toBe(1)
    const committedTotal = await registry.getSingleMetric('vigil_bus_committed_records_total')?.get()
    expect(committedTotal?.values[0]?.value).toBe(3)
    const lag = await registry.getSingleMetric('vigil_bus_consumer_lag_records')?.get()
    expect(lag?.values.find((v) => v.labels.partition === '0')?.value).toBe(0)
  })

  it('does not retry a programming error: the consumer crashes and the offset stays', async () => {
    const { topic, groupId, calls, crashes } = await failingConsumer('fatal', () => {
      const parsed = JSON.parse('null') as { field: string } | null
      return parsed!.field as never // TypeError: a bug, not weather
    })
    await waitFor(() => crashes.length > 0, { timeoutMs: 30_000, what: 'the consumer to crash' })
    expect(calls()).toBe(1)
    expect(crashes[0]?.message).toMatch(/batch handler failed/)
    expect(handles[0]?.status()).toBe('crashed')
    expect((await committedOffsets(groupId, topic)).get(0)).toBe('-1')
  })

  it('gives up after maxRetries retriable failures: crashes without an in-process restart', async () => {
    const { topic, groupId, calls, crashes } = await failingConsumer(
      'exhaust',
      () => {
        throw new RetriableError('store still down')
      },
      { maxRetries: 2 },
    )
    await waitFor(() => crashes.length > 0, { timeoutMs: 30_000, what: 'the consumer to give up' })
    // onCrash runs only when KafkaJS reported restart=false, so no hidden retry loop goes on.
    expect(calls()).toBe(3)
    expect(crashes).toHaveLength(1)
    expect(handles[0]?.status()).toBe('crashed')
    expect((await committedOffsets(groupId, topic)).get(0)).toBe('-1')
  })

  it('resumes after the last committed batch when stopped mid-stream and restarted', async () => {
    const topic = await bus.topic('bus-resume', 1)
    const groupId = uniqueName('g-resume')
    // Many small sends make many small record batches, so the consumer sees several batches.
    for (let s = 0; s < 20; s++) {
      await bus.producer.send(
        topic,
        [0, 1, 2, 3, 4].map((i) => ({ key: 'k', value: String(s * 5 + i) })),
      )
    }
    const first: number[] = []
    let release!: () => void
    const gate = new Promise<void>((r) => {
      release = r
    })
    let batches = 0
    const h1 = await runConsumer({
      kafka: bus.kafka,
      groupId,
      topics: [topic],
      fromBeginning: true,
      logger,
      maxBytesPerPartition: 512,
      handleBatch: async (records) => {
        batches++
        if (batches === 3) await gate // stop arrives while this batch is in flight
        first.push(...records.map((r) => Number(r.offset)))
      },
    })
    await waitFor(() => batches >= 3, { timeoutMs: 30_000, what: 'the third batch to start' })
    const stopping = h1.stop()
    expect(h1.status()).toBe('stopping')
    release()
    await stopping
    expect(h1.status()).toBe('stopped')

    // The in-flight batch finished and was committed before the consumer left.
    const committed = Number((await committedOffsets(groupId, topic)).get(0))
    expect(first.length).toBeGreaterThan(0)
    expect(first).toEqual(Array.from({ length: first.length }, (_, i) => i))
    expect(committed).toBe(first.length)
    expect(committed).toBeLessThan(100)

    for (let s = 20; s < 24; s++) {
      await bus.producer.send(
        topic,
        [0, 1, 2, 3, 4].map((i) => ({ key: 'k', value: String(s * 5 + i) })),
      )
    }
    const second: number[] = []
    await bus.consume({
      groupId,
      topics: [topic],
      handleBatch: async (records) => {
        second.push(...records.map((r) => Number(r.offset)))
      },
    })
    await waitFor(() => second.includes(119), {
      timeoutMs: 30_000,
      what: 'offset 119 in the restarted consumer',
    })
    expect(second[0]).toBe(committed)
    expect([...first, ...second]).toEqual(Array.from({ length: 120 }, (_, i) => i))
  })

  it('lets a write still in flight land before a rebalance hands its partition to another member', async () => {
    // Two partitions, two members: the second member is sure to take one of the first's.
    const topic = await bus.topic('bus-rejoin', 2)
    const groupId = uniqueName('g-rejoin')
    const wave = (w: number) => ['a', 'b', 'c', 'd', 'e', 'f'].map((k) => ({ key: k, value: `${w}:${k}` }))
    await bus.producer.send(topic, wave(1))
    let release!: () => void
    const writeLands = new Promise<void>((r) => {
      release = r
    })
    let landed = false
    const firstGot = new Set<string>()
    await bus.consume({
      groupId,
      topics: [topic],
      concurrency: 2,
      // The sink's shape: return at once, the write (held here) confirms later.
      handleBatch: async (records) => {
        for (const r of records) firstGot.add(r.value!.toString())
        return {
          durable: writeLands.then(() => {
            landed = true
          }),
        }
      },
    })
    await waitFor(() => firstGot.size === 6, { timeoutMs: 30_000, what: 'the first member to take wave 1' })
    // What the second member reads, and whether the first member's write had landed by then.
    const readEarly: string[] = []
    const secondGot: string[] = []
    const joining = bus.consume({
      groupId,
      topics: [topic],
      fromBeginning: true,
      logger,
      handleBatch: async (records) => {
        for (const r of records) {
          secondGot.push(r.value!.toString())
          if (!landed && firstGot.has(r.value!.toString())) readEarly.push(r.value!.toString())
        }
      },
    })
    await new Promise((r) => setTimeout(r, 4_000))
    release()
    await joining
    await bus.producer.send(topic, wave(2))
    await waitFor(() => secondGot.some((v) => v.startsWith('2:')), {
      timeoutMs: 60_000,
      what: 'the second member to own a partition and read wave 2',
    })
    expect(readEarly).toEqual([])
    // The first member committed its writes before rejoining: nothing of wave 1 is read again.
    expect(secondGot.filter((v) => v.startsWith('1:'))).toEqual([])
  })
})
