import { describe, expect, it } from 'vitest'
import {
  addBusinessMs,
  BusinessHoursError,
  businessMsBetween,
  formatBusinessHours,
  isOpenAt,
  parseBusinessHours,
  subBusinessMs,
} from './business-hours.js'

const london = parseBusinessHours('Mon-Fri 09:00-17:00 Europe/London')
const t = (iso: string) => Date.parse(iso)
const MIN = 60_000

describe('business hours', () => {
  it('parses ranges, lists and wrap-around weeks, and says what is wrong', () => {
    expect(london).toEqual({ timeZone: 'Europe/London', days: [1, 2, 3, 4, 5], open: 540, close: 1020 })
    expect(parseBusinessHours('Sat-Mon 10:00-14:30 Asia/Dubai').days).toEqual([1, 6, 7])
    expect(parseBusinessHours('mon,wed 08:00-20:00 UTC').days).toEqual([1, 3])
    expect(formatBusinessHours(london)).toBe('Mon,Tue,Wed,Thu,Fri 09:00-17:00 Europe/London')
    expect(() => parseBusinessHours('Mon-Fri 17:00-09:00 UTC')).toThrow(/after opening/)
    expect(() => parseBusinessHours('Mon-Fri 09:00-17:00 Mars/Olympus')).toThrow(/time zone/)
    expect(() => parseBusinessHours('Funday 09:00-17:00 UTC')).toThrow(BusinessHoursError)
    expect(() => parseBusinessHours('09:00-17:00')).toThrow(/expected/)
  })

  it('counts only open minutes: a Friday-evening complaint has waited 30 minutes on Monday at 09:20', () => {
    expect(businessMsBetween(t('2026-11-20T16:50:00Z'), t('2026-11-23T09:20:00Z'), london)).toBe(30 * MIN)
    expect(businessMsBetween(t('2026-11-21T10:00:00Z'), t('2026-11-22T10:00:00Z'), london)).toBe(0)
    expect(businessMsBetween(t('2026-11-23T10:00:00Z'), t('2026-11-23T10:45:00Z'), null)).toBe(45 * MIN)
  })

  it('finds deadlines forwards and cutoffs backwards across the weekend', () => {
    expect(new Date(addBusinessMs(t('2026-11-21T12:00:00Z'), 30 * MIN, london)).toISOString()).toBe(
      '2026-11-23T09:30:00.000Z',
    )
    expect(new Date(addBusinessMs(t('2026-11-20T16:50:00Z'), 60 * MIN, london)).toISOString()).toBe(
      '2026-11-23T09:50:00.000Z',
    )
    expect(new Date(subBusinessMs(t('2026-11-23T09:10:00Z'), 30 * MIN, london)).toISOString()).toBe(
      '2026-11-20T16:40:00.000Z',
    )
    expect(subBusinessMs(t('2026-11-23T09:10:00Z'), 30 * MIN, null)).toBe(t('2026-11-23T08:40:00Z'))
  })

  it('follows the zone across a clock change (London moves to BST on 29 March 2026)', () => {
    // Friday 16:00 GMT to Monday 08:30 UTC (= 09:30 BST): 60 + 30 minutes.
    expect(businessMsBetween(t('2026-03-27T16:00:00Z'), t('2026-03-30T08:30:00Z'), london)).toBe(90 * MIN)
    expect(isOpenAt(t('2026-06-15T08:15:00Z'), london)).toBe(true) // 09:15 BST
    expect(isOpenAt(t('2026-11-23T08:15:00Z'), london)).toBe(false) // 08:15 GMT
    expect(isOpenAt(t('2026-11-22T12:00:00Z'), london)).toBe(false) // Sunday
  })

  it('moving forward then back by the same business time returns to the start inside hours', () => {
    for (const start of ['2026-11-23T09:00:00Z', '2026-11-24T16:59:00Z', '2026-11-20T12:34:00Z']) {
      for (const m of [1, 30, 60, 480, 2000]) {
        const end = addBusinessMs(t(start), m * MIN, london)
        expect(businessMsBetween(t(start), end, london)).toBe(m * MIN)
        expect(subBusinessMs(end, m * MIN, london)).toBe(t(start))
      }
    }
  })
})
