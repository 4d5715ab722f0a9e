/**
 * The detector for one numeric series (used by bin/nab-detector): the production recipe
 * applied to a single signal. A robust level (winsorised updates, nearly frozen while an
 * incident is open), a learned noise scale, tail-probability surprise over several windows
 * with a multiple-test correction, and the same open / calm / resolve / cooldown lifecycle,
 * so one anomaly yields one detection. Values are not counts here, so the tail is normal
 * (the large-count regime of the production count model) and both directions count.
 */
import { lnNormalTail } from './stats.js'

export interface SeriesParams {
  /** Level time constant, in rows. */
  levelTau: number
  /** Noise-scale time constant, in rows. */
  varTau: number
  clipSigmas: number
  windows: number[]
  openThreshold: number
  calmThreshold: number
  resolveAfter: number
  cooldown: number
  cooldownExtra: number
  incidentLearnWeight: number
  /**
   * Rows after which an open anomaly is learned at full weight: a lasting shift becomes the
   * new normal after a while, never within the first rows.
   */
  adaptAfter: number
  /** Exponent of the window size in the mean's standard error (0.5 = independent rows). */
  windowShrink: number
  /** Rows before the first score (the noise scale must exist). */
  minRows: number
  /** Learning rate of the time-of-day profile (additive, one slot per row interval). */
  seasonRate: number
  /** Time-of-day slots per day at most (coarser slots pool more evidence). */
  maxSlots: number
}

export const DEFAULT_SERIES_PARAMS: SeriesParams = {
  levelTau: 60,
  varTau: 300,
  // Fixed for every file (chosen once by a coarse global sweep, bench/nab-sweep.mjs).
  clipSigmas: 6,
  windows: [1, 3, 9, 27, 81],
  openThreshold: 5,
  calmThreshold: 1.5,
  resolveAfter: 25,
  cooldown: 100,
  cooldownExtra: 2,
  incidentLearnWeight: 0.2,
  adaptAfter: 100,
  minRows: 30,
  windowShrink: 0.25,
  seasonRate: 0.15,
  maxSlots: 96,
}

export interface SeriesDetector {
  /**
   * Feed the next value (and its time, for the time-of-day profile); returns its anomaly
   * score in [0, 1]. Causal: uses only this and earlier rows.
   */
  push(x: number, tMs?: number): number
}

const LN10 = Math.LN10

export function createSeriesDetector(params: Partial<SeriesParams> = {}): SeriesDetector {
  const p = { ...DEFAULT_SERIES_PARAMS, ...params }
  const maxW = Math.max(...p.windows)
  const resid: number[] = []
  let n = 0
  let level = 0
  let variance = 0
  let open = false
  let age = 0
  let calm = 0
  let cooldownLeft = 0
  let scale = 0
  let season: Float64Array | null = null
  let seasonSeen: Uint16Array | null = null
  let slotMs = 0
  let firstT: number | null = null

  function surprise(sd: number): number {
    let best = 0
    for (const w of p.windows) {
      if (resid.length < w) continue
      let sum = 0
      for (let i = resid.length - w; i < resid.length; i++) sum += resid[i]!
      // Residuals of real series are autocorrelated: the mean of w of them shrinks slower
      // than 1/sqrt(w). w^-1/4 is a deliberately conservative middle.
      const z = Math.abs(sum / w) / (sd * w ** -p.windowShrink)
      const s = -(Math.LN2 + lnNormalTail(z)) / LN10
      if (s > best) best = s
    }
    return Math.max(0, best - Math.log10(p.windows.length))
  }

  return {
    push(x: number, tMs?: number): number {
      if (!Number.isFinite(x)) return 0
      // The row interval (from the first two rows) sets the slot width of the daily profile.
      if (tMs !== undefined && Number.isFinite(tMs)) {
        if (firstT === null) firstT = tMs
        else if (season === null && tMs > firstT) {
          slotMs = Math.max(tMs - firstT, 86_400_000 / p.maxSlots)
          season = new Float64Array(Math.ceil(86_400_000 / slotMs))
          seasonSeen = new Uint16Array(season.length)
        }
      }
      const slot =
        season !== null && tMs !== undefined ? Math.floor((tMs % 86_400_000) / slotMs) % season.length : -1
      const seasonal = slot >= 0 && seasonSeen![slot]! > 0 ? season![slot]! : 0
      if (n === 0) {
        level = x
        scale = Math.abs(x)
      }
      n++
      scale += (Math.abs(x) - scale) / Math.min(n, p.varTau)
      // A flat series has no noise: any change is large, but not infinitely so.
      const floor = 1e-3 * (scale + 1e-9)
      const sd = Math.max(Math.sqrt(variance), floor)
      const r = x - level - seasonal
      resid.push(r)
      if (resid.length > maxW) resid.shift()
      const s = n > p.minRows ? surprise(sd) : 0
      let score = 0
      if (!open) {
        const need = p.openThreshold + (cooldownLeft > 0 ? p.cooldownExtra : 0)
        if (s >= need) {
          open = true
          calm = 0
          age = 0
          score = 1 - Math.exp(-s / 8)
        }
      } else if (s < p.calmThreshold) {
        calm++
        if (calm >= p.resolveAfter) {
          open = false
          cooldownLeft = p.cooldown
        }
      } else calm = 0
      if (cooldownLeft > 0 && !open) cooldownLeft--
      // Learn: winsorised, and slowly while an anomaly is open.
      if (open) age++
      const w = open ? Math.min(1, p.incidentLearnWeight + age / p.adaptAfter) : 1
      const rc = Math.max(-p.clipSigmas * sd, Math.min(p.clipSigmas * sd, r))
      const a = Math.min(1, w / Math.min(n, p.levelTau))
      level += a * rc
      const b = Math.min(1, w / Math.min(n, p.varTau))
      variance += b * (rc * rc - variance)
      if (slot >= 0) {
        // The profile learns the part of the residual the level does not absorb.
        const seen = seasonSeen![slot]!
        const g = w * Math.max(p.seasonRate, 1 / (seen + 1))
        season![slot] = (seen > 0 ? season![slot]! : 0) + g * (1 - a) * rc
        if (seen < 65535) seasonSeen![slot] = seen + 1
      }
      return score
    },
  }
}
