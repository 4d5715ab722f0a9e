import { ALERT_STATUSES, type Alert, SEVERITIES } from '@vigil/schema'

/**
 * The fields the outlet stage reads from an alert record. It is a reader of the alerts topic:
 * a record it cannot use is counted and skipped (the sink dead-letters it).
 */
export function decodeAlert(raw: Buffer | null): Alert | string {
  if (raw === null || raw.length === 0) return 'empty record'
  let v: Record<string, unknown>
  try {
    v = JSON.parse(raw.toString('utf8')) as Record<string, unknown>
  } catch {
    return 'not JSON'
  }
  if (typeof v !== 'object' || v === null) return 'not an object'
  if (typeof v.id !== 'string' || v.id === '' || typeof v.brand !== 'string')
    return 'alert needs id and brand'
  if (!Number.isInteger(v.version)) return 'version must be an integer'
  if (!ALERT_STATUSES.includes(v.status as never)) return 'unknown status'
  if (!SEVERITIES.includes(v.severity as never)) return 'unknown severity'
  if (typeof v.headline !== 'string') return 'headline must be a string'
  for (const k of ['openedAt', 'updatedAt'] as const) {
    if (typeof v[k] !== 'string' || Number.isNaN(Date.parse(v[k] as string))) return `${k} must be a time`
  }
  const d = v.drivers as Record<string, unknown> | undefined
  if (typeof d !== 'object' || d === null || !Array.isArray(v.signals) || !Array.isArray(v.sampleMentionIds))
    return 'signals, drivers and sampleMentionIds are required'
  return v as unknown as Alert
}
