import type { Alert } from '@vigil/schema'
import { describe, expect, it } from 'vitest'
import { brandOfAlert, closedByAck } from './unheld-ack.js'

const seen: Alert = {
  id: 'crest-bank-2026-12-06T08:00:00.000Z',
  version: 3,
  brand: 'crest-bank',
  status: 'open',
  severity: 'high',
  headline: 'Complaints about Crest Bank',
  score: 7,
  signals: [],
  sectorWide: false,
  sampleMentionIds: [],
  openedAt: '2026-12-06T08:00:00.000Z',
  updatedAt: '2026-12-06T08:03:00.000Z',
  resolvedAt: null,
} as unknown as Alert

describe('unheld acknowledgements', () => {
  it('reads the brand from an alert id, dashes in the brand included, and nothing from other ids', () => {
    expect(brandOfAlert(seen.id)).toBe('crest-bank')
    expect(brandOfAlert('x-2026-12-06T08:00:00.000Z')).toBe('x')
    expect(brandOfAlert('2026-12-06T08:00:00.000Z')).toBeUndefined()
    expect(brandOfAlert('crest-bank-not-a-time-at-all-here-0')).toBeUndefined()
    expect(brandOfAlert('')).toBeUndefined()
  })

  it("closes from the operator's version: the next one, resolved, acknowledged by them at the request's time", () => {
    const atMs = Date.parse('2026-12-06T09:00:00.000Z')
    const out = closedByAck({ alertId: seen.id, feedback: { kind: 'ack', by: 'ops' }, atMs, seen })
    expect(out).toEqual({
      alert: {
        ...seen,
        version: 4,
        status: 'resolved',
        updatedAt: '2026-12-06T09:00:00.000Z',
        resolvedAt: '2026-12-06T09:00:00.000Z',
        acknowledgedAt: '2026-12-06T09:00:00.000Z',
        acknowledgedBy: 'ops',
      },
    })
    // An open demo knows nobody: no name is made up.
    const anon = closedByAck({ alertId: seen.id, feedback: { kind: 'ack', by: '' }, atMs, seen })
    expect('alert' in anon ? anon.alert : null).not.toHaveProperty('acknowledgedBy')
    expect('alert' in anon ? anon.alert.status : null).toBe('resolved')
  })

  it('keeps its hands off what it cannot close rightly', () => {
    const atMs = 0
    expect(closedByAck({ alertId: seen.id, feedback: { kind: 'ack' }, atMs })).toHaveProperty('skip')
    expect(
      closedByAck({
        alertId: seen.id,
        feedback: { kind: 'ack' },
        atMs,
        seen: { ...seen, status: 'resolved' },
      }),
    ).toEqual({ skip: 'already resolved' })
    expect(
      closedByAck({ alertId: 'other-2026-12-06T08:00:00.000Z', feedback: { kind: 'ack' }, atMs, seen }),
    ).toHaveProperty('skip')
    expect(
      closedByAck({ alertId: seen.id, feedback: { kind: 'verdict', real: true }, atMs, seen }),
    ).toHaveProperty('skip')
  })
})
