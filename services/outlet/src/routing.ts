/**
 * Which outlet hears of which incident update, and when. Pure: fed an alert version, the
 * outlets, the brand's role and what each outlet already heard of the incident; returns the
 * deliveries to queue. The idempotency key of each is (incident, version, outlet[, purpose]).
 */
import type { Alert, DeliveryEvent, Severity } from '@vigil/schema'
import type { OutletSpec, QuietHours } from './outlets-file.js'

const RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2, critical: 3 }

/**
 * What an alert version means to people. Version 1 is the opening; the detector publishes
 * `escalating` only on a rise above the incident's peak severity (or when an acknowledged
 * incident outgrows what the operator saw); `resolved` once. Every other version (a new
 * minute, an acknowledgement) tells nobody anything new.
 */
export function eventOf(a: Alert): 'opened' | 'escalated' | 'resolved' | null {
  if (a.status === 'resolved') return 'resolved'
  if (a.status === 'escalating') return 'escalated'
  if (a.version === 1) return 'opened'
  return null
}

export function wantsBrand(spec: OutletSpec, brand: string, role: 'own' | 'competitor' | undefined): boolean {
  return spec.brands.some(
    (b) =>
      b === '*' ||
      b === brand ||
      (b === 'own' && role === 'own') ||
      (b === 'competitors' && role === 'competitor'),
  )
}

/** Local minutes after midnight in `tz` at `ms`. */
function localMinutes(ms: number, tz: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: tz,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(ms))
  const h = Number(parts.find((p) => p.type === 'hour')?.value)
  const m = Number(parts.find((p) => p.type === 'minute')?.value)
  return h * 60 + m
}

/**
 * When quiet hours covering `ms` end (ms), or null when `ms` is outside them. A span across
 * midnight (22:00-07:00) is the usual case. A DST change inside the span shifts its end by the
 * change (the end is computed as local minutes from now).
 */
export function quietUntil(q: QuietHours | null, ms: number): number | null {
  if (q === null || q.from === q.to) return null
  const now = localMinutes(ms, q.timeZone)
  const inside = q.from < q.to ? now >= q.from && now < q.to : now >= q.from || now < q.to
  if (!inside) return null
  const minutes = (q.to - now + 1440) % 1440
  const startOfMinute = ms - (ms % 60_000)
  return startOfMinute + minutes * 60_000
}

/** The end of the digest period holding `ms` (periods are aligned to the epoch, so to the hour). */
export function digestSlotEnd(everyMinutes: number, ms: number): number {
  const period = everyMinutes * 60_000
  return (Math.floor(ms / period) + 1) * period
}

export interface Planned {
  outlet: string
  event: DeliveryEvent
  key: string
  /** Not before this time (quiet hours, digest period, escalation delay). */
  dueMs: number
  /** Set: goes out in that outlet's digest closing at this time. */
  digestSlot: number | null
}

export interface PlanContext {
  role: 'own' | 'competitor' | undefined
  nowMs: number
  /** How an outlet heard of this incident before: not at all, on its own, or in a digest. */
  heard: (outlet: string) => 'no' | 'direct' | 'digest'
}

export const keyOf = (a: Pick<Alert, 'id' | 'version'>, outlet: string, purpose?: string): string =>
  `${a.id}@${a.version}:${outlet}${purpose ? `:${purpose}` : ''}`

/** Every delivery one alert version causes. */
export function plan(a: Alert, outlets: OutletSpec[], ctx: PlanContext): Planned[] {
  const news = eventOf(a)
  const ongoing = a.status === 'open' || a.status === 'escalating'
  if (news === null && !ongoing) return []
  const out: Planned[] = []
  for (const spec of outlets) {
    // An open incident this outlet has not heard of (its opening came before this stage ran,
    // or was too old when read) is told as an opening by its next version.
    const event = news ?? (ctx.heard(spec.name) === 'no' ? 'opened' : null)
    if (event === null || !spec.events.includes(event)) continue
    let digest: boolean
    if (event === 'resolved') {
      // Whoever was told it began is told it ended, however low it is now.
      const heard = ctx.heard(spec.name)
      if (heard === 'no') continue
      digest = heard === 'digest'
    } else {
      if (!wantsBrand(spec, a.brand, ctx.role) || RANK[a.severity] < RANK[spec.minSeverity]) continue
      digest = spec.digest !== null && RANK[a.severity] <= RANK[spec.digest.upTo]
    }
    const slot = digest && spec.digest ? digestSlotEnd(spec.digest.everyMinutes, ctx.nowMs) : null
    const quiet = a.severity === 'critical' ? null : quietUntil(spec.quietHours, ctx.nowMs)
    out.push({
      outlet: spec.name,
      event,
      key: keyOf(a, spec.name),
      dueMs: Math.max(ctx.nowMs, slot ?? 0, quiet ?? 0),
      digestSlot: slot === null ? null : Math.max(slot, quiet ?? 0),
    })
    if (event === 'opened' && spec.escalate) {
      out.push({
        outlet: spec.escalate.to,
        event: 'unacknowledged',
        key: keyOf(a, spec.escalate.to, 'unacknowledged'),
        dueMs: ctx.nowMs + spec.escalate.afterMinutes * 60_000,
        digestSlot: null,
      })
    }
  }
  return out
}
