/** The care inbox on the wire (see routes/care.ts); the dashboard imports these types. */
import type { SlaClock } from './sla.js'
import type { CareActionKind, TimelineEntry } from './state.js'

export type { CareActionKind, SlaClock, TimelineEntry }
export type CareView = 'own' | 'competitors' | 'trolls'
export type CareStatus = 'open' | 'closed' | 'all'

export interface CareItem {
  id: string
  platform: string
  kind: string
  url: string
  authorHandle: string
  authorFollowers: number
  /** Masked as stored. */
  text: string
  lang: string
  intent: string
  sentiment: string
  brands: string[]
  /** Personal data kinds found: hide the post and follow up privately. */
  pii: string[]
  createdAt: string
  /** The bank's own account replied: the clock stopped at `firstReplyAt`. */
  answered: boolean
  firstReplyAt: string | null
  replyBy: string | null
  assignee: string | null
  handled: boolean
  handledBy: string | null
  handledAt: string | null
  hideRequested: boolean
  notes: number
  sla: SlaClock
}

export interface CareBacklog {
  /** Open items (no reply from the bank's accounts, not handled): the real backlog, counted. */
  open: number
  /** …of which waited 30 counted minutes or more, and 60 or more. */
  pastDue: number
  breached: number
  withPii: number
  answered: number
}

export interface CareInboxPage {
  view: CareView
  status: CareStatus
  now: string
  from: string
  backlog: CareBacklog
  /** Open items per tab, for the tab labels. */
  tabs: Record<CareView, number>
  items: CareItem[]
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null
  sla: CareSlaSettings
}

export interface CareSlaSettings {
  targetMinutes: number
  limitMinutes: number
  /** e.g. "Mon,Tue,Wed,Thu,Fri 09:00-17:00 Europe/London"; null: the clock always runs. */
  businessHours: string | null
}

export interface CareItemDetail {
  item: CareItem
  timeline: TimelineEntry[]
}

export interface CareMetricRow {
  key: string
  asked: number
  answered: number
  responseRate: number
  /** Wall-clock minutes to the first reply from the bank's accounts; null when none was answered. */
  medianMinutes: number | null
  p90Minutes: number | null
  within30: number
  within60: number
  handledUnanswered: number
}

export interface CareMetrics {
  view: 'own' | 'competitors'
  from: string
  to: string
  overall: CareMetricRow
  byPlatform: CareMetricRow[]
  byWeek: CareMetricRow[]
}

export interface CarePeople {
  /** Whom an item may be assigned to (configured), plus whoever asks. */
  people: string[]
  me: string
  mayAct: boolean
}
