import { describe, expect, it } from 'vitest'
import { IsoTimeParser } from './iso-time.js'

const same = (p: IsoTimeParser, at: string): void => {
  const want = Date.parse(at)
  const got = p.parse(at)
  if (Number.isNaN(want)) expect(got, at).toBeNaN()
  else expect(got, at).toBe(want)
}

describe('IsoTimeParser', () => {
  it('gives what Date.parse gives for canonical times, minute after minute', () => {
    const p = new IsoTimeParser()
    const start = Date.parse('2026-12-31T23:58:00.000Z')
    // Across minute, hour, day and year boundaries, every 997 ms, asked in order as a stream is.
    for (let t = start; t < start + 180_000; t += 997) same(p, new Date(t).toISOString())
    // Out of order, as two sources interleave.
    for (const at of ['2024-02-29T12:00:59.999Z', '2020-01-01T00:00:00.000Z', '2024-02-29T12:00:00.001Z'])
      same(p, at)
  })

  it('refuses or reads every other spelling as Date.parse does', () => {
    const p = new IsoTimeParser()
    const odd = [
      '2026-12-07T12:41:60.000Z', // second 60
      '2026-12-07T12:41:5x.000Z',
      '2026-12-07T12:41:48.4x7Z',
      '2026-12-07T24:00:00.000Z', // midnight of the next day
      '2026-12-07T24:00:01.000Z',
      '2026-02-30T10:00:00.000Z',
      '2025-02-29T10:00:00.000Z',
      '2026-13-01T10:00:00.000Z',
      '2026-12-07T12:61:00.000Z',
      '2026-12-07T12:41:48.477+01:00',
      '2026-12-07T12:41:48Z',
      '2026-12-07T12:41:48.4770Z',
      '2026-12-07 12:41:48.477Z',
      '2026/12/07T12:41:48.477Z',
      'Dec 07 2026 12:41:48.477Z',
      '+02026-12-07T12:41:48Z',
      'yesterday',
      '',
    ]
    for (const at of odd) {
      same(p, at)
      // Also right after a canonical time of the same minute, whose minute the parser holds.
      same(p, `${at.slice(0, 16)}:00.000Z`)
      same(p, at)
    }
  })
})
