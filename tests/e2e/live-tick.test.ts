/**
 * The wall moves with a mention, not after its minute closes. On the real broker: the real
 * detector (its clock held inside one minute, so that minute cannot close while the test runs)
 * and the real api (startApi: its live feed from Kafka, the hub, the WebSocket route) in this
 * process, and a WebSocket client subscribed to one brand as the wall is. A mention produced to
 * mentions.enriched must reach the client as that minute's figure while the minute is open;
 * a second mention raises it; and a burst is coalesced into a few ticks, not one per mention.
 */
import type { BusProducer } from '@vigil/bus'
import { createLogger, loadBrands } from '@vigil/config'
import { synthMention } from '@vigil/detect'
import { type DetectorHandle, startDetector } from '@vigil/detector'
import type { LiveMetric, Topics } from '@vigil/schema'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { startTestApi } from '../support/api-run.js'
import { openBusStore } from '../support/bus-store.js'
import { uniqueName } from '../support/kafka.js'
import { waitFor } from '../support/wait.js'

const logger = createLogger('live-tick-test', process.env.TEST_LOG_LEVEL ?? 'warn')
const MIN = 60_000
const BRANDS = loadBrands().slice(0, 2)
const BRAND = BRANDS[0]!.id
const run = uniqueName('live-tick')

describe('live tick of a mention on the wall', () => {
  let producer: BusProducer
  let topics: Topics
  let detector: DetectorHandle
  let ws: WebSocket
  const stops: Array<() => Promise<void>> = []
  // The detector's clock: from 1 s into a minute at the real pace, held at its last second, so
  // the minute cannot close (that needs the clock past its end and the allowed lateness).
  const minuteStart = Math.floor(Date.now() / MIN) * MIN
  const started = Date.now()
  const clock = () => minuteStart + Math.min(1_000 + Date.now() - started, MIN - 1)
  const ticks: LiveMetric[] = []

  beforeAll(async () => {
    const bus = await openBusStore(run, { logger, partitions: 2 })
    stops.push(() => bus.close())
    const { kafka } = bus
    ;({ producer, topics } = bus)
    const api = await startTestApi(bus, { env: { VIGIL_OPEN_DEMO: '1' }, logger, brands: BRANDS })
    stops.push(() => api.stop())
    detector = await startDetector({
      kafka,
      producer,
      topics,
      logger,
      brands: BRANDS.map((b) => ({ id: b.id, role: b.role, size: b.size })),
      groupId: `${run}-detector`,
      now: clock,
    })
    stops.push(() => detector.stop())
    ws = new WebSocket(`${api.url.replace(/^http/, 'ws')}/ws`)
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject))
    ws.on('message', (raw: Buffer) => {
      const msg = JSON.parse(raw.toString()) as { type: string; data?: unknown }
      if (msg.type === 'metrics') ticks.push(...(msg.data as LiveMetric[]))
    })
    ws.send(JSON.stringify({ type: 'subscribe', channels: [`metrics:${BRAND}`] }))
  })

  afterAll(async () => {
    ws?.terminate()
    for (const stop of stops.reverse()) await stop()
  })

  const minuteIso = new Date(minuteStart).toISOString()
  const shown = () => ticks.filter((t) => t.brand === BRAND && t.minute === minuteIso).at(-1)?.volume ?? 0
  const mention = (i: number) =>
    synthMention(
      minuteStart + 500 + i,
      { brand: BRAND, label: 'negative', intent: 'complaint' },
      `x:${run}-${i}`,
    )
  const send = (from: number, n: number) =>
    producer.send(
      topics.enriched,
      Array.from({ length: n }, (_, k) => {
        const m = mention(from + k)
        return { key: BRAND, value: JSON.stringify(m) }
      }),
    )

  it("shows a mention's figure while its minute is still open, and the next mention raises it", async () => {
    await send(0, 1)
    await waitFor(() => shown() === 1, { what: 'the open minute showing 1 mention', timeoutMs: 60_000 })
    // The detector's clock never left the minute: no minute was closed and scored, so this is
    // the running figure of the open minute.
    expect(detector.stats().metrics).toBe(0)
    await send(1, 1)
    await waitFor(() => shown() === 2, { what: 'the open minute showing 2 mentions' })
  })

  it('coalesces a burst: 300 mentions reach the wall as a few ticks, the last one counting all', async () => {
    const before = ticks.length
    const t0 = Date.now()
    await send(2, 300)
    await waitFor(() => shown() === 302, { what: 'the open minute showing 302 mentions' })
    const during = ticks.slice(before).filter((t) => t.brand === BRAND)
    // Per brand at most one tick every 250 ms (the detector's default) whatever the rate, not
    // one per mention: bounded by the time the burst took, however slow the machine.
    expect(during.length).toBeLessThanOrEqual(Math.ceil((Date.now() - t0) / 250) + 1)
    expect(during.length).toBeLessThan(300)
    expect(detector.stats().metrics).toBe(0)
  })
})
