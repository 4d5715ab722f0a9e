import { describe, expect, it } from 'vitest'
import { parseClientMessage } from './protocol.js'

describe('parseClientMessage', () => {
  it('accepts subscribe, unsubscribe and ping, de-duplicating channels', () => {
    expect(parseClientMessage('{"type":"subscribe","channels":["alerts","metrics","alerts"]}')).toEqual({
      ok: true,
      msg: { type: 'subscribe', channels: ['alerts', 'metrics'] },
    })
    expect(
      parseClientMessage(Buffer.from('{"type":"unsubscribe","channels":["metrics:crest"]}')),
    ).toMatchObject({
      ok: true,
    })
    expect(parseClientMessage('{"type":"ping"}')).toEqual({ ok: true, msg: { type: 'ping' } })
  })

  it.each([
    ['not json', 'hello'],
    ['an array', '[1,2]'],
    ['null', 'null'],
    ['an unknown type', '{"type":"publish","channels":["alerts"]}'],
    ['no channels', '{"type":"subscribe"}'],
    ['empty channels', '{"type":"subscribe","channels":[]}'],
    ['a non-string channel', '{"type":"subscribe","channels":[42]}'],
    ['a hostile channel name', '{"type":"subscribe","channels":["<script>"]}'],
    ['an oversized message', JSON.stringify({ type: 'subscribe', channels: ['a'], pad: 'x'.repeat(5000) })],
  ])('rejects %s with a stable code', (_what, raw) => {
    const r = parseClientMessage(raw)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.code).toBe('VIGIL_ERR_WS_BAD_MESSAGE')
  })
})
