import { describe, expect, it } from 'vitest'
import { sampleAlert } from '../../../tests/support/clickhouse.js'
import { decodeAck, decodeVerdict, RecentFeedback } from './feedback.js'

const buf = (v: unknown) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v))

describe('operator feedback decoding', () => {
  it('reads an acknowledgement from the alerts topic and skips the detector’s own updates', () => {
    const alert = sampleAlert({
      id: 'northwind-2026-11-23T11:41:00.000Z',
      version: 4,
      status: 'acknowledged',
      updatedAt: '2026-11-23T11:45:00.000Z',
    })
    const ack = decodeAck(buf(alert), 0)
    expect(ack).toEqual({
      kind: 'ok',
      value: {
        alertId: 'northwind-2026-11-23T11:41:00.000Z',
        feedback: { kind: 'ack', version: 4 },
        atMs: Date.parse('2026-11-23T11:45:00.000Z'),
      },
    })
    expect(decodeAck(buf({ ...alert, status: 'open' }), 0).kind).toBe('drop')
    // The sink dead-letters an unreadable alert; the detector only counts it.
    expect(decodeAck(buf('{"id": "x", '), 0)).toMatchObject({
      kind: 'drop',
      code: 'VIGIL_DROP_UNREADABLE_ALERT',
    })
  })

  it('reads a verdict as the API writes it, and dead-letters one without a verdict', () => {
    const v = decodeVerdict(
      buf({ alertId: 'a1', real: false, note: 'a TV ad', user: 'ops', at: '2026-11-23T12:00:00.000Z' }),
      0,
    )
    expect(v).toEqual({
      kind: 'ok',
      value: {
        alertId: 'a1',
        feedback: { kind: 'verdict', real: false },
        atMs: Date.parse('2026-11-23T12:00:00.000Z'),
      },
    })
    expect(decodeVerdict(buf({ alertId: 'a1', note: 'x' }), 0)).toMatchObject({
      kind: 'dlq',
      code: 'VIGIL_ERR_INVALID_FEEDBACK',
      reason: 'real is required',
    })
    expect(decodeVerdict(null, 0)).toMatchObject({ kind: 'dlq', reason: 'record has no value' })
  })

  it('keeps a bounded memory of recent feedback for replay after a restore', () => {
    const r = new RecentFeedback(3)
    for (let i = 0; i < 5; i++) r.add({ alertId: `a${i % 2}`, feedback: { kind: 'ack' }, atMs: i })
    expect(
      r
        .all()
        .map((f) => f.atMs)
        .sort(),
    ).toEqual([2, 3, 4])
  })
})
