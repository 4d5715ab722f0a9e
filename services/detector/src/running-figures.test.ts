import type { LiveMetric } from '@vigil/schema'
import { describe, expect, it } from 'vitest'
import { liveMetric } from '../../../tests/support/live-metric.js'
import { createRunningFigures } from './tick.js'

const T0 = Date.parse('2026-11-23T10:00:00.000Z')
const metric = (brand: string, volume: number) => liveMetric(brand, new Date(T0).toISOString(), volume)
/** An engine whose open minute holds `counts` (brand → volume) right now. */
const engineWith = (counts: Record<string, number>) => ({
  running: () => Object.entries(counts).map(([b, v]) => metric(b, v)),
})
const sent = (xs: LiveMetric[]) => xs.map((m) => `${m.brand}:${m.volume}`)

describe('running figures for the wall', () => {
  it('sends a quiet brand at once, then at most one tick per interval per brand, the latest counts', () => {
    const live = createRunningFigures(250, 1_000)
    expect(sent(live.due(engineWith({ a: 1, b: 5 }), [], T0))).toEqual(['a:1', 'b:5'])
    // Within 250 ms of its last tick a brand waits, however many mentions came.
    expect(sent(live.due(engineWith({ a: 2, b: 5 }), [], T0 + 50))).toEqual([])
    expect(sent(live.due(engineWith({ a: 9, b: 5 }), [], T0 + 200))).toEqual([])
    expect(sent(live.due(engineWith({ a: 9, b: 5 }), [], T0 + 250))).toEqual(['a:9'])
  })

  it('refreshes an unchanged brand once a second, not at every flush', () => {
    const live = createRunningFigures(250, 1_000)
    live.due(engineWith({ a: 3 }), [], T0)
    for (let t = 250; t < 1_000; t += 250) expect(live.due(engineWith({ a: 3 }), [], T0 + t)).toEqual([])
    expect(sent(live.due(engineWith({ a: 3 }), [], T0 + 1_000))).toEqual(['a:3'])
  })

  it('scales the last scored minute to the time elapsed and carries its score', () => {
    const live = createRunningFigures(250)
    const scored = {
      ...metric('a', 60),
      minute: new Date(T0 - 60_000).toISOString(),
      expectedVolume: 40,
      score: 2.5,
    }
    const [m] = live.due(engineWith({ a: 7 }), [scored], T0 + 15_000)
    expect(m).toMatchObject({ volume: 7, expectedVolume: 10, score: 2.5 })
  })

  it('sends nothing when turned off', () => {
    expect(createRunningFigures(0).due(engineWith({ a: 1 }), [], T0)).toEqual([])
  })
})

describe('the minute before, while it is open', () => {
  it('ticks both minutes, each coalesced on its own, with the whole expected volume for the past one', () => {
    const live = createRunningFigures(250)
    const prev = new Date(T0 - 60_000).toISOString()
    const now = new Date(T0).toISOString()
    let counts = { [prev]: 12, [now]: 1 }
    const engine = {
      running: () => Object.entries(counts).map(([minute, volume]) => ({ ...metric('a', volume), minute })),
    }
    const scored = { ...metric('a', 60), minute: new Date(T0 - 120_000).toISOString(), expectedVolume: 40 }
    const first = live.due(engine, [scored], T0 + 300)
    expect(first.map((m) => [m.minute, m.volume, m.expectedVolume])).toEqual([
      [prev, 12, 40],
      [now, 1, 0.2],
    ])
    // A late mention of the past minute: its tick goes out; the current minute, unchanged, waits.
    counts = { [prev]: 13, [now]: 1 }
    expect(live.due(engine, [], T0 + 600).map((m) => [m.minute, m.volume])).toEqual([[prev, 13]])
  })
})
