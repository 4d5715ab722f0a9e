import type { MetricPoint } from './stream.js'
import type { Alert, Brand } from './types.js'

async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(path, { headers: { accept: 'application/json' } })
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`)
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

export async function acknowledge(id: string): Promise<Alert> {
  const res = await fetch(`/api/alerts/${encodeURIComponent(id)}/ack`, { method: 'POST' })
  const body = (await res.json()) as { alert?: Alert; code?: string; message?: string }
  if (!res.ok || !body.alert) throw new Error(body.message ?? `HTTP ${res.status}`)
  return body.alert
}

/** An operator's verdict on an alert; stored by the api and forwarded to the detector. */
export async function giveFeedback(id: string, real: boolean): Promise<void> {
  const res = await fetch(`/api/alerts/${encodeURIComponent(id)}/feedback`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ real, user: 'wall-screen' }),
  })
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { message?: string }
    throw new Error(body.message ?? `HTTP ${res.status}`)
  }
}
