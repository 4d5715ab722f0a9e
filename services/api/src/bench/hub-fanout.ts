/**
 * Hub fan-out benchmark: how many metric ticks per second one api process can push to N
 * wall screens, with a share of slow clients whose ticks are dropped. Prints figures; asserts
 * nothing. Run: `pnpm exec tsc -b && node services/api/dist/bench/hub-fanout.js [clients] [ticks]`
 */
import type { LiveMetric } from '@vigil/schema'
import { Registry } from 'prom-client'
import { LiveHub, type LiveSocket } from '../live/hub.js'

const clients = Number(process.argv[2] ?? 1000)
const ticks = Number(process.argv[3] ?? 2000)
const slowShare = 0.1
const brands = ['northwind', 'crest', 'havenbank', 'lotus', 'alnoor']

class CountingSocket implements LiveSocket {
  readyState = 1
  bytes = 0
  messages = 0
  constructor(public bufferedAmount: number) {}
  send(data: string): void {
    this.bytes += data.length
    this.messages++
  }
  close(): void {
    this.readyState = 3
  }
}

const registry = new Registry()
const hub = new LiveHub({ brands, registry, maxConsecutiveDrops: Number.POSITIVE_INFINITY })
const sockets: CountingSocket[] = []
for (let i = 0; i < clients; i++) {
  // Slow clients sit between the soft and the hard cap: they stay connected and lose ticks.
  const s = new CountingSocket(i < clients * slowShare ? 1024 * 1024 : 0)
  sockets.push(s)
  hub.addClient(s)
  hub.subscribe(s, ['alerts', 'metrics'])
}

const start = process.hrtime.bigint()
for (let t = 0; t < ticks; t++) {
  const minute = new Date(Date.UTC(2026, 10, 23, 0, Math.floor(t / 10))).toISOString()
  const batch: LiveMetric[] = brands.map((brand) => ({
    brand,
    minute,
    volume: 50 + t,
    negative: 10,
    positive: 20,
    complaints: 5,
    meanSentiment: 0.1,
    expectedVolume: 48,
    score: 0.4,
  }))
  hub.publishMetrics(batch)
}
const ms = Number(process.hrtime.bigint() - start) / 1e6
const sent = sockets.reduce((s, x) => s + x.messages, 0)
const bytes = sockets.reduce((s, x) => s + x.bytes, 0)
const dropped = (await registry.getSingleMetric('vigil_api_ws_dropped_messages_total')?.get())?.values.reduce(
  (s, v) => s + v.value,
  0,
)
console.log(
  JSON.stringify({
    bench: 'hub_fanout',
    clients,
    slow_clients: Math.floor(clients * slowShare),
    ticks,
    elapsed_ms: Math.round(ms),
    ticks_per_s: Math.round((ticks / ms) * 1000),
    messages_sent: sent,
    messages_per_s: Math.round((sent / ms) * 1000),
    mb_sent: Math.round(bytes / 1e5) / 10,
    ticks_dropped_for_slow_clients: dropped,
  }),
)
