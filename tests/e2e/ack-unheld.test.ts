/**
 * An acknowledgement for an incident the owning detector does not hold, on the real broker and
 * a real chDB store with the real detector, sink and api (startApi, its ack route's Kafka
 * wiring as in production). The api answers 202 "pending" and the detector applies the request;
 * it used to drop it without a word when it held nothing under that alert id, so the wall kept
 * showing the alert open with the operator's acknowledgement pending for ever:
 *
 *  1. State not loaded: the detector restarted and the brand has been quiet since, so its
 *     state (with the incident) is still only in its checkpoint.
 *  2. Not held at all: an alert is on the wall but no detector state has the incident (its
 *     publisher crashed before checkpointing it, or it closed without a resolved version).
 *
 * Both fail (time out) before services/detector's unheld-ack handling.
 */
import { apiConfig, startApi } from '@vigil/api'
import {
  type BusProducer,
  createKafka,
  createMetricsRegistry,
  createProducer,
  ensureTopics,
  vigilTopicSpecs,
} from '@vigil/bus'
import { createLogger, loadBrands } from '@vigil/config'
import { ordinaryMinute, rng, synthMention } from '@vigil/detect'
import { type DetectorHandle, startDetector } from '@vigil/detector'
import { type Alert, brandPlacement, type EnrichedMention, type Topics, topicNames } from '@vigil/schema'
import { startSink } from '@vigil/sink'
import type { Store } from '@vigil/store'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestStore } from '../support/clickhouse.js'
import { collectTopic, recordJson } from '../support/collect.js'
import { testBrokers, uniqueName } from '../support/kafka.js'
import { waitFor } from '../support/wait.js'

const logger = createLogger('ack-unheld-test', process.env.TEST_LOG_LEVEL ?? 'warn')
const MIN = 60_000
const PARTITIONS = 2
const BRANDS = loadBrands().slice(0, 3)
const SURGING = BRANDS[0]!.id
const QUIET = BRANDS[1]!.id
const run = uniqueName('ack-unheld')
const TOKEN = `${run}-secret`
const auth = { authorization: `Bearer ${TOKEN}` }
const place = brandPlacement(BRANDS, PARTITIONS)

/** One event-time minute as the enricher writes it: keyed by brand, placed as it places them. */
function minuteRecords(r: ReturnType<typeof rng>, t: number, surge: boolean) {
  const out: EnrichedMention[] = []
  for (const b of BRANDS) out.push(...ordinaryMinute(r, b.id, t, b.size === 'large' ? 25 : 8))
  if (surge) {
    for (let i = 0; i < 30; i++) {
      out.push(
        synthMention(
          t + i * 2000,
          { brand: SURGING, label: 'negative', intent: 'complaint', hashtags: [`#${SURGING}down`] },
          `x:${run}-${t}-${i}`,
        ),
      )
    }
  }
  return out
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .map((x) => {
      const key = x.brands[0]!.brand
      return { key, value: JSON.stringify(x), partition: place(key) }
    })
}

describe('an acknowledgement the owning detector does not hold', () => {
  let kafka: ReturnType<typeof createKafka>
  let producer: BusProducer
  let topics: Topics
  let store: Store
  let apiUrl: string
  let detector: DetectorHandle | undefined
  const stops: Array<() => Promise<void>> = []
  const startDet = () =>
    startDetector({
      kafka,
      producer,
      topics,
      logger,
      brands: BRANDS.map((b) => ({ id: b.id, role: b.role, size: b.size })),
      groupId: `${run}-detector`,
    })
  const get = async (id: string) => {
    const res = await fetch(`${apiUrl}/api/alerts/${encodeURIComponent(id)}`, { headers: auth })
    return res.ok ? ((await res.json()) as { alert: Alert }).alert : null
  }
  const ack = (id: string) =>
    fetch(`${apiUrl}/api/alerts/${encodeURIComponent(id)}/ack`, { method: 'POST', headers: auth })

  beforeAll(async () => {
    kafka = createKafka({ brokers: testBrokers(), clientId: run, logger })
    topics = topicNames(`${run}.`)
    await ensureTopics(kafka, vigilTopicSpecs(topics, PARTITIONS))
    producer = await createProducer(kafka, logger)
    stops.push(() => producer.close())
    store = await createTestStore()
    const sink = await startSink({ kafka, store, topics, logger, groupId: `${run}-sink` })
    stops.push(() => sink.stop())
    const api = await startApi({
      cfg: apiConfig({ API_PORT: '0', API_TOKENS: `ops:operator:${TOKEN}` }),
      store,
      kafka,
      topics,
      logger,
      registry: createMetricsRegistry(),
      brands: BRANDS,
    })
    apiUrl = api.url
    stops.push(async () => {
      for (const step of api.stopSteps) await step()
    })
  })

  afterAll(async () => {
    await detector?.stop()
    for (const stop of stops.reverse()) await stop()
    await store?.close()
  })

  it('lands after a restart while the brand is quiet, and closes an incident no state holds, naming the operator', async () => {
    const alerts = await collectTopic(kafka, logger, topics.alerts)
    stops.push(() => alerts.stop())
    const versions = (id: string) => alerts.got.map((x) => recordJson<Alert>(x)).filter((a) => a.id === id)
    // Older than the live window: only events close minutes, so nothing changes while we wait.
    const t0 = Math.floor((Date.now() - 70 * MIN) / MIN) * MIN
    const r = rng(31)
    detector = await startDet()
    const minutes = (from: number, to: number, surge: boolean) =>
      Array.from({ length: to - from }, (_, k) => minuteRecords(r, t0 + (from + k) * MIN, surge)).flat()
    await producer.send(topics.enriched, minutes(0, 40, false))
    await producer.send(topics.enriched, minutes(40, 43, true))
    await producer.send(topics.enriched, minutes(43, 45, false))
    const opened = await waitFor(
      () =>
        alerts.got.map((x) => recordJson<Alert>(x)).find((a) => a.brand === SURGING && a.status === 'open'),
      { what: `an incident for ${SURGING}`, timeoutMs: 90_000 },
    )
    await waitFor(async () => (await get(opened.id)) !== null, {
      what: `${opened.id} served`,
      timeoutMs: 60_000,
    })

    // 1. The detector restarts (its last checkpoint holds the incident); no record of the brand
    // comes after, so the new one has not resumed it when the operator acknowledges.
    await detector.stop()
    detector = await startDet()
    const res = await ack(opened.id)
    expect(res.status).toBe(202)
    const served = await waitFor(
      async () => {
        const a = await get(opened.id)
        return a?.status === 'acknowledged' && a
      },
      { what: `${opened.id} acknowledged after the restart`, timeoutMs: 60_000 },
    )
    expect(served).toMatchObject({ acknowledgedBy: 'ops' })
    // Written by the detector, each version once.
    const mine = versions(opened.id)
    expect(new Set(mine.map((a) => a.version)).size).toBe(mine.length)

    // 2. An alert on the wall whose incident no detector state holds (its publisher crashed
    // before checkpointing it): the owner closes it from the version the operator saw.
    const orphan: Alert = {
      ...served,
      id: `${QUIET}-${new Date(t0 + 50 * MIN).toISOString()}`,
      brand: QUIET,
      version: 3,
      status: 'open',
      openedAt: new Date(t0 + 50 * MIN).toISOString(),
      updatedAt: new Date(t0 + 52 * MIN).toISOString(),
      resolvedAt: null,
    }
    delete orphan.acknowledgedBy
    delete orphan.acknowledgedAt
    await producer.send(topics.alerts, [{ key: QUIET, value: JSON.stringify(orphan) }])
    await waitFor(async () => (await get(orphan.id))?.status === 'open', {
      what: `${orphan.id} served open`,
      timeoutMs: 60_000,
    })
    expect((await ack(orphan.id)).status).toBe(202)
    const closed = await waitFor(
      async () => {
        const a = await get(orphan.id)
        return a?.status === 'resolved' && a
      },
      { what: `${orphan.id} closed by its acknowledgement`, timeoutMs: 60_000 },
    )
    expect(closed).toMatchObject({ version: 4, acknowledgedBy: 'ops', brand: QUIET })
    expect(closed.resolvedAt).not.toBeNull()
    // Answered clearly from now on: a second acknowledgement is refused as resolved.
    expect((await ack(orphan.id)).status).toBe(409)
  }, 300_000)
})
