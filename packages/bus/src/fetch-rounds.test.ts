import { describe, expect, it } from 'vitest'
import { createFetchRounds } from './fetch-rounds.js'

describe('fetch rounds', () => {
  it('hears up to the start of the last round handled whole, on the slowest broker', () => {
    const r = createFetchRounds()
    expect(r.heardUpTo(0)).toBe(-Infinity)
    r.started(1, 1_000)
    // The first round is still being handled: nothing is heard yet, however long it takes.
    expect(r.heardUpTo(30_000)).toBe(-Infinity)
    r.started(1, 31_000)
    expect(r.heardUpTo(31_500)).toBe(1_000)
    r.started(2, 31_200)
    r.started(2, 32_000)
    r.started(1, 40_000)
    expect(r.heardUpTo(40_000)).toBe(31_000)
    // A broker no longer fetched from (its partitions moved) stops holding the clock back.
    r.started(1, 400_000)
    expect(r.heardUpTo(400_000)).toBe(40_000)
    r.reset()
    expect(r.heardUpTo(400_000)).toBe(-Infinity)
  })
})
