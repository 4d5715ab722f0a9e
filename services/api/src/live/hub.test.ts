import type { Alert, LiveMetric } from '@vigil/schema'
import { Registry } from 'prom-client'
import { describe, expect, it } from 'vitest'
import { LiveHub, type LiveSocket } from './hub.js'

class FakeSocket implements LiveSocket {
  bufferedAmount = 0
  readyState = 1
  sent: Array<{ type: string; channel?: string; data?: unknown; code?: string }> = []
  closed: { code?: number; reason?: string } | undefined
  send(data: string): void {
    this.sent.push(JSON.parse(data))
  }
  close(code?: number, reason?: string): void {
    this.closed = { code, reason }
    this.readyState = 3
  }
  types(): string[] {
    return this.sent.map((m) => m.type)
  }
}

const alert = (over: Partial<Alert> = {}): Alert => ({
  id: 'northwind:2026-11-23T09:00',
  version: 1,
  brand: 'northwind',
  status: 'open',
  severity: 'high',
  score: 9,
  confidence: 0.8,
  signals: [{ name: 'volume', observed: 120, expected: 20, score: 9 }],
  drivers: { hashtags: ['#appdown'], terms: ['login'], platforms: ['x'], languages: ['en'] },
  sectorWide: false,
  headline: 'Northwind: volume 6x baseline, #appdown',
  openedAt: '2026-11-23T09:00:00.000Z',
  updatedAt: '2026-11-23T09:01:00.000Z',
  resolvedAt: null,
  sampleMentionIds: ['x:1'],
  ...over,
})

const tick = (brand: string, minute: string, volume = 10): LiveMetric => ({
  brand,
  minute,
  volume,
  negative: 2,
  positive: 3,
  complaints: 1,
  meanSentiment: 0.1,
  expectedVolume: 8,
  score: 0.5,
})

const newHub = (over: Partial<ConstructorParameters<typeof LiveHub>[0]> = {}) => {
  const registry = new Registry()
  const hub = new LiveHub({
    brands: ['northwind', 'crest'],
    registry,
    softCapBytes: 1000,
    hardCapBytes: 10_000,
    ...over,
  })
  return { hub, registry }
}

const metricValue = async (registry: Registry, name: string): Promise<number> => {
  const json = await registry.getMetricsAsJSON()
  const m = json.find((x) => x.name === name)
  return (m?.values ?? []).reduce((s, v) => s + v.value, 0)
}

describe('LiveHub', () => {
  it('sends a new subscriber the open alerts and the metric window at once', () => {
    const { hub } = newHub()
    hub.loadAlerts([alert()])
    hub.publishMetrics([
      tick('northwind', '2026-11-23T09:00:00.000Z'),
      tick('crest', '2026-11-23T09:00:00.000Z'),
    ])
    const s = new FakeSocket()
    hub.addClient(s)
    expect(hub.subscribe(s, ['alerts', 'metrics'])).toEqual({ ok: true, channels: ['alerts', 'metrics'] })
    expect(s.sent[0]).toMatchObject({ type: 'snapshot', channel: 'alerts', data: [{ id: alert().id }] })
    expect(s.sent[1]).toMatchObject({ type: 'snapshot', channel: 'metrics' })
    expect((s.sent[1]?.data as LiveMetric[]).map((t) => t.brand)).toEqual(['crest', 'northwind'])
  })

  it('pushes alerts to alert subscribers only, and ignores stale versions', () => {
    const { hub } = newHub()
    const a = new FakeSocket()
    const m = new FakeSocket()
    hub.addClient(a)
    hub.addClient(m)
    hub.subscribe(a, ['alerts'])
    hub.subscribe(m, ['metrics'])
    expect(hub.publishAlert(alert({ version: 2 }))).toBe(true)
    expect(hub.publishAlert(alert({ version: 1, status: 'open' }))).toBe(false)
    expect(a.types()).toEqual(['snapshot', 'alert'])
    expect(m.types()).toEqual(['snapshot'])
  })

  it('keeps an acknowledgement when an older version arrives late, and forgets resolved alerts', () => {
    const { hub } = newHub()
    hub.publishAlert(alert({ version: 3, status: 'acknowledged' }))
    hub.publishAlert(alert({ version: 2, status: 'escalating' }))
    expect(hub.snapshot('alerts')).toMatchObject([{ status: 'acknowledged', version: 3 }])
    hub.publishAlert(alert({ version: 4, status: 'resolved' }))
    hub.publishAlert(alert({ version: 3, status: 'open' }))
    expect(hub.snapshot('alerts')).toEqual([])
  })

  it('filters per-brand channels and rejects unknown ones', () => {
    const { hub } = newHub()
    const s = new FakeSocket()
    hub.addClient(s)
    expect(hub.subscribe(s, ['metrics:acme'])).toEqual({
      ok: false,
      code: 'VIGIL_ERR_WS_UNKNOWN_CHANNEL',
      channel: 'metrics:acme',
    })
    hub.subscribe(s, ['metrics:crest'])
    hub.publishMetrics([
      tick('northwind', '2026-11-23T09:00:00.000Z'),
      tick('crest', '2026-11-23T09:00:00.000Z'),
    ])
    const last = s.sent.at(-1)
    expect(last).toMatchObject({ type: 'metrics', channel: 'metrics:crest' })
    expect((last?.data as LiveMetric[]).map((t) => t.brand)).toEqual(['crest'])
  })

  it('replaces a re-published minute and drops minutes that left the window', () => {
    const { hub } = newHub({ windowMinutes: 2 })
    hub.publishMetrics([tick('crest', '2026-11-23T09:00:00.000Z', 1)])
    hub.publishMetrics([tick('crest', '2026-11-23T09:00:00.000Z', 5)])
    hub.publishMetrics([tick('crest', '2026-11-23T09:01:00.000Z', 6)])
    expect((hub.snapshot('metrics') as LiveMetric[]).map((t) => t.volume)).toEqual([5, 6])
    hub.publishMetrics([tick('crest', '2026-11-23T09:02:00.000Z', 7)])
    expect((hub.snapshot('metrics') as LiveMetric[]).map((t) => t.minute)).toEqual([
      '2026-11-23T09:01:00.000Z',
      '2026-11-23T09:02:00.000Z',
    ])
  })

  it('drops ticks for a slow client but still delivers alerts, then resyncs it with a snapshot', async () => {
    const { hub, registry } = newHub()
    const s = new FakeSocket()
    hub.addClient(s)
    hub.subscribe(s, ['alerts', 'metrics'])
    s.bufferedAmount = 5000
    hub.publishMetrics([tick('crest', '2026-11-23T09:00:00.000Z')])
    hub.publishMetrics([tick('northwind', '2026-11-23T09:00:00.000Z')])
    hub.publishAlert(alert())
    expect(s.types()).toEqual(['snapshot', 'snapshot', 'alert'])
    expect(await metricValue(registry, 'vigil_api_ws_dropped_messages_total')).toBe(2)

    s.bufferedAmount = 0
    hub.publishMetrics([tick('crest', '2026-11-23T09:01:00.000Z')])
    const resync = s.sent.at(-1)
    expect(resync).toMatchObject({ type: 'snapshot', channel: 'metrics' })
    expect((resync?.data as LiveMetric[]).length).toBe(3)
    hub.publishMetrics([tick('crest', '2026-11-23T09:02:00.000Z')])
    expect(s.sent.at(-1)).toMatchObject({ type: 'metrics' })
  })

  it('disconnects a client over the hard cap, and one that stays over the soft cap', async () => {
    const { hub, registry } = newHub({ maxConsecutiveDrops: 3 })
    const huge = new FakeSocket()
    const slow = new FakeSocket()
    for (const s of [huge, slow]) {
      hub.addClient(s)
      hub.subscribe(s, ['metrics'])
    }
    huge.bufferedAmount = 20_000
    slow.bufferedAmount = 5000
    for (let i = 0; i < 4; i++) hub.publishMetrics([tick('crest', `2026-11-23T09:0${i}:00.000Z`)])
    expect(huge.closed?.code).toBe(1013)
    expect(slow.closed?.code).toBe(1013)
    expect(hub.clientCount).toBe(0)
    expect(await metricValue(registry, 'vigil_api_ws_clients')).toBe(0)
    expect(await metricValue(registry, 'vigil_api_ws_slow_disconnects_total')).toBe(2)
  })

  it('never sends to a closed socket', () => {
    const { hub } = newHub()
    const s = new FakeSocket()
    hub.addClient(s)
    hub.subscribe(s, ['alerts'])
    s.readyState = 3
    hub.publishAlert(alert())
    expect(s.types()).toEqual(['snapshot'])
  })
})

describe('sticky acknowledgements', () => {
  it('keeps an alert acknowledged through later detector updates until it gets worse or resolves', () => {
    const { hub } = newHub()
    const s = new FakeSocket()
    hub.addClient(s)
    hub.subscribe(s, ['alerts'])
    hub.publishAlert(alert({ version: 1, severity: 'high' }))
    hub.publishAlert(alert({ version: 2, severity: 'high', status: 'acknowledged' }))
    hub.publishAlert(alert({ version: 3, severity: 'medium', status: 'escalating' }))
    expect(hub.alert(alert().id)).toMatchObject({ version: 3, status: 'acknowledged', severity: 'medium' })
    expect(s.sent.at(-1)?.data).toMatchObject({ version: 3, status: 'acknowledged' })

    hub.publishAlert(alert({ version: 4, severity: 'critical', status: 'escalating' }))
    expect(hub.alert(alert().id)).toMatchObject({ status: 'escalating', severity: 'critical' })
    hub.publishAlert(alert({ version: 5, severity: 'critical', status: 'escalating' }))
    expect(hub.alert(alert().id)?.status).toBe('escalating')
  })

  it('carries who acknowledged, and when, onto the detector’s later versions and the resolution', () => {
    const { hub } = newHub()
    const at = '2026-11-23T10:04:00.000Z'
    hub.publishAlert(alert({ version: 1, severity: 'high' }))
    hub.publishAlert(
      alert({
        version: 2,
        severity: 'high',
        status: 'acknowledged',
        acknowledgedBy: 'duty',
        acknowledgedAt: at,
      }),
    )
    // The detector marks its own next version acknowledged but cannot know by whom.
    hub.publishAlert(alert({ version: 3, severity: 'high', status: 'acknowledged' }))
    expect(hub.alert(alert().id)).toMatchObject({ version: 3, acknowledgedBy: 'duty', acknowledgedAt: at })
    hub.publishAlert(alert({ version: 4, severity: 'medium', status: 'open' }))
    expect(hub.alert(alert().id)).toMatchObject({ status: 'acknowledged', acknowledgedBy: 'duty' })
    const resolved = alert({ version: 5, status: 'resolved', resolvedAt: '2026-11-23T10:30:00.000Z' })
    hub.publishAlert(resolved)
    expect(hub.snapshot('alerts')).toEqual([])
  })
})
