import { describe, expect, it } from 'vitest'
import { isCanonicalIso } from './decode.js'

/** What the fast check stands in for: a parse and a format that give the same text back. */
const roundTrips = (s: string) => {
  const ms = Date.parse(s)
  return !Number.isNaN(ms) && new Date(ms).toISOString() === s
}
const pad = (x: number, w: number) => String(x).padStart(w, '0')

describe('isCanonicalIso', () => {
  it('agrees with the round trip when any one character of a canonical time is replaced', () => {
    const base = '2024-02-29T23:59:59.999Z'
    const disagree: string[] = []
    for (let i = 0; i < base.length; i++)
      for (let c = 0; c < 128; c++) {
        const s = base.slice(0, i) + String.fromCharCode(c) + base.slice(i + 1)
        if (isCanonicalIso(s) !== roundTrips(s)) disagree.push(s)
      }
    expect(disagree).toEqual([])
  })

  it('agrees with a parse and format round trip on every field at and past its limits', () => {
    const disagree: string[] = []
    for (const y of [0, 1900, 1970, 2000, 2023, 2024, 2100, 2400, 9999])
      for (let mo = 0; mo <= 13; mo++)
        for (let d = 0; d <= 32; d++)
          for (const [h, mi, se] of [
            [0, 0, 0],
            [23, 59, 59],
            [24, 0, 0],
            [12, 60, 0],
            [12, 0, 60],
          ] as const) {
            const s = `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}T${pad(h, 2)}:${pad(mi, 2)}:${pad(se, 2)}.${pad(d * 31, 3)}Z`
            if (isCanonicalIso(s) !== roundTrips(s)) disagree.push(s)
          }
    expect(disagree).toEqual([])
  })

  it('leaves every other spelling of a time to the full parse', () => {
    for (const s of [
      '2026-12-06T08:00:00Z',
      '2026-12-06T08:00:00.000+00:00',
      '2026-12-06 08:00:00.000Z',
      '+002026-12-06T08:00:00.000Z',
      '2026-12-06T08:00:00.0000Z',
      '２０２６-12-06T08:00:00.000Z',
      // The characters beside the digits ('/' and ':') where a digit belongs, a separator swapped.
      '2026-12-0/T08:00:00.000Z',
      '2026-12-06T08:0::00.000Z',
      '2026/12-06T08:00:00.000Z',
      '2026-12-06T08:00:00:000Z',
      '2026-12-06t08:00:00.000z',
    ])
      expect(isCanonicalIso(s), s).toBe(false)
  })
})
