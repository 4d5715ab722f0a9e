import { createLogger } from '@vigil/config'
import { topicNames } from '@vigil/schema'
import { ConfigResourceTypes } from 'kafkajs'
import { Registry } from 'prom-client'
import { describe, expect, it } from 'vitest'
import { busHarness } from '../../../tests/support/bus-harness.js'
import { uniqueName } from '../../../tests/support/kafka.js'
import { waitFor } from '../../../tests/support/wait.js'
import { DLQ_HEADER, deadLetter } from './dlq.js'
import { createBusMetrics } from './metrics.js'
import type { InboundRecord } from './records.js'
import { ensureTopics, vigilTopicSpecs } from './topics.js'

const logger = createLogger('bus-int-test', 'warn')
const bus = busHarness(logger)

async function collect(topic: string, into: InboundRecord[]): Promise<void> {
  await bus.consume({
    groupId: uniqueName('g-collect'),
    topics: [topic],
    handleBatch: async (records) => {
      into.push(...records)
    },
  })
}

describe('deadLetter', () => {
  it('writes the original key and value byte for byte with all provenance headers', async () => {
    const source = uniqueName('dlq-src')
    const dlqTopic = uniqueName('dlq')
    await ensureTopics(bus.kafka, [
      { name: source, partitions: 2 },
      { name: dlqTopic, partitions: 2 },
    ])
    const badValue = Buffer.from([0x7b, 0xff, 0xfe, 0x00, 0x22]) // "{" + invalid UTF-8
    await bus.producer.send(source, [
      { key: 'northwind', value: '{"ok":true}' },
      { key: 'northwind', value: badValue, headers: { 'trace-id': 't-1' } },
    ])
    const metrics = createBusMetrics(new Registry())
    const seen: InboundRecord[] = []
    await bus.consume({
      groupId: uniqueName('g-dlq'),
      topics: [source],
      metrics,
      handleBatch: async (records) => {
        for (const r of records) {
          seen.push(r)
          if (r.value?.[1] === 0xff) {
            await deadLetter(
              bus.producer,
              dlqTopic,
              r,
              { code: 'VIGIL_ERR_BAD_UTF8', reason: 'invalid UTF-8', stage: 'enricher' },
              metrics,
            )
          }
        }
      },
    })
    const dead: InboundRecord[] = []
    await collect(dlqTopic, dead)
    await waitFor(() => dead.length >= 1, { timeoutMs: 30_000, what: 'one dead letter' })

    const original = seen.find((r) => r.value?.[1] === 0xff)!
    const d = dead[0]!
    expect(dead).toHaveLength(1)
    expect(d.key?.toString()).toBe('northwind')
    expect(d.value?.equals(badValue)).toBe(true)
    expect(d.headers).toMatchObject({
      'trace-id': 't-1',
      [DLQ_HEADER.code]: 'VIGIL_ERR_BAD_UTF8',
      [DLQ_HEADER.reason]: 'invalid UTF-8',
      [DLQ_HEADER.stage]: 'enricher',
      [DLQ_HEADER.sourceTopic]: source,
      [DLQ_HEADER.sourcePartition]: String(original.partition),
      [DLQ_HEADER.sourceOffset]: original.offset,
    })
    expect(Number.isNaN(Date.parse(d.headers[DLQ_HEADER.time] ?? ''))).toBe(false)
    // Same key, same partitioner: the dead letter lands on the same partition number.
    expect(d.partition).toBe(original.partition)
    expect((await metrics.dlqRecords.get()).values[0]?.value).toBe(1)
  })
})

describe('ensureTopics', () => {
  it('creates all Vigil topics once, compacts detector state, and grows partitions on request', async () => {
    const prefix = `${uniqueName('vt')}.`
    const topics = topicNames(prefix)
    const specs = vigilTopicSpecs(topics, 2)
    await ensureTopics(bus.kafka, specs)
    await ensureTopics(bus.kafka, specs) // idempotent
    await ensureTopics(bus.kafka, vigilTopicSpecs(topics, 3)) // grows, never shrinks

    const admin = bus.kafka.admin()
    await admin.connect()
    try {
      const listed = new Set(await admin.listTopics())
      for (const name of Object.values(topics)) expect(listed.has(name)).toBe(true)
      const meta = await admin.fetchTopicMetadata({ topics: [topics.raw] })
      expect(meta.topics[0]?.partitions).toHaveLength(3)
      const cfg = await admin.describeConfigs({
        includeSynonyms: false,
        resources: [
          { type: ConfigResourceTypes.TOPIC, name: topics.detectorState, configNames: ['cleanup.policy'] },
          { type: ConfigResourceTypes.TOPIC, name: topics.raw, configNames: ['cleanup.policy'] },
        ],
      })
      const policy = (name: string) =>
        cfg.resources
          .find((r) => r.resourceName === name)
          ?.configEntries.find((e) => e.configName === 'cleanup.policy')?.configValue
      expect(policy(topics.detectorState)).toBe('compact')
      expect(policy(topics.raw)).toBe('delete')
    } finally {
      await admin.disconnect()
    }
  })
})
