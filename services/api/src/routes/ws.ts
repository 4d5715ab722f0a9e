import type { WebSocket } from '@fastify/websocket'
import type { FastifyInstance } from 'fastify'
import type { RouteContext } from '../context.js'
import { parseClientMessage } from '../live/protocol.js'
import { wsRoute } from '../schemas.js'

type RawData = Buffer | ArrayBuffer | Buffer[]

/** A client that misses a whole ping interval is gone (laptop lid, dead NAT) and is dropped. */
const PING_INTERVAL_MS = 30_000

const toBuffer = (raw: RawData): Buffer =>
  Buffer.isBuffer(raw) ? raw : Array.isArray(raw) ? Buffer.concat(raw) : Buffer.from(raw)

export function registerWsRoute(app: FastifyInstance, ctx: RouteContext): void {
  const alive = new WeakSet<WebSocket>()
  const sockets = new Set<WebSocket>()
  const pinger = setInterval(() => {
    for (const s of sockets) {
      if (!alive.has(s)) {
        s.terminate()
        continue
      }
      alive.delete(s)
      s.ping()
    }
  }, PING_INTERVAL_MS)
  pinger.unref()
  app.addHook('onClose', async () => {
    clearInterval(pinger)
    for (const s of sockets) s.close(1001, 'server shutting down')
  })

  app.get('/ws', { websocket: true, schema: wsRoute }, (socket, req) => {
    sockets.add(socket)
    alive.add(socket)
    ctx.hub.addClient(socket)
    socket.on('pong', () => alive.add(socket))
    socket.on('message', (raw: RawData, isBinary: boolean) => {
      if (isBinary)
        return ctx.hub.sendError(socket, 'VIGIL_ERR_WS_BAD_MESSAGE', 'binary frames are not accepted')
      const parsed = parseClientMessage(toBuffer(raw))
      if (!parsed.ok) return ctx.hub.sendError(socket, parsed.code, parsed.detail)
      const msg = parsed.msg
      if (msg.type === 'ping') return ctx.hub.sendRaw(socket, { type: 'pong' })
      if (msg.type === 'unsubscribe') return ctx.hub.unsubscribe(socket, msg.channels)
      const result = ctx.hub.subscribe(socket, msg.channels)
      if (!result.ok) ctx.hub.sendError(socket, result.code, result.channel)
    })
    socket.on('close', () => {
      sockets.delete(socket)
      ctx.hub.removeClient(socket)
    })
    socket.on('error', (err) => req.log.warn({ event: 'api_ws_socket_error', err }, 'websocket error'))
  })
}
