import type { FeedbackRecord, MentionView } from '@vigil/api/public-types'
import type { AlertDelivery } from '@vigil/schema'
import type { MetricPoint } from './stream.js'
import { AccessError, authHeaders } from './token.js'
import type { Alert, Brand } from './types.js'

const ACCESS_MESSAGES: Record<number, string> = {
  401: 'this screen needs an access token: open it once as /#token=<token>',
  403: 'this token may view but not act: an operator token is needed',
}

async function failure(res: Response, what: string): Promise<Error> {
  const body = (await res.json().catch(() => ({}))) as { code?: string; message?: string }
  // An api without tokens refuses every write: its message says how the operator allows it.
  if (body.code === 'VIGIL_ERR_OPERATOR_TOKEN_REQUIRED') {
    return new AccessError('an operator token is needed: start the demo with its operator link')
  }
  const access = ACCESS_MESSAGES[res.status]
  if (access) return new AccessError(access)
  return new Error(body.message ?? `${what}: HTTP ${res.status}`)
}

export async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(path, { headers: authHeaders({ accept: 'application/json' }) })
  if (!res.ok) throw await failure(res, path)
  return (await res.json()) as T
}

export const fetchBrands = (): Promise<Brand[]> =>
  getJson<{ brands: Brand[] }>('/api/brands').then((r) => r.brands)

export async function fetchVolume(minutes = 60): Promise<MetricPoint[]> {
  const r = await getJson<{ series: Array<{ brand: string; points: Omit<MetricPoint, 'brand'>[] }> }>(
    `/api/volume?minutes=${minutes}`,
  )
  return r.series.flatMap((s) => s.points.map((p) => ({ ...p, brand: s.brand })))
}

export const fetchAlerts = (status?: string, limit = 50): Promise<Alert[]> =>
  getJson<{ alerts: Alert[] }>(
    `/api/alerts?limit=${limit}${status ? `&status=${encodeURIComponent(status)}` : ''}`,
  ).then((r) => r.alerts)

/** One of an alert's sample posts, as the api gives it (text masked before it was stored). */
/** A sample post of an incident, masked, as /api/alerts/:id/samples answers. */
export type SamplePost = Pick<
  MentionView,
  'id' | 'platform' | 'lang' | 'text' | 'createdAt' | 'authorFollowers'
>

export const fetchSamples = (alertId: string): Promise<SamplePost[]> =>
  getJson<{ samples: SamplePost[] }>(`/api/alerts/${encodeURIComponent(alertId)}/samples`).then(
    (r) => r.samples,
  )

/**
 * Asks for an acknowledgement. The api answers at once (202, `pending`) with the version as it
 * stands; the detector publishes the acknowledged version, which arrives through the live feed
 * (merging the answer by version changes nothing until then).
 */
export async function acknowledge(id: string): Promise<Alert> {
  const res = await fetch(`/api/alerts/${encodeURIComponent(id)}/ack`, {
    method: 'POST',
    headers: authHeaders(),
  })
  if (!res.ok) throw await failure(res, 'acknowledge')
  const body = (await res.json()) as { alert?: Alert }
  if (!body.alert) throw new Error('acknowledge: no alert in the answer')
  return body.alert
}

/** An operator's verdict on an alert; stored by the api and forwarded to the detector. */
export async function giveFeedback(id: string, real: boolean): Promise<void> {
  const res = await fetch(`/api/alerts/${encodeURIComponent(id)}/feedback`, {
    method: 'POST',
    headers: authHeaders({ 'content-type': 'application/json' }),
    // With tokens the api records the token's holder instead.
    body: JSON.stringify({ real, user: 'wall-screen' }),
  })
  if (!res.ok) throw await failure(res, 'feedback')
}

/** One incident as its page shows it: the newest version and the operators' verdicts. */
export interface IncidentDetail {
  alert: Alert
  feedback: FeedbackRecord[]
}
/** One attempt of the outlet stage to tell people of the incident (the wire record). */
export type Delivery = AlertDelivery
export const fetchIncident = (id: string): Promise<IncidentDetail> =>
  getJson<IncidentDetail>(`/api/alerts/${encodeURIComponent(id)}`)
export const fetchDeliveries = (id: string): Promise<Delivery[]> =>
  getJson<{ deliveries: Delivery[] }>(`/api/alerts/${encodeURIComponent(id)}/deliveries`).then(
    (r) => r.deliveries,
  )
