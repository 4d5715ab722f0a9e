import { describe, expect, it } from 'vitest'
import { decodeFeedback, RecentFeedback } from './feedback.js'

const buf = (v: unknown) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v))

describe('operator feedback decoding', () => {
  it('reads an acknowledgement request as the API writes it, naming who asked', () => {
    const ack = decodeFeedback(
      buf({
        alertId: 'northwind-2026-11-23T11:41:00.000Z',
        ack: true,
        user: 'alice',
        at: '2026-11-23T11:45:00.000Z',
      }),
      0,
    )
    expect(ack).toEqual({
      kind: 'ok',
      value: {
        alertId: 'northwind-2026-11-23T11:41:00.000Z',
        feedback: { kind: 'ack', by: 'alice' },
        atMs: Date.parse('2026-11-23T11:45:00.000Z'),
      },
    })
    // `ack` must be exactly true: anything else is dead-lettered with the schema's reason.
    expect(decodeFeedback(buf({ alertId: 'a1', ack: 'yes' }), 0)).toMatchObject({
      kind: 'dlq',
      code: 'VIGIL_ERR_INVALID_FEEDBACK',
    })
  })

  it('reads a verdict as the API writes it, and dead-letters one without a verdict', () => {
    const v = decodeFeedback(
      buf({ alertId: 'a1', real: false, note: 'a TV ad', user: 'ops', at: '2026-11-23T12:00:00.000Z' }),
      0,
    )
    expect(v).toEqual({
      kind: 'ok',
      value: {
        alertId: 'a1',
        feedback: { kind: 'verdict', real: false, by: 'ops' },
        atMs: Date.parse('2026-11-23T12:00:00.000Z'),
      },
    })
    expect(decodeFeedback(buf({ alertId: 'a1', note: 'x' }), 0)).toMatchObject({
      kind: 'dlq',
      code: 'VIGIL_ERR_INVALID_FEEDBACK',
      reason: 'real is required',
    })
    expect(decodeFeedback(null, 0)).toMatchObject({ kind: 'dlq', reason: 'record has no value' })
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
