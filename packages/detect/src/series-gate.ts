/**
 * Practical significance for the NAB runner: the engine's own gate (score.ts, `gate`: a window
 * counts only at `minRatio` times its expectation and `minExcess`·√w above it) applied to a
 * count series' surges, as the engine applies it to a brand's volume every minute.
 *
 * Why: a busy count stream reaches the opening bar on small relative moves. Its noise is
 * Poisson at least, so thousands of posts a row make a 27-row window at 1.3 times normal as
 * improbable as a crisis onset, while a day's profile misfit or a slow drift is exactly that
 * size. On the synthetic social corpora those openings were the false alarms the harness could
 * not rank away: they open at the same surprise (5-6) as the real onsets on long windows, and
 * NAB's one threshold per profile admitted every opening (bench/nab-openings.mjs). The engine
 * never met them because its volume already passes this gate.
 *
 * Surges only: whole-number NAB series score falls too (the engine's counts do not), and a
 * fall has no ratio to pass. General (non-count) series are not gated: a ratio means nothing
 * for a temperature or a CPU share.
 *
 * Shipped off (the runner's `minRatio` 1 in SERIES_LIFECYCLE): NAB's leave-one-corpus-out
 * prefers 1.5, the synthetic social corpora held out from all tuning do not (README, "False
 * alarms on count series").
 */
import type { DetectorParams } from './params.js'
import { gate } from './score.js'
import type { SeriesScore } from './series.js'

/**
 * The surprise of a row's best window after practical significance: `sc.surprise`, or 0 for a
 * count series' surge below the gate.
 */
export function practicalSurprise(
  sc: Readonly<SeriesScore>,
  counts: boolean,
  p: Pick<DetectorParams, 'minRatio' | 'minExcess'>,
): number {
  if (!counts || !(sc.observed > sc.expected)) return sc.surprise
  return gate(
    {
      name: 'value',
      signal: 'volume',
      window: sc.window,
      observed: sc.observed,
      expected: sc.expected,
      surprise: sc.surprise,
    },
    p,
  ).gated
}
