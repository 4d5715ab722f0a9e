import type { Alert, LiveMetric } from '@vigil/schema'
import { Counter, Gauge, type Registry } from 'prom-client'
import { type ApiErrorCode, errorBody } from '../errors.js'
import { AlertBook, MetricWindow } from './state.js'

/** The part of a `ws` WebSocket the hub uses, so unit tests can pass a plain object. */
export interface LiveSocket {
  readonly bufferedAmount: number
  readonly readyState: number
  send(data: string): void
  close(code?: number, reason?: string): void
}

const OPEN = 1
/** 1013 "try again later": the client is too slow; it reconnects and gets a fresh snapshot. */
const CLOSE_SLOW = 1013

export interface HubOptions {
  /** Known brand ids; `metrics:<brand>` channels exist only for these. */
  brands: string[]
  registry: Registry
  /** Minutes of per-brand metrics kept for the snapshot. */
  windowMinutes?: number
  /** Above this many unsent bytes a client's metric ticks are dropped. */
  softCapBytes?: number
  /** Above this many unsent bytes a client is disconnected. */
  hardCapBytes?: number
  /** A client that had this many ticks in a row dropped is disconnected: it is not catching up. */
  maxConsecutiveDrops?: number
}

export interface HubMetrics {
  clients: Gauge
  dropped: Counter<'channel'>
  disconnects: Counter<'reason'>
  sent: Counter<'type'>
}

/** Declared here because the hub owns them; `main` passes the process registry. */
export function createHubMetrics(registry: Registry): HubMetrics {
  return {
    clients: new Gauge({
      name: 'vigil_api_ws_clients',
      help: 'Connected WebSocket clients',
      registers: [registry],
    }),
    dropped: new Counter({
      name: 'vigil_api_ws_dropped_messages_total',
      help: 'Metric ticks not sent to a client because its socket buffer was over the soft cap',
      labelNames: ['channel'],
      registers: [registry],
    }),
    disconnects: new Counter({
      name: 'vigil_api_ws_slow_disconnects_total',
      help: 'Clients disconnected by the hub',
      labelNames: ['reason'],
      registers: [registry],
    }),
    sent: new Counter({
      name: 'vigil_api_ws_messages_sent_total',
      help: 'Messages sent to WebSocket clients',
      labelNames: ['type'],
      registers: [registry],
    }),
  }
}

interface Client {
  socket: LiveSocket
  channels: Set<string>
  /** Channels whose ticks were dropped: the next send is a full snapshot so the client converges. */
  stale: Set<string>
  consecutiveDrops: number
}

export type SubscribeResult =
  | { ok: true; channels: string[] }
  | { ok: false; code: ApiErrorCode; channel: string }

/**
 * Publish/subscribe on named channels (after Grafana Live): `alerts`, `metrics` and
 * `metrics:<brand>`. It keeps the latest state so a new subscriber gets a snapshot at once,
 * and caps every client's send buffer: metric ticks are dropped for a slow client (it gets a
 * fresh snapshot when it catches up), alerts never are; a client that stays too slow is closed.
 */
export class LiveHub {
  private readonly clients = new Map<LiveSocket, Client>()
  private readonly alerts: AlertBook
  private readonly metrics: MetricWindow
  private readonly brands: Set<string>
  private readonly softCap: number
  private readonly hardCap: number
  private readonly maxDrops: number
  readonly m: HubMetrics

  constructor(opts: HubOptions) {
    this.brands = new Set(opts.brands)
    this.alerts = new AlertBook()
    this.metrics = new MetricWindow(opts.windowMinutes ?? 60)
    this.softCap = opts.softCapBytes ?? 256 * 1024
    this.hardCap = opts.hardCapBytes ?? 4 * 1024 * 1024
    this.maxDrops = opts.maxConsecutiveDrops ?? 300
    this.m = createHubMetrics(opts.registry)
  }

  get clientCount(): number {
    return this.clients.size
  }

  addClient(socket: LiveSocket): void {
    if (this.clients.has(socket)) return
    this.clients.set(socket, { socket, channels: new Set(), stale: new Set(), consecutiveDrops: 0 })
    this.m.clients.set(this.clients.size)
  }

  removeClient(socket: LiveSocket): void {
    if (this.clients.delete(socket)) this.m.clients.set(this.clients.size)
  }

  isChannel(name: string): boolean {
    if (name === 'alerts' || name === 'metrics') return true
    return name.startsWith('metrics:') && this.brands.has(name.slice('metrics:'.length))
  }

  /** Subscribes to every channel or none; each new channel's snapshot is sent at once. */
  subscribe(socket: LiveSocket, channels: string[]): SubscribeResult {
    const client = this.clients.get(socket)
    if (!client) return { ok: false, code: 'VIGIL_ERR_WS_BAD_MESSAGE', channel: '' }
    const unknown = channels.find((c) => !this.isChannel(c))
    if (unknown !== undefined) return { ok: false, code: 'VIGIL_ERR_WS_UNKNOWN_CHANNEL', channel: unknown }
    for (const channel of channels) {
      client.channels.add(channel)
      this.sendNow(client, this.snapshotMessage(channel), 'snapshot')
    }
    return { ok: true, channels }
  }

  unsubscribe(socket: LiveSocket, channels: string[]): void {
    const client = this.clients.get(socket)
    if (!client) return
    for (const c of channels) {
      client.channels.delete(c)
      client.stale.delete(c)
    }
  }

  /** Seeds the alert book (e.g. open alerts from the store at start) without pushing to anyone. */
  loadAlerts(alerts: readonly Alert[]): void {
    for (const a of alerts) this.alerts.apply(a)
  }

  /** The latest live version of an alert that is not resolved. */
  alert(id: string): Alert | undefined {
    return this.alerts.get(id)
  }

  /** Returns false for a stale or duplicate version (at-least-once delivery), which is not pushed. */
  publishAlert(incoming: Alert): boolean {
    const alert = this.alerts.apply(incoming)
    if (!alert) return false
    const text = JSON.stringify({ type: 'alert', data: alert })
    for (const client of this.clients.values()) {
      if (!client.channels.has('alerts')) continue
      if (client.socket.bufferedAmount > this.hardCap) {
        this.disconnect(client, 'hard_cap')
        continue
      }
      this.sendNow(client, text, 'alert')
    }
    return true
  }

  publishMetrics(ticks: readonly LiveMetric[]): void {
    const fresh = ticks.filter((t) => this.metrics.apply(t))
    if (fresh.length === 0) return
    const perChannel = new Map<string, string>()
    perChannel.set('metrics', JSON.stringify({ type: 'metrics', channel: 'metrics', data: fresh }))
    for (const brand of new Set(fresh.map((t) => t.brand))) {
      const channel = `metrics:${brand}`
      const data = fresh.filter((t) => t.brand === brand)
      perChannel.set(channel, JSON.stringify({ type: 'metrics', channel, data }))
    }
    for (const client of this.clients.values()) {
      for (const [channel, text] of perChannel) {
        if (client.channels.has(channel)) this.sendTick(client, channel, text)
      }
    }
  }

  /** The data part of a channel's snapshot: open alerts, or the metric window (oldest first). */
  snapshot(channel: string): Alert[] | LiveMetric[] {
    if (channel === 'alerts') return this.alerts.active()
    if (channel === 'metrics') return this.metrics.all()
    return this.metrics.forBrand(channel.slice('metrics:'.length))
  }

  sendError(socket: LiveSocket, code: ApiErrorCode, detail: string): void {
    const client = this.clients.get(socket)
    const text = JSON.stringify({ type: 'error', ...errorBody(code, detail) })
    if (client) this.sendNow(client, text, 'error')
  }

  sendRaw(socket: LiveSocket, message: object): void {
    const client = this.clients.get(socket)
    if (client) this.sendNow(client, JSON.stringify(message), 'control')
  }

  private snapshotMessage(channel: string): string {
    return JSON.stringify({ type: 'snapshot', channel, data: this.snapshot(channel) })
  }

  private sendTick(client: Client, channel: string, text: string): void {
    const buffered = client.socket.bufferedAmount
    if (buffered > this.hardCap) {
      this.disconnect(client, 'hard_cap')
      return
    }
    if (buffered > this.softCap) {
      client.stale.add(channel)
      client.consecutiveDrops++
      this.m.dropped.inc({ channel: channel.startsWith('metrics:') ? 'metrics:brand' : channel })
      if (client.consecutiveDrops > this.maxDrops) this.disconnect(client, 'stays_slow')
      return
    }
    client.consecutiveDrops = 0
    if (client.stale.delete(channel)) {
      this.sendNow(client, this.snapshotMessage(channel), 'snapshot')
      return
    }
    this.sendNow(client, text, 'metrics')
  }

  private sendNow(client: Client, text: string, type: string): void {
    if (client.socket.readyState !== OPEN) return
    try {
      client.socket.send(text)
      this.m.sent.inc({ type })
    } catch {
      // A socket that throws on send is already gone; its close event may never come.
      this.removeClient(client.socket)
    }
  }

  private disconnect(client: Client, reason: string): void {
    this.m.disconnects.inc({ reason })
    this.removeClient(client.socket)
    try {
      client.socket.close(CLOSE_SLOW, `client too slow (${reason})`)
    } catch {
      // Closing a broken socket can throw; it is removed either way.
    }
  }
}
