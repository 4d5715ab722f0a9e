/**
 * The acknowledgement race, on the real broker and a real chDB store: the api used to publish
 * an acknowledgement on `alerts` as "the latest version it saw + 1" while the detector could
 * publish that same version with its own update; the alerts table (ReplacingMergeTree on
 * version) then kept one of the two at random, and the ack could vanish until the next update.
 * Now the api only asks (alerts.feedback) and the detector publishes every version.
 *
 * Here the real detector, sink and api (startApi: the ack route's Kafka wiring as in
 * production) run in this process. Three banks surge; each incident is acknowledged through
 * the api at the very moment the detector is handed the minutes that update it. Afterwards no
 * version of any alert was published twice, the stored and served alert is acknowledged by the
 * operator who asked, later updates keep it so, and so does a restarted detector.
 */
import type { BusProducer, InboundRecord } from '@vigil/bus'
import { createLogger, loadBrands } from '@vigil/config'
import { rng } from '@vigil/detect'
import { type DetectorHandle, sendChunked, startDetector } from '@vigil/detector'
import type { Alert, Topics } from '@vigil/schema'
import { startSink } from '@vigil/sink'
import type { Store } from '@vigil/store'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApi } from '../support/api-run.js'
import { type BusStore, openBusStore } from '../support/bus-store.js'
import { collectTopic } from '../support/collect.js'
import { uniqueName } from '../support/kafka.js'
import { STREAM_START_MS } from '../support/stream-start.js'
import { surgeMinuteRecords } from '../support/surge-minute.js'
import { waitFor } from '../support/wait.js'

const logger = createLogger('ack-race-test', process.env.TEST_LOG_LEVEL ?? 'warn')
const MIN = 60_000
const BRANDS = loadBrands().slice(0, 3)
const SURGING = BRANDS.map((b) => b.id)
const run = uniqueName('ack-race')
const TOKEN = `${run}-secret`
const json = <T>(r: InboundRecord) => JSON.parse(r.value!.toString('utf8')) as T

/** One event-time minute as the enricher writes it (keyed by brand); 30 complaints per surging brand. */
function minuteRecords(r: ReturnType<typeof rng>, t: number, surging: readonly string[]) {
  return surgeMinuteRecords(r, t, BRANDS, surging, run)
}

describe('acknowledgement and a concurrent detector update', () => {
  let kafka: BusStore['kafka']
  let producer: BusProducer
  let topics: Topics
  let store: Store
  let apiUrl: string
  const stops: Array<() => Promise<void>> = []
  let detector: DetectorHandle | undefined
  const groupId = `${run}-detector`
  const startDet = () =>
    startDetector({
      kafka,
      producer,
      topics,
      logger,
      brands: BRANDS.map((b) => ({ id: b.id, role: b.role, size: b.size })),
      groupId,
    })

  beforeAll(async () => {
    const bus = await openBusStore(run, { logger, partitions: 2 })
    stops.push(() => bus.close())
    ;({ kafka, producer, store, topics } = bus)
    const sink = await startSink({ kafka, store, topics, logger, groupId: `${run}-sink` })
    stops.push(() => sink.stop())
    const api = await startTestApi(bus, {
      env: { API_TOKENS: `ops:operator:${TOKEN}` },
      logger,
      brands: BRANDS,
    })
    apiUrl = api.url
    stops.push(() => api.stop())
  })

  afterAll(async () => {
    await detector?.stop()
    for (const stop of stops.reverse()) await stop()
  })

  it('never loses the acknowledgement: one writer, no version twice, acknowledged in the store and after a restart', async () => {
    // Older than the live window: only events close minutes, so the test says when updates happen.
    // A fixed start (tests/support/stream-start.ts), so every run decides alike: from
    // `now − 70 min` no start minute of a day broke this test offline, but quiet minutes came
    // within 0.65 of the opening bar. Here every surge opens at 28.7 or more (bar 5), quiet
    // minutes stay under 0.8 and minutes 43-49 keep one severity, below the peak.
    const t0 = STREAM_START_MS
    const r = rng(29)
    const minute = (m: number, surge: boolean) => minuteRecords(r, t0 + m * MIN, surge ? SURGING : [])
    const alerts = await collectTopic(kafka, logger, topics.alerts)
    stops.push(() => alerts.stop())
    const all = () => alerts.got.map((x) => json<Alert>(x))
    const newest = (id: string) =>
      all()
        .filter((a) => a.id === id)
        .sort((a, b) => b.version - a.version)[0]
    detector = await startDet()
    // An update for minute m says updatedAt = the end of m; m closes once m + 1's events arrive.
    const scoredThrough = (m: number) =>
      opened.length > 0 &&
      opened.every((a) => Date.parse(newest(a.id)?.updatedAt ?? '') >= t0 + (m + 1) * MIN)
    let opened: Alert[] = []

    // 40 quiet minutes, a surge of three, then calm: acknowledged after the peak, so no later
    // (calmer) update may rightly call the operator back.
    await sendChunked(
      producer,
      topics.enriched,
      Array.from({ length: 40 }, (_, m) => minute(m, false)).flat(),
    )
    await sendChunked(
      producer,
      topics.enriched,
      [40, 41, 42].flatMap((m) => minute(m, true)),
    )
    await sendChunked(
      producer,
      topics.enriched,
      [43, 44].flatMap((m) => minute(m, false)),
    )
    opened = await waitFor(
      () => {
        const v1 = all().filter((a) => a.version === 1)
        return SURGING.every((b) => v1.some((a) => a.brand === b)) && v1
      },
      { what: 'an incident for every surging bank', timeoutMs: 90_000 },
    )
    await waitFor(() => scoredThrough(43), { what: 'minute 43 scored for every incident', timeoutMs: 90_000 })
    // The api must know each alert (stored by the sink) before it can be acknowledged.
    const auth = { authorization: `Bearer ${TOKEN}` }
    const get = async (id: string) => {
      const res = await fetch(`${apiUrl}/api/alerts/${encodeURIComponent(id)}`, { headers: auth })
      return res.ok ? ((await res.json()) as { alert: Alert }).alert : null
    }
    for (const a of opened)
      await waitFor(async () => (await get(a.id)) !== null, { what: `${a.id} served`, timeoutMs: 60_000 })

    // The race: the minutes that make the detector update every incident twice, and the acks, at once.
    const [, ...answers] = await Promise.all([
      sendChunked(
        producer,
        topics.enriched,
        [45, 46].flatMap((m) => minute(m, false)),
      ),
      ...opened.map((a) =>
        fetch(`${apiUrl}/api/alerts/${encodeURIComponent(a.id)}/ack`, { method: 'POST', headers: auth }),
      ),
    ])
    // Answered at once: pending, the version as it stood.
    for (const res of answers) expect(res!.status).toBe(202)
    await sendChunked(
      producer,
      topics.enriched,
      [47, 48].flatMap((m) => minute(m, false)),
    )
    await waitFor(() => scoredThrough(47), { what: 'minute 47 scored for every incident', timeoutMs: 90_000 })

    for (const a of opened) {
      const versions = all().filter((x) => x.id === a.id)
      // One writer: every version published once (the old race published one number twice).
      expect(new Set(versions.map((x) => x.version)).size, a.id).toBe(versions.length)
      const ack = versions.find((x) => x.status === 'acknowledged')
      expect(ack, a.id).toMatchObject({ acknowledgedBy: 'ops' })
      // Every version after it keeps it: the minutes since are calmer than the peak.
      const later = versions.filter((x) => x.version > ack!.version)
      expect(later.length, a.id).toBeGreaterThan(0)
      expect(later.map((x) => x.status)).toEqual(later.map(() => 'acknowledged'))
      // Stored (ReplacingMergeTree on version) and served by the api: the newest, acknowledged.
      const top = newest(a.id)!
      const served = await waitFor(
        async () => {
          const got = await get(a.id)
          return got?.version === top.version && got
        },
        { what: `the newest version of ${a.id} stored and served`, timeoutMs: 60_000 },
      )
      expect(served).toMatchObject({ status: 'acknowledged', acknowledgedBy: 'ops' })
    }

    // A restarted detector resumes from its checkpoints: its next updates are still acknowledged.
    await detector.stop()
    detector = await startDet()
    const before = new Map(opened.map((a) => [a.id, newest(a.id)!.version]))
    await sendChunked(
      producer,
      topics.enriched,
      [49, 50].flatMap((m) => minute(m, false)),
    )
    const afterRestart = await waitFor(
      () => {
        const next = opened.map((a) => newest(a.id)!)
        return next.every((x) => x.version > before.get(x.id)!) && next
      },
      { what: 'an update of every incident from the restarted detector', timeoutMs: 90_000 },
    )
    for (const a of afterRestart)
      expect(a, a.id).toMatchObject({ status: 'acknowledged', acknowledgedBy: 'ops' })
  }, 300_000)
})
