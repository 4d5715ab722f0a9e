/**
 * The care inbox on the demo generator's own stream: its care accounts reply to complaints the
 * way the connectors represent replies (`inReplyTo` = the customer's post, author = the bank's
 * account from the brands file), the real enricher classifies every post, and the api's inbox
 * and metrics must agree with what the generated data says was answered. No Kafka: the stream
 * goes straight from the generator through the enricher into a real store.
 */
import { createMetricsRegistry } from '@vigil/bus'
import { createLogger, loadBrands } from '@vigil/config'
import { createEnricher } from '@vigil/nlp'
import type { EnrichedMention } from '@vigil/schema'
import { insertMentions, type Store } from '@vigil/store'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp, LiveHub } from '../../services/api/src/index.js'
import { MentionGenerator } from '../../services/ingest/src/generator/index.js'
import { createTestStore } from '../support/clickhouse.js'

const START = Date.parse('2026-11-23T08:00:00.000Z')
const END = START + 3 * 3_600_000
const brands = loadBrands()

describe('care inbox over the generator’s stream', () => {
  let store: Store
  let app: Awaited<ReturnType<typeof buildApp>>
  let enriched: EnrichedMention[]

  beforeAll(async () => {
    const generator = new MentionGenerator({ brands, seed: 13, startMs: START, careReplyShare: 0.5 })
    const enricher = createEnricher({ brands })
    enriched = generator.generateUntil(END).map((m) => enricher.enrich(m, m.receivedAt))
    store = await createTestStore()
    await insertMentions(store, enriched)
    const registry = createMetricsRegistry()
    app = await buildApp({
      store,
      hub: new LiveHub({ brands: brands.map((b) => b.id), registry }),
      logger: createLogger('care-replies-test', 'silent'),
      registry,
      brands,
      now: () => new Date(END),
    })
    await app.ready()
  }, 180_000)

  afterAll(async () => {
    await app?.close()
    await store?.close()
  })

  it('answers exactly the complaints and questions our care account replied to, with their first-response times', async () => {
    // Truth from the generated data: our bank's work items and the replies by its care account.
    const ownCare = brands.find((b) => b.role === 'own')!
    const items = enriched.filter(
      (m) =>
        m.event === 'create' &&
        !m.author.isBrandAccount &&
        m.platform !== 'news' &&
        (m.intent === 'complaint' || m.intent === 'question') &&
        m.brands.some((b) => b.brand === ownCare.id),
    )
    const firstReply = new Map<string, number>()
    for (const r of enriched) {
      if (r.inReplyTo === null || !ownCare.handles.includes(r.author.handle)) continue
      const t = Date.parse(r.createdAt)
      firstReply.set(r.inReplyTo, Math.min(firstReply.get(r.inReplyTo) ?? t, t))
    }
    const answered = items.filter((m) => firstReply.has(m.id))
    expect(items.length).toBeGreaterThan(20)
    expect(answered.length).toBeGreaterThan(5)

    const metrics = (await app.inject('/api/care/metrics?hours=24')).json()
    expect(metrics.overall).toMatchObject({ asked: items.length, answered: answered.length })
    const minutes = answered
      .map((m) => (firstReply.get(m.id)! - Date.parse(m.createdAt)) / 60_000)
      .sort((a, b) => a - b)
    const median =
      minutes.length % 2 === 1
        ? minutes[(minutes.length - 1) / 2]!
        : (minutes[minutes.length / 2 - 1]! + minutes[minutes.length / 2]!) / 2
    // The store counts whole seconds.
    expect(Math.abs(metrics.overall.medianMinutes - median)).toBeLessThan(1 / 60)

    const open = (await app.inject('/api/care/inbox?hours=24&limit=1')).json()
    expect(open.backlog.open).toBe(items.length - answered.length)
    // Every answered item, page by page: answered by our care account, at the generated time.
    const closed: Array<{ id: string; replyBy: string; firstReplyAt: string }> = []
    let cursor: string | null = ''
    while (cursor !== null) {
      const after: string = cursor === '' ? '' : `&cursor=${encodeURIComponent(cursor)}`
      const page = (await app.inject(`/api/care/inbox?status=closed&hours=24&limit=40${after}`)).json()
      closed.push(...page.items)
      cursor = page.nextCursor
    }
    expect(closed.map((i) => i.id).sort()).toEqual(answered.map((m) => m.id).sort())
    for (const i of closed) {
      expect(ownCare.handles).toContain(i.replyBy)
      expect(Date.parse(i.firstReplyAt)).toBe(firstReply.get(i.id))
    }
  })

  it('competitors’ care accounts answer competitors’ customers, never ours', async () => {
    const comp = (await app.inject('/api/care/inbox?view=competitors&status=all&limit=200&hours=24')).json()
    const own = brands.filter((b) => b.role === 'own').map((b) => b.id)
    for (const i of comp.items as Array<{ brands: string[]; replyBy: string | null }>) {
      expect(i.brands.some((b) => own.includes(b))).toBe(false)
      if (i.replyBy !== null) {
        const answerer = brands.find((b) => b.handles.includes(i.replyBy!))
        expect(answerer && i.brands.includes(answerer.id)).toBe(true)
      }
    }
    expect(comp.backlog.answered).toBeGreaterThan(0)
  })
})
