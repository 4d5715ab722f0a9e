import type { LiveMetric } from '@vigil/schema'

/** A wall tick holding only a volume (no sentiment, complaints, expectation or score), for tests. */
export const liveMetric = (brand: string, minute: string, volume: number): LiveMetric => ({
  brand,
  minute,
  volume,
  negative: 0,
  positive: 0,
  complaints: 0,
  meanSentiment: 0,
  expectedVolume: 0,
  score: 0,
})
