/**
 * The watermark: the event time behind which minutes may close. Event time drives it while
 * events flow; processing time closes the quiet minutes of a live stream.
 */
import type { DetectorParams } from '../params.js'
import type { SourceClock } from './sources.js'

/** A future timestamp beyond this is clock skew: it must not drag the watermark ahead. */
const MAX_FUTURE_MS = 5 * 60_000

export interface Watermark {
  /**
   * The watermark at processing time `nowMs`, or null while there is no usable event time;
   * idleness judged at `heardMs` (≤ nowMs: see the engine's advance).
   */
  advance(nowMs: number, heardMs?: number): number | null
  /** The watermark of the latest advance that had one. */
  current(): number | null
}

export function createWatermark(p: DetectorParams, sources: SourceClock): Watermark {
  let watermarkMs: number | null = null
  let lastTop = -Infinity
  let lastProgressNow = -Infinity

  function advance(nowMs: number, heardMs = nowMs): number | null {
    if (sources.newest() === -Infinity) return null
    const top = Math.min(sources.top(nowMs, heardMs), nowMs + MAX_FUTURE_MS)
    if (top === -Infinity) return null
    if (top > lastTop) {
      lastTop = top
      lastProgressNow = nowMs
    }
    let wm = top - p.allowedLatenessMs
    // Event time drives the watermark while events flow (a backfill streaming in must not be
    // declared late). Once the stream has been idle for the allowed lateness and its newest
    // event is recent, processing time closes the quiet minutes so the wall screen ticks on.
    const idle = heardMs - lastProgressNow >= p.allowedLatenessMs
    if (idle && nowMs >= top && nowMs - top < p.liveWindowMs) wm = Math.max(wm, nowMs - p.allowedLatenessMs)
    watermarkMs = wm
    return wm
  }

  return { advance, current: () => watermarkMs }
}
