/**
 * The dashboard's own live client (dashboard/src/lib/live.ts: subscribe on every (re)connect,
 * reconnect with backoff), run in Node with the `ws` library as the browser's WebSocket.
 */
import WebSocket from 'ws'
import { type ConnectionState, connectLive } from '../../dashboard/src/lib/live.js'

export interface LiveEvent {
  at: number
  kind: ConnectionState | 'metrics' | 'snapshot'
  points?: number
}

/**
 * A browser WebSocket never throws a failed connect: it fires `error`, then `close`. Node's `ws`
 * throws an `error` nobody listens to, so the browser's behaviour is restored here.
 */
class BrowserLikeWebSocket extends WebSocket {
  constructor(url: string) {
    super(url)
    this.on('error', () => {})
  }
}

export function watchLive(apiPort: number): { events: LiveEvent[]; close(): void } {
  const g = globalThis as { WebSocket?: unknown }
  g.WebSocket ??= BrowserLikeWebSocket
  const events: LiveEvent[] = []
  const push = (kind: LiveEvent['kind'], points?: number) => events.push({ at: Date.now(), kind, points })
  const live = connectLive(`ws://127.0.0.1:${apiPort}/ws`, ['alerts', 'metrics'], {
    onAlertsSnapshot: () => {},
    onAlert: () => {},
    onMetricsSnapshot: (p) => push('snapshot', p.length),
    onMetrics: (p) => push('metrics', p.length),
    onState: (s) => push(s),
  })
  return { events, close: () => live.close() }
}
