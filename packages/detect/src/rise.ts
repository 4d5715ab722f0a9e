/**
 * A slow complaint wave: Page's CUSUM of a brand's complaints against its baseline, the
 * baseline of each minute scaled by how far the other banks' complaints ran above theirs in
 * that minute's half hour. Pure.
 *
 * Why: a wave that builds over hours adds complaints at a rate that grows from almost nothing;
 * the 30-minute windows test it against an hour-of-day profile that runs 1.3-1.7× low on some
 * evenings, so they need 1.8× (and 1.8× the other banks' median) before they may speak, which on
 * crisis-eval's wave came at 75-110 minutes. For a rise of known size the CUSUM is the fastest
 * detector at a given false-alarm rate (Lorden); scaling the baseline by the peers removes the
 * profile's error every bank shares ("other banks normal"), which is what made a low design
 * ratio raise false alarms (slow-dump.mjs: the same CUSUM unscaled reached 53 nats on ordinary
 * days, scaled 9). Complaints are the intent model's, so the sentiment model's calibration,
 * which moved the wave's minute with each retrain, does not enter.
 *
 * The CUSUM runs over the brand's last `span` minutes of score history, restarted from zero at
 * the start of that span each minute: no state beyond the history the engine keeps (and
 * checkpoints), so a restart changes nothing.
 */
import type { Obs } from './score.js'

export interface Rise {
  /** The CUSUM statistic, in nats: the log-likelihood ratio of the designed rise against none. */
  nats: number
  /** Minutes since the statistic last left zero (the run its evidence is summed over). */
  run: number
  /** Count over the run. */
  observed: number
  /** The run's baseline, scaled by the peers minute by minute. */
  expected: number
}

/**
 * The CUSUM over the newest `span` entries of `hist` (newest last) for a rise by `ratio`: per
 * minute, count · ln(ratio) − (ratio − 1) · baseline · peer (the Poisson log-likelihood ratio).
 * `out` is filled and returned (this runs for every brand every minute).
 */
export function riseCusum(hist: readonly Obs[], ratio: number, span: number, out: Rise): Rise {
  const up = Math.log(ratio)
  const from = Math.max(0, hist.length - span)
  let s = 0
  let run = 0
  let obs = 0
  let exp = 0
  for (let i = from; i < hist.length; i++) {
    const o = hist[i]!
    const mu = o.mu * (o.peer ?? 1)
    const next = s + o.c * up - (ratio - 1) * mu
    if (next > 0) {
      s = next
      run++
      obs += o.c
      exp += mu
    } else {
      s = 0
      run = 0
      obs = 0
      exp = 0
    }
  }
  out.nats = s
  out.run = run
  out.observed = obs
  out.expected = exp
  return out
}

/** The median of `xs` without the entry at `skip`, at least 1 (peers below normal excuse nothing). */
export function peerFactor(xs: readonly number[], skip: number): number {
  const others: number[] = []
  for (let i = 0; i < xs.length; i++) if (i !== skip) others.push(xs[i]!)
  if (others.length === 0) return 1
  others.sort((a, b) => a - b)
  return Math.max(1, others[Math.floor((others.length - 1) / 2)]!)
}
