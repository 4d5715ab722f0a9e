/**
 * Who hears of an incident, and how: the outlets and their routing rules, from
 * `ALERT_WEBHOOK_URL` + `ALERT_WEBHOOK_SECRET` (the simplest case: one signed webhook for
 * everything) and/or a JSON file (`VIGIL_OUTLETS_FILE`). A bad file stops the service at
 * start with a message naming the outlet and the field, never the secret.
 */
import { readFileSync } from 'node:fs'
import type { Env } from '@vigil/config'
import { SEVERITIES, type Severity } from '@vigil/schema'

export const OUTLET_KINDS = ['webhook', 'slack', 'teams', 'email'] as const
export type OutletKind = (typeof OUTLET_KINDS)[number]

/** What an outlet may be told of directly (an escalation target is told `unacknowledged`). */
export const ROUTED_EVENTS = ['opened', 'escalated', 'resolved'] as const
export type RoutedEvent = (typeof ROUTED_EVENTS)[number]

export interface QuietHours {
  /** Minutes after local midnight. */
  from: number
  to: number
  timeZone: string
}

export interface SmtpSettings {
  host: string
  port: number
  /** TLS from the first byte (port 465); otherwise STARTTLS when offered, required if `requireTLS`. */
  secure: boolean
  requireTLS: boolean
  /** False only for a relay with a self-signed certificate (an internal relay, a test server). */
  rejectUnauthorized: boolean
  user?: string
  pass?: string
  from: string
  to: string[]
}

export interface OutletSpec {
  name: string
  kind: OutletKind
  /** webhook, slack, teams. */
  url?: string
  /** webhook: the HMAC secret of X-Vigil-Signature. */
  secret?: string
  smtp?: SmtpSettings
  /** Brand ids, `own`, `competitors` or `*`. */
  brands: string[]
  minSeverity: Severity
  events: RoutedEvent[]
  quietHours: QuietHours | null
  /** Tell `to` as well when an incident is still unacknowledged this many minutes after opening. */
  escalate: { afterMinutes: number; to: string } | null
  /** Incidents of at most `upTo` severity go into one message every `everyMinutes`. */
  digest: { upTo: Severity; everyMinutes: number } | null
  timeoutMs: number
}

export class OutletsConfigError extends Error {
  readonly code = 'VIGIL_ERR_OUTLETS_CONFIG'
}

type Obj = Record<string, unknown>
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)

/** `env:NAME` reads the environment, so secrets stay out of the file. */
function secretValue(v: unknown, where: string, env: Env): string | undefined {
  if (v === undefined) return undefined
  if (typeof v !== 'string' || v === '') throw new OutletsConfigError(`${where} must be a non-empty string`)
  if (!v.startsWith('env:')) return v
  const name = v.slice(4)
  const got = env[name]
  if (got === undefined || got === '')
    throw new OutletsConfigError(`${where}: environment variable ${name} is not set`)
  return got
}

function hhmm(v: unknown, where: string): number {
  const m = typeof v === 'string' ? /^([01]\d|2[0-3]):([0-5]\d)$/.exec(v) : null
  if (!m) throw new OutletsConfigError(`${where} must be HH:MM`)
  return Number(m[1]) * 60 + Number(m[2])
}

function severity(v: unknown, where: string, dflt: Severity): Severity {
  if (v === undefined) return dflt
  if (!SEVERITIES.includes(v as Severity))
    throw new OutletsConfigError(`${where} must be one of ${SEVERITIES.join(', ')}`)
  return v as Severity
}

function posInt(v: unknown, where: string, dflt?: number): number {
  if (v === undefined && dflt !== undefined) return dflt
  if (typeof v !== 'number' || !Number.isInteger(v) || v <= 0)
    throw new OutletsConfigError(`${where} must be a positive integer`)
  return v
}

function httpUrl(v: unknown, where: string): string {
  if (typeof v !== 'string') throw new OutletsConfigError(`${where} is required`)
  let u: URL
  try {
    u = new URL(v)
  } catch {
    throw new OutletsConfigError(`${where} is not a URL`)
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:')
    throw new OutletsConfigError(`${where} must be http(s)`)
  return v
}

function smtpOf(o: Obj, where: string, env: Env): SmtpSettings {
  const s = o.smtp
  if (!isObj(s)) throw new OutletsConfigError(`${where}.smtp is required for e-mail`)
  const to = o.to
  if (!Array.isArray(to) || to.length === 0 || to.some((x) => typeof x !== 'string' || !x.includes('@')))
    throw new OutletsConfigError(`${where}.to must be a list of e-mail addresses`)
  if (typeof o.from !== 'string' || !o.from.includes('@'))
    throw new OutletsConfigError(`${where}.from must be an e-mail address`)
  if (typeof s.host !== 'string' || s.host === '')
    throw new OutletsConfigError(`${where}.smtp.host is required`)
  const secure = s.secure === true
  const user = secretValue(s.user, `${where}.smtp.user`, env)
  const pass = secretValue(s.pass, `${where}.smtp.pass`, env)
  return {
    host: s.host,
    port: posInt(s.port, `${where}.smtp.port`, secure ? 465 : 587),
    secure,
    // STARTTLS is required unless the file says otherwise: credentials never cross in clear.
    requireTLS: s.requireTLS !== false,
    rejectUnauthorized: s.rejectUnauthorized !== false,
    ...(user === undefined ? {} : { user }),
    ...(pass === undefined ? {} : { pass }),
    from: o.from,
    to: to as string[],
  }
}

function outletOf(raw: unknown, i: number, env: Env): OutletSpec {
  if (!isObj(raw)) throw new OutletsConfigError(`outlet #${i + 1} is not an object`)
  const name = raw.name
  if (typeof name !== 'string' || !/^[a-zA-Z0-9_.-]{1,64}$/.test(name))
    throw new OutletsConfigError(`outlet #${i + 1}: name must match [a-zA-Z0-9_.-]{1,64}`)
  const where = `outlet ${name}`
  const kind = raw.kind
  if (!OUTLET_KINDS.includes(kind as OutletKind))
    throw new OutletsConfigError(`${where}: kind must be one of ${OUTLET_KINDS.join(', ')}`)
  const brands = raw.brands ?? ['*']
  if (!Array.isArray(brands) || brands.some((b) => typeof b !== 'string'))
    throw new OutletsConfigError(`${where}.brands must be a list of brand ids, "own", "competitors" or "*"`)
  const events = raw.events ?? [...ROUTED_EVENTS]
  if (!Array.isArray(events) || events.some((e) => !ROUTED_EVENTS.includes(e as RoutedEvent)))
    throw new OutletsConfigError(`${where}.events must be a list of ${ROUTED_EVENTS.join(', ')}`)
  const q = raw.quietHours
  if (q !== undefined && !isObj(q)) throw new OutletsConfigError(`${where}.quietHours must be an object`)
  const tz = q?.timeZone ?? 'UTC'
  if (q !== undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: String(tz) })
    } catch {
      throw new OutletsConfigError(`${where}.quietHours.timeZone ${String(tz)} is unknown`)
    }
  }
  const esc = raw.escalate
  if (esc !== undefined && (!isObj(esc) || typeof esc.to !== 'string'))
    throw new OutletsConfigError(`${where}.escalate must be {afterMinutes, to}`)
  const dig = raw.digest
  if (dig !== undefined && !isObj(dig)) throw new OutletsConfigError(`${where}.digest must be an object`)
  const spec: OutletSpec = {
    name,
    kind: kind as OutletKind,
    brands: brands as string[],
    minSeverity: severity(raw.minSeverity, `${where}.minSeverity`, 'low'),
    events: events as RoutedEvent[],
    quietHours:
      q === undefined
        ? null
        : {
            from: hhmm(q.from, `${where}.quietHours.from`),
            to: hhmm(q.to, `${where}.quietHours.to`),
            timeZone: String(tz),
          },
    escalate:
      esc === undefined
        ? null
        : { afterMinutes: posInt(esc.afterMinutes, `${where}.escalate.afterMinutes`), to: String(esc.to) },
    digest:
      dig === undefined
        ? null
        : {
            upTo: severity(dig.upTo, `${where}.digest.upTo`, 'low'),
            everyMinutes: posInt(dig.everyMinutes, `${where}.digest.everyMinutes`, 60),
          },
    timeoutMs: posInt(raw.timeoutMs, `${where}.timeoutMs`, 10_000),
  }
  if (spec.kind === 'email') spec.smtp = smtpOf(raw, where, env)
  else spec.url = httpUrl(secretValue(raw.url, `${where}.url`, env), `${where}.url`)
  if (spec.kind === 'webhook') {
    const secret = secretValue(raw.secret, `${where}.secret`, env)
    if (secret === undefined || secret.length < 16)
      throw new OutletsConfigError(
        `${where}.secret is required (at least 16 characters): receivers check the signature`,
      )
    spec.secret = secret
  }
  return spec
}

/** Parses the outlets file's JSON: `{"outlets": [...]}`. */
export function parseOutlets(json: unknown, env: Env): OutletSpec[] {
  if (!isObj(json) || !Array.isArray(json.outlets))
    throw new OutletsConfigError('outlets file must be {"outlets": [...]}')
  const specs = json.outlets.map((o, i) => outletOf(o, i, env))
  const names = new Set<string>()
  for (const s of specs) {
    if (names.has(s.name)) throw new OutletsConfigError(`outlet ${s.name} is listed twice`)
    names.add(s.name)
  }
  for (const s of specs) {
    if (s.escalate && !names.has(s.escalate.to))
      throw new OutletsConfigError(`outlet ${s.name}.escalate.to names no outlet (${s.escalate.to})`)
    if (s.escalate?.to === s.name) throw new OutletsConfigError(`outlet ${s.name} escalates to itself`)
  }
  return specs
}

/** The outlets this process delivers to: the env's webhook first, then the file's. */
export function loadOutlets(env: Env): OutletSpec[] {
  const out: OutletSpec[] = []
  const url = env.ALERT_WEBHOOK_URL
  if (url !== undefined && url !== '') {
    if ((env.ALERT_WEBHOOK_SECRET ?? '').length < 16)
      throw new OutletsConfigError(
        'ALERT_WEBHOOK_SECRET is required with ALERT_WEBHOOK_URL (at least 16 characters): receivers check the signature',
      )
    out.push(
      ...parseOutlets(
        { outlets: [{ name: 'webhook', kind: 'webhook', url, secret: env.ALERT_WEBHOOK_SECRET ?? '' }] },
        env,
      ),
    )
  }
  const file = env.VIGIL_OUTLETS_FILE
  if (file !== undefined && file !== '') {
    let json: unknown
    try {
      json = JSON.parse(readFileSync(file, 'utf8'))
    } catch (err) {
      throw new OutletsConfigError(`VIGIL_OUTLETS_FILE ${file}: ${(err as Error).message}`)
    }
    const fromFile = parseOutlets(json, env)
    for (const s of fromFile) {
      if (out.some((o) => o.name === s.name))
        throw new OutletsConfigError(`outlet ${s.name} is defined by ALERT_WEBHOOK_URL and the file`)
    }
    out.push(...fromFile)
  }
  return out
}
