import { describe, expect, it } from 'vitest'
import { liveSla, minutesText, type SlaClock } from './care.js'

const base: SlaClock = {
  state: 'on-time',
  dueAt: '2026-11-23T10:30:00.000Z',
  breachAt: '2026-11-23T11:00:00.000Z',
  waitedMinutes: 5,
  firstResponseMinutes: null,
  paused: false,
  label: '25 min left to 30',
}
const at = (hhmm: string) => Date.parse(`2026-11-23T${hhmm}:00.000Z`)

describe('the countdown between polls', () => {
  it('moves an open item from on-time to due to breached as its deadlines pass', () => {
    expect(liveSla(base, at('10:12'))).toEqual({ state: 'on-time', label: '18 min left to 30' })
    expect(liveSla(base, at('10:42'))).toEqual({ state: 'due', label: 'past 30: 18 min left to 60' })
    expect(liveSla(base, at('11:25'))).toEqual({ state: 'breached', label: 'breached by 25 min' })
    expect(liveSla({ ...base, state: 'breached', label: 'breached by 40 min' }, at('11:25')).label).toBe(
      'breached by 40 min',
    )
  })

  it('keeps the api’s verdict once answered or handled, and says when the clock is paused', () => {
    const answered = { ...base, state: 'answered' as const, label: 'answered in 20 min' }
    expect(liveSla(answered, at('12:00'))).toEqual({ state: 'answered', label: 'answered in 20 min' })
    expect(liveSla({ ...base, paused: true }, at('10:12')).label).toBe('18 min left to 30 (clock paused)')
    expect([null, 44.6].map(minutesText)).toEqual(['–', '45 min'])
  })
})
