import { describe, expect, it } from 'vitest'
import { liveMetric } from '../../../../tests/support/live-metric.js'
import { latestPerBrandMinute } from './feed.js'

const tick = liveMetric

describe('a batch of ticks for the wall', () => {
  it('keeps the latest tick of each brand and minute, latest arrival last', () => {
    const m1 = '2026-11-23T10:00:00.000Z'
    const m2 = '2026-11-23T10:01:00.000Z'
    const out = latestPerBrandMinute([
      tick('a', m1, 1),
      tick('b', m1, 5),
      tick('a', m1, 2),
      tick('a', m2, 1),
      tick('a', m1, 3),
    ])
    expect(out.map((t) => `${t.brand}@${t.minute.slice(14, 16)}:${t.volume}`)).toEqual([
      'b@00:5',
      'a@01:1',
      'a@00:3',
    ])
  })
})
