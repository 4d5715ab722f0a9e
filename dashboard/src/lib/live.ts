import { backoffMs } from './format.js'
import type { MetricPoint } from './stream.js'
import { withAccessToken } from './token.js'
import type { Alert } from './types.js'

export type ConnectionState = 'connecting' | 'live' | 'reconnecting'

export interface LiveHandlers {
  onAlertsSnapshot(alerts: Alert[]): void
  onMetricsSnapshot(points: MetricPoint[]): void
  onAlert(alert: Alert): void
  onMetrics(points: MetricPoint[]): void
  onState(state: ConnectionState, retryInMs?: number): void
}

type ServerMessage =
  | { type: 'snapshot'; channel: string; data: unknown[] }
  | { type: 'alert'; data: Alert }
  | { type: 'metrics'; channel: string; data: MetricPoint[] }
  | { type: 'error'; code: string; message: string }
  | { type: 'pong' }

/** Same origin as the page: the API serves both. */
export function liveUrl(loc: Location = window.location): string {
  return withAccessToken(`${loc.protocol === 'https:' ? 'wss:' : 'ws:'}//${loc.host}/ws`)
}

/**
 * Keeps one WebSocket open to /ws, subscribes on every (re)connect and reconnects with
 * backoff. The server sends a snapshot on each subscribe, so a reconnect needs no catch-up logic.
 */
export function connectLive(url: string, channels: string[], h: LiveHandlers): { close(): void } {
  let ws: WebSocket | undefined
  let attempt = 0
  let timer: ReturnType<typeof setTimeout> | undefined
  let closed = false

  const dispatch = (msg: ServerMessage): void => {
    if (msg.type === 'snapshot' && msg.channel === 'alerts') h.onAlertsSnapshot(msg.data as Alert[])
    else if (msg.type === 'snapshot' && msg.channel === 'metrics')
      h.onMetricsSnapshot(msg.data as MetricPoint[])
    else if (msg.type === 'alert') h.onAlert(msg.data)
    else if (msg.type === 'metrics') h.onMetrics(msg.data)
    else if (msg.type === 'error') console.warn('live feed error', msg.code, msg.message)
  }

  const open = (): void => {
    h.onState('connecting')
    ws = new WebSocket(url)
    ws.onopen = () => {
      attempt = 0
      ws?.send(JSON.stringify({ type: 'subscribe', channels }))
      h.onState('live')
    }
    ws.onmessage = (ev) => {
      try {
        dispatch(JSON.parse(String(ev.data)) as ServerMessage)
      } catch (err) {
        console.warn('live feed: unreadable message', err)
      }
    }
    ws.onclose = () => {
      if (closed) return
      const wait = backoffMs(attempt++)
      h.onState('reconnecting', wait)
      timer = setTimeout(open, wait)
    }
  }

  open()
  return {
    close() {
      closed = true
      if (timer) clearTimeout(timer)
      ws?.close()
    },
  }
}
