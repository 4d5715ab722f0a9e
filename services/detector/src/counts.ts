/** The detector's own counts, kept by the parts that cause them and read by `stats()`. */
export interface DetectorCounts {
  observed: number
  deadLettered: number
  alerts: number
  metrics: number
  checkpoints: number
  restored: number
  /** Brands handed to another instance (their partition was revoked, or nothing came for the TTL). */
  released: number
  feedbackApplied: number
  /** Records at or below a restored brand's offset watermark: counted before its checkpoint. */
  redeliveriesSkipped: number
}

export function newCounts(): DetectorCounts {
  return {
    observed: 0,
    deadLettered: 0,
    alerts: 0,
    metrics: 0,
    checkpoints: 0,
    restored: 0,
    released: 0,
    feedbackApplied: 0,
    redeliveriesSkipped: 0,
  }
}
