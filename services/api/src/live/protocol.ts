import type { ApiErrorCode } from '../errors.js'

/**
 * The WebSocket protocol, both directions. Clients speak JSON text frames:
 *   {"type":"subscribe","channels":["alerts","metrics"]}   {"type":"unsubscribe","channels":[...]}
 *   {"type":"ping"}
 * The server answers with snapshot / alert / metrics / error / pong messages (see ServerMessage).
 */
export type ClientMessage =
  | { type: 'subscribe'; channels: string[] }
  | { type: 'unsubscribe'; channels: string[] }
  | { type: 'ping' }

export type ParseResult = { ok: true; msg: ClientMessage } | { ok: false; code: ApiErrorCode; detail: string }

/** Longer messages are rejected before JSON.parse; a real subscribe is a few dozen bytes. */
export const MAX_CLIENT_MESSAGE_BYTES = 4096
const MAX_CHANNELS = 64
const CHANNEL_RE = /^[a-z][a-z0-9_:-]{0,80}$/

const bad = (detail: string): ParseResult => ({ ok: false, code: 'VIGIL_ERR_WS_BAD_MESSAGE', detail })

/** Never throws: any input yields a message or an error code to send back. */
export function parseClientMessage(raw: string | Buffer): ParseResult {
  const size = typeof raw === 'string' ? Buffer.byteLength(raw) : raw.length
  if (size > MAX_CLIENT_MESSAGE_BYTES)
    return bad(`message is ${size} bytes, limit ${MAX_CLIENT_MESSAGE_BYTES}`)
  let value: unknown
  try {
    value = JSON.parse(raw.toString())
  } catch {
    return bad('not JSON')
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return bad('expected a JSON object')
  const o = value as Record<string, unknown>
  if (o.type === 'ping') return { ok: true, msg: { type: 'ping' } }
  if (o.type !== 'subscribe' && o.type !== 'unsubscribe')
    return bad('type must be subscribe, unsubscribe or ping')
  const channels = o.channels
  if (!Array.isArray(channels) || channels.length === 0 || channels.length > MAX_CHANNELS) {
    return bad(`channels must be a list of 1 to ${MAX_CHANNELS} names`)
  }
  for (const c of channels) {
    if (typeof c !== 'string' || !CHANNEL_RE.test(c)) return bad('channel names are short lower-case strings')
  }
  return { ok: true, msg: { type: o.type, channels: [...new Set(channels as string[])] } }
}
