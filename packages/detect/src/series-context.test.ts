import { describe, expect, it } from 'vitest'
import type { SeriesParams } from './series.js'
import {
  createContextDetector,
  DEFAULT_CONTEXT_PARAMS,
  isContextState,
  newContextState,
  stepContext,
} from './series-context.js'
import { createSeriesDetector } from './series-detector.js'
import { poisson, rng } from './synthetic.js'

const FIVE_MIN = 300_000
const T0 = Date.UTC(2026, 0, 5)
const THRESHOLD = DEFAULT_CONTEXT_PARAMS.threshold

function posts(n: number, seed: number, rate: number): number[] {
  const r = rng(seed)
  return Array.from({ length: n }, () => poisson(r, rate))
}

/** 20 posts a row, and from row 2000 on 80: a new normal. */
function levelShift(): number[] {
  const v = posts(4000, 41, 20)
  const r = rng(141)
  for (let i = 2000; i < 4000; i++) v[i] = poisson(r, 80)
  return v
}

/** 20 posts a row and, every 100 rows from row 1000, the same three-row burst (150, 300, 150). */
function repeatedBurst(): number[] {
  const v = posts(4000, 42, 20)
  for (let i = 1000; i < 4000; i += 100) {
    v[i] = 150
    v[i + 1] = 300
    v[i + 2] = 150
  }
  return v
}

/** Rows where the context detector alone alarms (its output at or above its threshold). */
function contextAlarms(values: number[]): number[] {
  const det = createContextDetector()
  const out: number[] = []
  values.forEach((v, i) => {
    if (det.push(v) >= THRESHOLD) out.push(i)
  })
  return out
}

/** Rows where the NAB runner (the series scorer and the incident lifecycle) opens an incident. */
function openings(values: number[], params: Partial<SeriesParams> = {}): number[] {
  const det = createSeriesDetector(params)
  const out: number[] = []
  values.forEach((v, i) => {
    if (det.push(v, T0 + i * FIVE_MIN) > 0) out.push(i)
  })
  return out
}

describe('context detector (after CAD OSE)', () => {
  it('alarms on a level shift as it happens, then goes quiet at the new level', () => {
    const a = contextAlarms(levelShift())
    expect(a.filter((i) => i >= 2000 && i <= 2002)).toHaveLength(1)
    // The new level is learned: no row after it is news any more, not even one the rest
    // period would have hidden.
    const st = newContextState()
    const late: number[] = []
    levelShift().forEach((v, i) => {
      stepContext(st, v)
      if (i > 2300 && st.raw >= THRESHOLD) late.push(i)
    })
    expect(late).toEqual([])
  })

  it('learns a repeated burst: the first one is news, the same shape later is not', () => {
    const st = newContextState()
    // Per burst (its first row), the highest raw score over its three rows.
    const raw = new Map<number, number>()
    repeatedBurst().forEach((v, i) => {
      stepContext(st, v)
      const start = i - (i % 100)
      if (i >= 1000 && i % 100 < 3) raw.set(start, Math.max(raw.get(start) ?? 0, st.raw))
    })
    expect(raw.get(1000)).toBeGreaterThanOrEqual(THRESHOLD)
    // From the third burst on, at most one of 28 reaches the threshold (noise before it can
    // make a context new), and the last ten none.
    const later = [...raw].filter(([row]) => row >= 1200)
    expect(later.filter(([, r]) => r >= THRESHOLD).length).toBeLessThanOrEqual(1)
    for (const [row, r] of later.slice(-10)) expect(r, `burst at row ${row}`).toBeLessThan(THRESHOLD)
  })

  it('rests after an alarm: a second novelty within the rest period is not reported', () => {
    const v = posts(1500, 45, 20)
    const r = rng(145)
    for (let i = 1000; i < 1500; i++) v[i] = poisson(r, 80)
    for (let i = 1040; i < 1500; i++) v[i] = poisson(r, 400)
    const st = newContextState()
    const seen = v.map((x) => [stepContext(st, x), st.raw] as const)
    expect(seen[1000]![0]).toBeGreaterThanOrEqual(THRESHOLD)
    // 40 rows later the jump to 400 is news again, but inside the rest period.
    expect(seen[1040]![1]).toBeGreaterThanOrEqual(THRESHOLD)
    expect(seen[1040]![0]).toBe(0)
  })

  it('its state is plain JSON that a checkpoint carries', () => {
    const st = newContextState()
    for (const v of levelShift().slice(0, 2100)) stepContext(st, v)
    const back = JSON.parse(JSON.stringify(st))
    expect(isContextState(back, DEFAULT_CONTEXT_PARAMS)).toBe(true)
    const next = [90, 85, 300, 70]
    expect(next.map((v) => stepContext(back, v))).toEqual(next.map((v) => stepContext(st, v)))
  })
})

describe('the series scorer with the context veto on short openings (contextVetoRows)', () => {
  it('a burst shape the stream repeats opens once, where the scorer alone opens again', () => {
    const v = repeatedBurst()
    expect(openings(v)).toEqual([1000, 1202])
    expect(openings(v, { contextVetoRows: 9 })).toEqual([1000])
  })

  it('a level shift still opens on its first rows: both detectors agree', () => {
    expect(openings(levelShift(), { contextVetoRows: 9 })).toEqual([2000])
  })
})
