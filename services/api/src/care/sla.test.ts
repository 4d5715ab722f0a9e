import { describe, expect, it } from 'vitest'
import { parseBusinessHours } from './business-hours.js'
import { slaClock, slaCutoffs } from './sla.js'

const now = new Date('2026-11-23T12:00:00.000Z')
const ago = (min: number) => new Date(now.getTime() - min * 60_000).toISOString()
const open = (createdAt: string) => ({ createdAt, firstReplyAt: null, handledAt: null })

describe('SLA clock', () => {
  it('counts down to 30, then to 60, then says by how much it is breached', () => {
    expect(slaClock(open(ago(12)), now, null)).toMatchObject({
      state: 'on-time',
      label: '18 min left to 30',
      waitedMinutes: 12,
    })
    expect(slaClock(open(ago(42)), now, null)).toMatchObject({
      state: 'due',
      label: 'past 30: 18 min left to 60',
    })
    expect(slaClock(open(ago(95)), now, null)).toMatchObject({
      state: 'breached',
      label: 'breached by 35 min',
    })
    expect(slaClock(open(ago(12)), now, null).dueAt).toBe(ago(-18))
    expect(slaClock(open(ago(12)), now, null).breachAt).toBe(ago(-48))
  })

  it('stops at the bank’s first reply, and says whether it came after 30 or 60', () => {
    const c = slaClock({ createdAt: ago(100), firstReplyAt: ago(80), handledAt: null }, now, null)
    expect(c).toMatchObject({ state: 'answered', firstResponseMinutes: 20, label: 'answered in 20 min' })
    const late = slaClock({ createdAt: ago(100), firstReplyAt: ago(55), handledAt: null }, now, null)
    expect(late.label).toBe('answered in 45 min, after 30')
    const handled = slaClock({ createdAt: ago(100), firstReplyAt: null, handledAt: ago(30) }, now, null)
    expect(handled).toMatchObject({ state: 'handled', label: 'handled after 70 min' })
  })

  it('with business hours, a weekend post is on time on Monday morning and the clock says it is paused', () => {
    const hours = parseBusinessHours('Mon-Fri 09:00-17:00 UTC')
    const monday = new Date('2026-11-23T09:10:00.000Z')
    const c = slaClock(open('2026-11-22T15:00:00.000Z'), monday, hours)
    expect(c).toMatchObject({
      state: 'on-time',
      waitedMinutes: 10,
      dueAt: '2026-11-23T09:30:00.000Z',
      paused: false,
    })
    const sunday = slaClock(open('2026-11-22T15:00:00.000Z'), new Date('2026-11-22T16:00:00.000Z'), hours)
    expect(sunday.paused).toBe(true)
    expect(sunday.label).toContain('clock paused')
  })

  it('cutoffs: an item created at or before them is past 30 / past 60', () => {
    expect(slaCutoffs(now, null)).toEqual({ due: new Date(ago(30)), breach: new Date(ago(60)) })
    const hours = parseBusinessHours('Mon-Fri 09:00-17:00 UTC')
    const c = slaCutoffs(new Date('2026-11-23T09:10:00.000Z'), hours)
    expect(c.due.toISOString()).toBe('2026-11-20T16:40:00.000Z')
    expect(c.breach.toISOString()).toBe('2026-11-20T16:10:00.000Z')
  })
})
