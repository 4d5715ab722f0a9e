/**
 * A post carrying a 1,500-character link, through the real pipeline stages on the real broker
 * and an embedded ClickHouse: the enricher keeps the link, the detector counts the mention,
 * and the sink stores it and counts it in the per-minute aggregates. Before the wire contract
 * had one table of limits, the enricher accepted such a link while the sink refused the whole
 * mention ("urls must hold strings"): it never reached the archive or the counts.
 */
import { createKafka, createMetricsRegistry, createProducer, ensureTopics, vigilTopicSpecs } from '@vigil/bus'
import { createLogger, loadBrands } from '@vigil/config'
import { startDetector } from '@vigil/detector'
import { startEnricher } from '@vigil/enricher'
import { createEnricher } from '@vigil/nlp'
import { type EnrichedMention, LIMITS, topicNames } from '@vigil/schema'
import { startSink } from '@vigil/sink'
import { countMentionsById, listDeadLetters, recentMentions, volumeByMinute } from '@vigil/store'
import { afterAll, describe, expect, it } from 'vitest'
import { createTestStore } from '../support/clickhouse.js'
import { collectTopic } from '../support/collect.js'
import { testBrokers, uniqueName } from '../support/kafka.js'
import { waitFor } from '../support/wait.js'

const logger = createLogger('long-link-test', 'warn')
const cleanups: Array<() => Promise<void>> = []
afterAll(async () => {
  for (const c of cleanups.reverse()) await c()
})

describe('a mention with a 1,500-character link', () => {
  it('is enriched with its link, counted by the detector, stored and counted by the sink', async () => {
    const topics = topicNames(`${uniqueName('longlink')}.`)
    const kafka = createKafka({ brokers: testBrokers(), clientId: uniqueName('longlink'), logger })
    await ensureTopics(kafka, vigilTopicSpecs(topics, 2))
    const producer = await createProducer(kafka, logger)
    cleanups.push(() => producer.close())
    const store = await createTestStore()
    cleanups.push(() => store.close())
    const brands = loadBrands()

    const enricher = await startEnricher({
      kafka,
      producer,
      topics,
      logger,
      nlp: createEnricher({ brands }),
      groupId: uniqueName('longlink-enricher'),
    })
    cleanups.push(() => enricher.stop())
    const detector = await startDetector({
      kafka,
      producer,
      topics,
      logger,
      brands: brands.map((b) => ({ id: b.id, role: b.role, size: b.size, name: b.name })),
      groupId: uniqueName('longlink-detector'),
    })
    cleanups.push(() => detector.stop())
    const crashes: Error[] = []
    const sink = await startSink({
      kafka,
      store,
      topics,
      logger,
      groupId: uniqueName('longlink-sink'),
      registry: createMetricsRegistry(),
      onCrash: (err) => crashes.push(err),
    })
    cleanups.push(() => sink.stop())
    const enriched = await collectTopic(kafka, logger, topics.enriched)
    cleanups.push(() => enriched.stop())

    const link = `https://northwind.example/statement?ref=${'a1b2c3d4e5'.repeat(146)}`
    expect(link.length).toBe(1_500)
    expect(link.length).toBeLessThanOrEqual(LIMITS.urlChars)
    const createdAt = new Date(Math.floor(Date.now() / 60_000) * 60_000 + 5_000).toISOString()
    await producer.sendJson(topics.raw, 'x:long-link', {
      id: 'x:long-link',
      platform: 'x',
      author: { id: 'a-long', handle: '@longlink', followers: 12 },
      text: `Northwind charged me twice, the statement is here: ${link}`,
      url: link,
      createdAt,
    })

    // The enricher writes it with the link whole.
    const record = await waitFor(() => enriched.got[0], { what: 'the enriched mention' })
    const m = JSON.parse(record.value!.toString('utf8')) as EnrichedMention
    expect(m.brands.map((b) => b.brand)).toEqual(['northwind'])
    expect(m.urls).toEqual([link])
    expect(m.url).toBe(link)

    // The detector counts it in northwind's minute and refuses nothing.
    await waitFor(() => detector.stats().observed >= 1, { what: 'the detector to count the mention' })
    expect(detector.stats().deadLettered).toBe(0)

    // The sink stores it once, with its link, and the aggregates count it.
    const rows = await waitFor(
      async () => {
        const r = await recentMentions(store, { ids: ['x:long-link'] })
        return r.length === 1 && r
      },
      { what: 'the mention stored' },
    )
    expect(rows[0]!.url).toBe(link)
    expect(rows[0]!.text).toContain(link)
    const [count] = await countMentionsById(store, ['x:long-link'])
    expect(count).toMatchObject({ final_rows: 1, creates: 1 })
    const minute = new Date(Math.floor(Date.parse(createdAt) / 60_000) * 60_000)
    const volume = await waitFor(
      async () => {
        const pts = await volumeByMinute(store, {
          from: minute.toISOString(),
          to: new Date(minute.getTime() + 60_000).toISOString(),
        })
        return pts.find((p) => p.brand === 'northwind' && p.volume >= 1)
      },
      { what: "northwind's minute counted" },
    )
    expect(volume.volume).toBe(1)
    expect(await listDeadLetters(store, { limit: 10 })).toEqual([])
    expect(enricher.stats.deadLettered).toBe(0)
    expect(crashes).toEqual([])
  })
})
