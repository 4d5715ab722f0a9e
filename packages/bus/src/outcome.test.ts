import { createLogger } from '@vigil/config'
import { dlq, drop, ok } from '@vigil/schema'
import { Registry } from 'prom-client'
import { describe, expect, it } from 'vitest'
import { DLQ_HEADER } from './dlq.js'
import { createBusMetrics } from './metrics.js'
import { createOutcomeHandler } from './outcome.js'
import type { BusProducer, OutboundRecord } from './producer.js'
import type { InboundRecord } from './records.js'

const rec = (offset: string): InboundRecord => ({
  topic: 'mentions.raw',
  partition: 0,
  offset,
  key: Buffer.from('k'),
  value: Buffer.from(`v${offset}`),
  headers: {},
  timestamp: '1700000000000',
})

/** Records what a stage would have written to Kafka (unit test: no broker here). */
function recordingProducer() {
  const sent: Array<{ topic: string; records: OutboundRecord[] }> = []
  const producer: BusProducer = {
    send: async (topic, records) => void sent.push({ topic, records }),
    sendJson: async () => {},
    close: async () => {},
  }
  return { producer, sent }
}

const logger = createLogger('outcome-test', 'silent')

/** A handler writing dead letters to `producer`, its metrics on a registry of its own. */
function metered(stage: string, producer: BusProducer) {
  const registry = new Registry()
  const metrics = createBusMetrics(registry)
  const handler = createOutcomeHandler({ stage, logger, metrics, deadLetters: { producer, topic: 'dlq' } })
  return { handler, metrics, registry }
}

describe('one handler of step outcomes', () => {
  it('passes ok values on, dead-letters refusals at flush with their reason, counts drops by code', async () => {
    const registry = new Registry()
    const metrics = createBusMetrics(registry)
    const { producer, sent } = recordingProducer()
    const refused: string[] = []
    const handler = createOutcomeHandler({
      stage: 'enricher',
      logger,
      metrics,
      deadLetters: { producer, topic: 'mentions.dlq' },
      onRefused: (_r, code) => refused.push(code),
    })
    const batch = handler.batch()
    expect(batch.take(rec('1'), ok(42))).toBe(42)
    expect(batch.take(rec('2'), dlq('VIGIL_ERR_MALFORMED_JSON', 'record is not JSON'))).toBeUndefined()
    expect(batch.take(rec('3'), drop('not an acknowledgement'))).toBeUndefined()
    // Nothing is written until the batch flushes (before its offsets are committed).
    expect(sent).toEqual([])
    expect(await batch.flush()).toEqual({ deadLettered: 1, dropped: 1 })
    expect(sent).toHaveLength(1)
    expect(sent[0]!.topic).toBe('mentions.dlq')
    expect(sent[0]!.records[0]!.value).toEqual(Buffer.from('v2'))
    expect(sent[0]!.records[0]!.headers?.[DLQ_HEADER.reason]).toBe('record is not JSON')
    expect(sent[0]!.records[0]!.headers?.[DLQ_HEADER.stage]).toBe('enricher')
    expect(refused).toEqual(['VIGIL_ERR_MALFORMED_JSON'])
    const text = await registry.metrics()
    expect(text).toMatch(
      /vigil_bus_dropped_records_total\{stage="enricher",code="VIGIL_DROP_NOT_FOR_STAGE",source_topic="mentions.raw"\} 1/,
    )
    expect(text).toMatch(
      /vigil_bus_dlq_records_total\{stage="enricher",code="VIGIL_ERR_MALFORMED_JSON",source_topic="mentions.raw"\} 1/,
    )
  })

  it('a viewer (no dead-letter topic) counts what it cannot read instead of writing it anywhere', async () => {
    const registry = new Registry()
    const handler = createOutcomeHandler({ stage: 'api-live', logger, metrics: createBusMetrics(registry) })
    const batch = handler.batch()
    batch.take(rec('9'), dlq('VIGIL_ERR_INVALID_ALERT', 'status must be one of open, …'))
    expect(await batch.flush()).toEqual({ deadLettered: 0, dropped: 1 })
    expect(await registry.metrics()).toMatch(
      /vigil_bus_dropped_records_total\{stage="api-live",code="VIGIL_ERR_INVALID_ALERT"/,
    )
  })

  it('keeps each batch’s refusals to its own flush (partitions may run concurrently)', async () => {
    const { producer, sent } = recordingProducer()
    const handler = createOutcomeHandler({ stage: 'sink', logger, deadLetters: { producer, topic: 'dlq' } })
    const a = handler.batch()
    const b = handler.batch()
    a.take(rec('1'), dlq('X', 'a'))
    b.take(rec('2'), dlq('X', 'b'))
    await a.flush()
    expect(sent.map((s) => s.records[0]!.value?.toString())).toEqual(['v1'])
    await b.flush()
    expect(sent.map((s) => s.records[0]!.value?.toString())).toEqual(['v1', 'v2'])
  })

  it('hands a batch’s dead letters to a stage that writes them itself: the same records each time, flush only counts', async () => {
    const { producer, sent } = recordingProducer()
    const { handler, registry } = metered('enricher', producer)
    const batch = handler.batch()
    batch.take(rec('1'), dlq('VIGIL_ERR_MALFORMED_JSON', 'record is not JSON'))
    batch.take(rec('2'), ok(2))
    const records = batch.deadLetterRecords()
    expect(records.map((r) => [r.value.toString(), r.headers?.[DLQ_HEADER.sourceOffset]])).toEqual([
      ['v1', '1'],
    ])
    expect(batch.deadLetterRecords()).toBe(records) // a retried write sends the very same records
    expect(await batch.flush()).toEqual({ deadLettered: 1, dropped: 0 })
    expect(sent).toEqual([])
    expect(await registry.metrics()).toMatch(
      /vigil_bus_dlq_records_total\{stage="enricher",code="VIGIL_ERR_MALFORMED_JSON"/,
    )
  })

  it('writes a batch’s dead letters in one request and counts each once, also across a failed write and its retry', async () => {
    const requests: OutboundRecord[][] = []
    let failNext = true
    const producer: BusProducer = {
      send: async (_topic, records) => {
        // The broker refuses the first write after part of it went through (main wrote one
        // record a time: the first was acknowledged and counted, then the second failed).
        if (failNext && requests.length === 1) {
          failNext = false
          throw new Error('broker went away')
        }
        requests.push(records)
      },
      sendJson: async () => {},
      close: async () => {},
    }
    const { handler, metrics } = metered('sink', producer)
    const refuse = () => {
      const b = handler.batch()
      for (const o of ['1', '2', '3']) b.take(rec(o), dlq('VIGIL_ERR_INVALID_MENTION', 'bad'))
      return b
    }
    const counted = async () => (await metrics.dlqRecords.get()).values.reduce((s, v) => s + v.value, 0)
    // A first batch goes through whole: one request, three counted.
    expect(await refuse().flush()).toEqual({ deadLettered: 3, dropped: 0 })
    expect(requests.map((r) => r.length)).toEqual([3])
    expect(await counted()).toBe(3)
    // The next write fails: nothing of it is counted; the consumer's retry of the batch writes
    // and counts its three once.
    await expect(refuse().flush()).rejects.toThrow('broker went away')
    expect(await counted()).toBe(3)
    await refuse().flush()
    expect(requests.map((r) => r.map((x) => x.value.toString()))).toEqual([
      ['v1', 'v2', 'v3'],
      ['v1', 'v2', 'v3'],
    ])
    expect(await counted()).toBe(6)
  })
})
