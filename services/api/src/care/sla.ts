/**
 * The care team's SLA clock: an item should be answered within 30 minutes and must be within
 * 60. Pure: the api computes every clock at one `now`, the dashboard counts down between polls
 * from the deadlines it is given (wall-clock instants, so business hours need no client logic).
 */
import {
  addBusinessMs,
  type BusinessHours,
  businessMsBetween,
  isOpenAt,
  subBusinessMs,
} from './business-hours.js'

export const SLA_TARGET_MINUTES = 30
export const SLA_LIMIT_MINUTES = 60

/**
 * on-time: under 30 minutes waited; due: past 30, under 60; breached: past 60;
 * answered: the bank's own account replied; handled: closed by a person without a reply seen.
 */
export type SlaState = 'on-time' | 'due' | 'breached' | 'answered' | 'handled'

export interface SlaClock {
  state: SlaState
  /** When 30 (and 60) minutes of counted time will have passed: the countdown's targets. */
  dueAt: string
  breachAt: string
  /** Counted minutes waited so far (to the answer, once answered). */
  waitedMinutes: number
  /** Wall-clock minutes to the first reply, once answered. */
  firstResponseMinutes: number | null
  /** The clock is not counting now: outside business hours. */
  paused: boolean
  /** What the row says, e.g. "12 min left to 30", "breached by 25 min", "answered in 20 min". */
  label: string
}

export interface SlaInput {
  createdAt: string
  firstReplyAt: string | null
  handledAt: string | null
}

const MIN = 60_000
const minutes = (ms: number) => Math.floor(ms / MIN)

export function slaClock(item: SlaInput, now: Date, hours: BusinessHours | null): SlaClock {
  const created = Date.parse(item.createdAt)
  const due = addBusinessMs(created, SLA_TARGET_MINUTES * MIN, hours)
  const breach = addBusinessMs(created, SLA_LIMIT_MINUTES * MIN, hours)
  const base = { dueAt: new Date(due).toISOString(), breachAt: new Date(breach).toISOString() }
  if (item.firstReplyAt !== null) {
    const reply = Date.parse(item.firstReplyAt)
    const wall = Math.max(0, minutes(reply - created))
    const counted = minutes(businessMsBetween(created, reply, hours))
    const late = reply > breach ? ', after 60' : reply > due ? ', after 30' : ''
    return {
      ...base,
      state: 'answered',
      waitedMinutes: counted,
      firstResponseMinutes: wall,
      paused: false,
      label: `answered in ${wall} min${late}`,
    }
  }
  const until = item.handledAt !== null ? Math.min(Date.parse(item.handledAt), now.getTime()) : now.getTime()
  const waited = minutes(businessMsBetween(created, until, hours))
  if (item.handledAt !== null) {
    return {
      ...base,
      state: 'handled',
      waitedMinutes: waited,
      firstResponseMinutes: null,
      paused: false,
      label: `handled after ${waited} min`,
    }
  }
  const t = now.getTime()
  const paused = !isOpenAt(t, hours)
  const suffix = paused ? ' (clock paused: outside business hours)' : ''
  if (t < due) {
    return {
      ...base,
      state: 'on-time',
      waitedMinutes: waited,
      firstResponseMinutes: null,
      paused,
      label: `${Math.ceil((due - t) / MIN)} min left to 30${suffix}`,
    }
  }
  if (t < breach) {
    return {
      ...base,
      state: 'due',
      waitedMinutes: waited,
      firstResponseMinutes: null,
      paused,
      label: `past 30: ${Math.ceil((breach - t) / MIN)} min left to 60${suffix}`,
    }
  }
  return {
    ...base,
    state: 'breached',
    waitedMinutes: waited,
    firstResponseMinutes: null,
    paused,
    label: `breached by ${waited - SLA_LIMIT_MINUTES} min${suffix}`,
  }
}

/**
 * The latest creation instants that are past 30 and past 60 at `now`: a count query compares
 * created_at with them, so the "past due" and "breached" counts honour business hours too.
 */
export function slaCutoffs(now: Date, hours: BusinessHours | null): { due: Date; breach: Date } {
  const t = now.getTime()
  const clamp = (x: number) => new Date(Number.isFinite(x) ? x : 0)
  return {
    due: clamp(subBusinessMs(t, SLA_TARGET_MINUTES * MIN, hours)),
    breach: clamp(subBusinessMs(t, SLA_LIMIT_MINUTES * MIN, hours)),
  }
}
