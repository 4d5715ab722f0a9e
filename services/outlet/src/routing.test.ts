import { describe, expect, it } from 'vitest'
import { digestSlotEnd, eventOf, plan, quietUntil } from './routing.js'
import { alert, outlet, T0 } from './test-fixtures.js'

const MIN = 60_000
const ctx = (nowMs = T0, heard: 'no' | 'direct' | 'digest' = 'no') => ({
  role: 'own' as const,
  nowMs,
  heard: () => heard,
})

describe('what an alert version means to people', () => {
  it('opening, escalation and resolution are news; a new minute or an acknowledgement is not', () => {
    expect(eventOf(alert())).toBe('opened')
    expect(eventOf(alert({ version: 4, status: 'escalating' }))).toBe('escalated')
    expect(eventOf(alert({ version: 9, status: 'resolved' }))).toBe('resolved')
    expect(eventOf(alert({ version: 3, status: 'open' }))).toBeNull()
    expect(eventOf(alert({ version: 5, status: 'acknowledged' }))).toBeNull()
  })
})

describe('routing', () => {
  it('keys each delivery by (incident, version, outlet)', () => {
    const [p] = plan(alert(), [outlet()], ctx())
    expect(p).toMatchObject({
      outlet: 'hook',
      event: 'opened',
      key: 'northwind-2026-12-05T12:00:00.000Z@1:hook',
      dueMs: T0,
    })
  })

  it('sends an outlet only its brands and severities', () => {
    const outlets = [
      outlet({ name: 'own-only', brands: ['own'] }),
      outlet({ name: 'rivals', brands: ['competitors'] }),
      outlet({ name: 'crest', brands: ['crest'] }),
      outlet({ name: 'serious', minSeverity: 'critical' }),
    ]
    expect(plan(alert(), outlets, ctx()).map((p) => p.outlet)).toEqual(['own-only'])
    const crest = alert({ brand: 'crest', severity: 'critical' })
    expect(plan(crest, outlets, { ...ctx(), role: 'competitor' }).map((p) => p.outlet)).toEqual([
      'rivals',
      'crest',
      'serious',
    ])
  })

  it('tells an outlet of an open incident it has not heard of at the next version, once', () => {
    const later = alert({ version: 7, status: 'open' })
    expect(plan(later, [outlet()], ctx(T0, 'no')).map((p) => [p.event, p.key])).toEqual([
      ['opened', 'northwind-2026-12-05T12:00:00.000Z@7:hook'],
    ])
    expect(plan(later, [outlet()], ctx(T0, 'direct'))).toEqual([])
    expect(plan(alert({ version: 8, status: 'acknowledged' }), [outlet()], ctx(T0, 'no'))).toEqual([])
  })

  it('tells whoever heard of the opening that it is resolved, however low its severity now', () => {
    const resolved = alert({ version: 12, status: 'resolved', severity: 'low' })
    const strict = outlet({ minSeverity: 'high' })
    expect(plan(resolved, [strict], ctx(T0, 'direct')).map((p) => p.event)).toEqual(['resolved'])
    expect(plan(resolved, [strict], ctx(T0, 'no'))).toEqual([])
  })

  it('holds all but critical during quiet hours, until they end (local time of the outlet)', () => {
    // 12:00 UTC is 21:00 in Tokyo: inside 20:00-07:00 there.
    const quiet = outlet({ quietHours: { from: 20 * 60, to: 7 * 60, timeZone: 'Asia/Tokyo' } })
    const [held] = plan(alert(), [quiet], ctx())
    expect(held!.dueMs).toBe(T0 + 10 * 60 * MIN) // 07:00 Tokyo = 22:00 UTC
    const [critical] = plan(alert({ severity: 'critical' }), [quiet], ctx())
    expect(critical!.dueMs).toBe(T0)
    expect(quietUntil(quiet.quietHours, T0 + 10 * 60 * MIN)).toBeNull()
    expect(quietUntil({ from: 9 * 60, to: 17 * 60, timeZone: 'UTC' }, T0 + 5 * MIN)).toBe(T0 + 5 * 60 * MIN)
  })

  it('puts low-severity incidents in the period digest, and their resolution in the digest too', () => {
    const digest = outlet({ digest: { upTo: 'low', everyMinutes: 60 } })
    const [low] = plan(alert({ severity: 'low' }), [digest], ctx(T0 + 17 * MIN))
    expect(low).toMatchObject({ digestSlot: T0 + 60 * MIN, dueMs: T0 + 60 * MIN })
    const [high] = plan(alert({ severity: 'high' }), [digest], ctx(T0 + 17 * MIN))
    expect(high).toMatchObject({ digestSlot: null, dueMs: T0 + 17 * MIN })
    const resolved = alert({ version: 9, status: 'resolved', severity: 'low' })
    expect(plan(resolved, [digest], ctx(T0 + 70 * MIN, 'digest'))[0]!.digestSlot).toBe(T0 + 120 * MIN)
    expect(digestSlotEnd(15, T0 + 15 * MIN)).toBe(T0 + 30 * MIN)
  })

  it('queues an escalation to another outlet N minutes after the opening', () => {
    const comms = outlet({ name: 'comms', escalate: { afterMinutes: 15, to: 'oncall' } })
    const oncall = outlet({ name: 'oncall', kind: 'email', events: [] })
    const planned = plan(alert(), [comms, oncall], ctx(T0 + MIN))
    expect(planned.map((p) => [p.outlet, p.event, p.dueMs - T0])).toEqual([
      ['comms', 'opened', MIN],
      ['oncall', 'unacknowledged', 16 * MIN],
    ])
    expect(planned[1]!.key).toBe('northwind-2026-12-05T12:00:00.000Z@1:oncall:unacknowledged')
    // An escalation of the incident itself is news to comms, not a second timer.
    expect(
      plan(alert({ version: 3, status: 'escalating' }), [comms, oncall], ctx()).map((p) => p.outlet),
    ).toEqual(['comms'])
  })
})
