/**
 * The care inbox's reads and actions (services/api routes/care.ts), and the countdown the page
 * runs between polls. The api gives each item its deadlines as instants (business hours already
 * applied), so the page only compares them with the clock.
 */
import type {
  CareActionKind,
  CareInboxPage,
  CareItem,
  CareItemDetail,
  CareMetricRow,
  CareMetrics,
  CarePeople,
  CareStatus,
  CareView,
  SlaClock,
  TimelineEntry,
} from '@vigil/api/public-types'
import { getJson } from './api.js'
import { AccessError, authHeaders } from './token.js'

export type {
  CareActionKind,
  CareInboxPage,
  CareItem,
  CareItemDetail,
  CareMetricRow,
  CareMetrics,
  CarePeople,
  CareStatus,
  CareView,
  SlaClock,
  TimelineEntry,
}

export interface InboxFilters {
  view: CareView
  status: CareStatus
  brand?: string
  platform?: string
  assignee?: string
  cursor?: string
  limit?: number
}

const query = (params: Record<string, string | number | undefined>) =>
  Object.entries(params)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join('&')

export const fetchCareInbox = (f: InboxFilters) =>
  getJson<CareInboxPage>(`/api/care/inbox?${query({ ...f, limit: f.limit ?? 50 })}`)
export const fetchCareItem = (id: string) =>
  getJson<CareItemDetail>(`/api/care/items/${encodeURIComponent(id)}`)
export const fetchCareMetrics = (view: 'own' | 'competitors', hours = 24 * 28) =>
  getJson<CareMetrics>(`/api/care/metrics?${query({ view, hours })}`)
export const fetchCarePeople = () => getJson<CarePeople>('/api/care/people')

export interface ActionInput {
  action: CareActionKind
  assignee?: string
  note?: string
}

/** One action on an item; the answer is the item as it now stands, with its timeline. */
export async function actOnItem(id: string, input: ActionInput): Promise<CareItemDetail> {
  const res = await fetch(`/api/care/items/${encodeURIComponent(id)}/actions`, {
    method: 'POST',
    headers: authHeaders({ 'content-type': 'application/json' }),
    body: JSON.stringify(input),
  })
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { code?: string; message?: string }
    if (res.status === 401 || res.status === 403) {
      throw new AccessError('view only: acting on care items needs an operator token')
    }
    throw new Error(body.message ?? `HTTP ${res.status}`)
  }
  return (await res.json()) as CareItemDetail
}

const MIN = 60_000

/**
 * The clock as it stands at `now`: open items move from on-time to due to breached as their
 * deadlines pass; answered and handled ones keep the api's verdict.
 */
export function liveSla(sla: SlaClock, now: number): Pick<SlaClock, 'state' | 'label'> {
  if (sla.state === 'answered' || sla.state === 'handled') return { state: sla.state, label: sla.label }
  const due = Date.parse(sla.dueAt)
  const breach = Date.parse(sla.breachAt)
  const paused = sla.paused ? ' (clock paused)' : ''
  if (now < due) return { state: 'on-time', label: `${Math.ceil((due - now) / MIN)} min left to 30${paused}` }
  if (now < breach)
    return { state: 'due', label: `past 30: ${Math.ceil((breach - now) / MIN)} min left to 60${paused}` }
  // Past the limit the api's label counts business minutes; the wall clock since is a lower bound.
  if (sla.state === 'breached') return { state: 'breached', label: sla.label }
  return { state: 'breached', label: `breached by ${Math.floor((now - breach) / MIN)} min${paused}` }
}

export const minutesText = (m: number | null): string => (m === null ? '–' : `${m.toFixed(0)} min`)
