/**
 * Business hours for the SLA clock: when set, the 30- and 60-minute expectations count only
 * minutes inside them (a Saturday complaint starts its clock on Monday at opening). Pure: the
 * time zone rules come from the runtime's Intl data, nothing else is read.
 */
export interface BusinessHours {
  /** IANA zone the hours are written in, e.g. Europe/London. */
  timeZone: string
  /** ISO weekdays the desk is open: 1 = Monday … 7 = Sunday. */
  days: number[]
  /** Minutes after local midnight: open at, close at (close > open). */
  open: number
  close: number
}

const DAY_NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
const DAY_MS = 86_400_000
/** A walk never goes further than this many days (ten years): a bound, not a limit in practice. */
const MAX_DAYS = 3660

export class BusinessHoursError extends Error {
  readonly code = 'VIGIL_ERR_BUSINESS_HOURS'
}

function dayIndex(name: string): number {
  const i = DAY_NAMES.indexOf(name.slice(0, 3).toLowerCase())
  if (i < 0) throw new BusinessHoursError(`unknown weekday "${name}"`)
  return i + 1
}

function clock(hhmm: string): number {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm)
  if (!m || Number(m[1]) > 24 || Number(m[2]) > 59) throw new BusinessHoursError(`bad time "${hhmm}"`)
  return Number(m[1]) * 60 + Number(m[2])
}

/**
 * `Mon-Fri 09:00-17:30 Europe/London` (days as a range or a comma list: `Mon,Wed,Sat`).
 * Throws BusinessHoursError naming what is wrong, so a misconfigured api does not start.
 */
export function parseBusinessHours(spec: string): BusinessHours {
  const parts = spec.trim().split(/\s+/)
  if (parts.length !== 3)
    throw new BusinessHoursError(`expected "Mon-Fri 09:00-17:00 Europe/London", got "${spec}"`)
  const [dayPart, timePart, timeZone] = parts as [string, string, string]
  const days = new Set<number>()
  for (const piece of dayPart.split(',')) {
    const [a, b] = piece.split('-')
    const from = dayIndex(a ?? '')
    const to = b === undefined ? from : dayIndex(b)
    for (let d = from; ; d = (d % 7) + 1) {
      days.add(d)
      if (d === to) break
    }
  }
  const [o, c] = timePart.split('-')
  const open = clock(o ?? '')
  const close = clock(c ?? '')
  if (close <= open) throw new BusinessHoursError(`closing time must be after opening time in "${timePart}"`)
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone })
  } catch {
    throw new BusinessHoursError(`unknown time zone "${timeZone}"`)
  }
  return { timeZone, days: [...days].sort(), open, close }
}

export const formatBusinessHours = (h: BusinessHours): string => {
  const hm = (m: number) =>
    `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`
  const names = h.days.map((d) => DAY_NAMES[d - 1]!.replace(/^./, (c) => c.toUpperCase()))
  return `${names.join(',')} ${hm(h.open)}-${hm(h.close)} ${h.timeZone}`
}

const formatters = new Map<string, Intl.DateTimeFormat>()
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    formatters.set(timeZone, f)
  }
  return f
}

/** The zone's local wall time at `t`, read as if it were UTC (ms). */
function localAsUtc(t: number, timeZone: string): number {
  const p: Record<string, number> = {}
  for (const part of formatter(timeZone).formatToParts(new Date(t))) p[part.type] = Number(part.value)
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!)
}

const offsetAt = (t: number, timeZone: string) =>
  localAsUtc(Math.floor(t / 1000) * 1000, timeZone) - Math.floor(t / 1000) * 1000

/** The instant of a local wall time (`local` is that wall time read as UTC ms). */
function instantOf(local: number, timeZone: string): number {
  const first = local - offsetAt(local, timeZone)
  const second = local - offsetAt(first, timeZone)
  return second
}

/** Local midnight (as UTC-read ms) of the local day containing `t`. */
const localDay = (t: number, timeZone: string) => Math.floor(localAsUtc(t, timeZone) / DAY_MS) * DAY_MS

/** ISO weekday (1 = Monday) of a local day given as UTC-read midnight. */
const weekday = (day: number) => ((new Date(day).getUTCDay() + 6) % 7) + 1

/** The open interval [start, end) of a local day, as instants; null when the desk is closed that day. */
function openInterval(day: number, h: BusinessHours): [number, number] | null {
  if (!h.days.includes(weekday(day))) return null
  return [instantOf(day + h.open * 60_000, h.timeZone), instantOf(day + h.close * 60_000, h.timeZone)]
}

/** Milliseconds of [a, b) that fall inside business hours; the wall-clock difference when `h` is null. */
export function businessMsBetween(a: number, b: number, h: BusinessHours | null): number {
  if (b <= a) return 0
  if (h === null) return b - a
  let total = 0
  const last = localDay(b, h.timeZone)
  for (let day = localDay(a, h.timeZone), n = 0; day <= last && n < MAX_DAYS; day += DAY_MS, n++) {
    const iv = openInterval(day, h)
    if (iv) total += Math.max(0, Math.min(b, iv[1]) - Math.max(a, iv[0]))
  }
  return total
}

/** The instant when `ms` of business time will have passed since `start`. */
export function addBusinessMs(start: number, ms: number, h: BusinessHours | null): number {
  if (h === null) return start + ms
  let left = ms
  for (let day = localDay(start, h.timeZone), n = 0; n < MAX_DAYS; day += DAY_MS, n++) {
    const iv = openInterval(day, h)
    if (!iv) continue
    const from = Math.max(start, iv[0])
    if (from >= iv[1]) continue
    if (left <= iv[1] - from) return from + left
    left -= iv[1] - from
  }
  return Number.POSITIVE_INFINITY
}

/**
 * The latest instant whose business time up to `end` is at least `ms`: an item created at or
 * before it has waited `ms` or more. Lets a count query compare created_at with one instant.
 */
export function subBusinessMs(end: number, ms: number, h: BusinessHours | null): number {
  if (h === null) return end - ms
  let left = ms
  for (let day = localDay(end, h.timeZone), n = 0; n < MAX_DAYS; day -= DAY_MS, n++) {
    const iv = openInterval(day, h)
    if (!iv) continue
    const to = Math.min(end, iv[1])
    if (to <= iv[0]) continue
    if (left <= to - iv[0]) return to - left
    left -= to - iv[0]
  }
  return Number.NEGATIVE_INFINITY
}

/** Whether the desk is open at `t` (always, without business hours). */
export function isOpenAt(t: number, h: BusinessHours | null): boolean {
  if (h === null) return true
  const iv = openInterval(localDay(t, h.timeZone), h)
  return iv !== null && t >= iv[0] && t < iv[1]
}
