import { getJson } from './api.js'
import { authHeaders } from './token.js'

/** GET /api/admin/compliance (admin only): the compliance machinery as the store holds it. */
export interface ComplianceView {
  retention: Array<{ table: string; column: string; days: number | null }>
  purged: Array<{ platform: string; posts: number; last: string }>
  evidenceKeys: Array<{ keyId: string; rows: number }>
  currentKey: string | null
  audit: { since: string; reads: number; denied: number; other: number; last: string | null }
}

/** One read (or refused read) of the evidence archive. */
export interface AuditEntry {
  at: string
  user: string
  role: string
  mentionId: string
  reason: string
  outcome: string
}

export const ADMIN_ONLY = 'this page needs an admin token: open it once as /#token=<admin token>'

export async function fetchCompliance(): Promise<ComplianceView> {
  const res = await fetch('/api/admin/compliance', { headers: authHeaders({ accept: 'application/json' }) })
  // A viewer or operator is told what is needed, not the generic "may view but not act".
  if (res.status === 401 || res.status === 403) throw new Error(ADMIN_ONLY)
  return getJson<ComplianceView>('/api/admin/compliance')
}

export const fetchAudit = (): Promise<AuditEntry[]> =>
  getJson<{ entries: AuditEntry[] }>('/api/admin/evidence-audit').then((r) => r.entries)

/** "kept 400 days" / "kept until deleted": what a retention row means to a person. */
export const retentionText = (days: number | null): string =>
  days === null ? 'kept until deleted (no TTL)' : `kept ${days} day${days === 1 ? '' : 's'}`

/** Rotation is over once every sealed row names the current key. */
export function rotationState(v: Pick<ComplianceView, 'evidenceKeys' | 'currentKey'>): string {
  if (v.currentKey === null) return 'no evidence keys configured: no original is kept'
  const old = v.evidenceKeys.filter((k) => k.keyId !== v.currentKey && k.rows > 0)
  if (old.length === 0) return `every sealed row uses the current key ${v.currentKey}`
  return `${old.reduce((s, k) => s + k.rows, 0)} rows still sealed with ${old.map((k) => k.keyId).join(', ')}: re-encrypt, then retire`
}
