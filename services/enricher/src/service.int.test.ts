import { createLogger, loadBrands } from '@vigil/config'
import { createEnricher } from '@vigil/nlp'
import type { EnrichedMention } from '@vigil/schema'
import { afterAll, describe, expect, it } from 'vitest'
import { startTestEnricher } from '../../../tests/support/enricher-run.js'
import { uniqueName } from '../../../tests/support/kafka.js'
import { waitFor } from '../../../tests/support/wait.js'

const logger = createLogger('enricher-test', 'warn')
const cleanups: Array<() => Promise<void>> = []
afterAll(async () => {
  for (const c of cleanups.reverse()) await c()
})

describe('enricher against a real broker', () => {
  it('enriches good records keyed by brand and dead-letters the bad one between them', async () => {
    const run = await startTestEnricher('enricher', { logger, nlp: createEnricher({ brands: loadBrands() }) })
    cleanups.push(() => run.stop())
    const { kafka, topics, producer, svc } = run

    const base = {
      platform: 'x',
      author: { id: 'a', handle: '@a', followers: 1 },
      createdAt: '2026-11-23T10:00:00Z',
    }
    await producer.send(topics.raw, [
      { key: 'x:1', value: JSON.stringify({ ...base, id: 'x:1', text: '莲花银行的APP又崩了，转账失败' }) },
      { key: null, value: Buffer.from([0xc3, 0x28, 0x7b]) },
      {
        key: 'x:3',
        value: JSON.stringify({ ...base, id: 'x:3', text: 'Havenbank heeft twee keer afgeschreven' }),
      },
      {
        key: 'x:4',
        value: JSON.stringify({ ...base, id: 'x:4', text: 'Left Crest Bank for Northwind, their app works' }),
      },
    ])

    const got: Array<{ key: string | null; value: EnrichedMention }> = []
    const dead: Array<Record<string, string>> = []
    const consumer = kafka.consumer({ groupId: uniqueName('observer') })
    cleanups.push(() => consumer.disconnect())
    await consumer.connect()
    await consumer.subscribe({ topics: [topics.enriched, topics.dlq], fromBeginning: true })
    await consumer.run({
      eachMessage: async ({ topic, message }) => {
        if (topic === topics.enriched) {
          got.push({ key: message.key?.toString() ?? null, value: JSON.parse(String(message.value)) })
        } else {
          dead.push(Object.fromEntries(Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(v)])))
        }
      },
    })
    await waitFor(() => got.length === 4 && dead.length === 1, {
      what: 'four enriched records and one dead letter',
      timeoutMs: 60_000,
    })
    const byId = new Map(got.map((g) => [g.value.id, g]))
    expect(byId.get('x:1')?.key).toBe('lotus')
    expect(byId.get('x:1')?.value.lang).toBe('zh')
    expect(byId.get('x:3')?.key).toBe('havenbank')
    expect(byId.get('x:3')?.value.sentiment.label).toBe('negative')
    expect(dead[0]).toMatchObject({
      'vigil.dlq.code': 'VIGIL_ERR_BAD_ENCODING',
      'vigil.dlq.stage': 'enricher',
    })
    // Two banks named: one copy on each bank's partition, so each bank's detector sees it.
    const x4 = got.filter((g) => g.value.id === 'x:4')
    expect(x4.map((g) => g.key).sort()).toEqual(['crest', 'northwind'])
    expect(x4.map((g) => g.value.brands.map((b) => b.brand).sort())).toEqual([
      ['crest', 'northwind'],
      ['crest', 'northwind'],
    ])
    expect(svc.stats).toMatchObject({ enriched: 3, copies: 1, deadLettered: 1 })
  })
})
