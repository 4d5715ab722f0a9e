/**
 * What the wall screen says about incidents, decided in one place: the whole-screen state, the
 * order of incidents (our bank first), what a competitor's incident is to us, the one multiplier
 * and the plain headline. Pure; unit tested.
 *
 * Interim (until the outlets branch adds `multiplier`, `trend` and a plain-language headline to
 * Alert): `multiplierOf` and `headlineOf` compute them from the existing fields. Each is the one
 * line to switch to the detector's field once it exists; nothing else on the screen computes
 * either.
 */
import type { Alert, Severity } from './types.js'

const SEVERITY_RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2, critical: 3 }

/** The whole screen's state, from the incidents that are not resolved. */
export type ScreenState = 'calm' | 'watch' | 'crisis'

/** What an incident is to us: ours, a competitor's bad day (an opportunity), or the sector's. */
export type IncidentKind = 'own' | 'opportunity' | 'sector'

export interface BrandRole {
  role: 'own' | 'competitor'
}

/** Unresolved: open, escalating, or acknowledged (being handled) — all stay on the wall. */
export const isActive = (a: Alert): boolean => a.status !== 'resolved'

/** Still waiting for a person: open or escalating. */
export const needsAttention = (a: Alert): boolean => a.status === 'open' || a.status === 'escalating'

export function kindOf(a: Alert, roleOf: (brand: string) => BrandRole['role'] | undefined): IncidentKind {
  if (roleOf(a.brand) === 'own') return 'own'
  return a.sectorWide ? 'sector' : 'opportunity'
}

/**
 * crisis: our own bank has a high or critical incident, acknowledged or not (being handled is
 * not over); watch: anything else unresolved (our low/medium ones, competitors' incidents,
 * sector-wide events); calm: nothing unresolved.
 */
export function screenState(
  alerts: readonly Alert[],
  roleOf: (brand: string) => BrandRole['role'] | undefined,
): ScreenState {
  const active = alerts.filter(isActive)
  if (active.length === 0) return 'calm'
  const ownSerious = active.some(
    (a) => kindOf(a, roleOf) === 'own' && SEVERITY_RANK[a.severity] >= SEVERITY_RANK.high,
  )
  return ownSerious ? 'crisis' : 'watch'
}

/**
 * The wall's order: unresolved before resolved, our bank before competitors, waiting before
 * being handled, more severe first, then the newest. The first one is the hero.
 */
export function orderIncidents(
  alerts: readonly Alert[],
  roleOf: (brand: string) => BrandRole['role'] | undefined,
): Alert[] {
  const key = (a: Alert): number[] => [
    isActive(a) ? 0 : 1,
    roleOf(a.brand) === 'own' ? 0 : 1,
    needsAttention(a) ? 0 : 1,
    -SEVERITY_RANK[a.severity],
  ]
  return [...alerts].sort((a, b) => {
    const ka = key(a)
    const kb = key(b)
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! - kb[i]!
    return b.updatedAt.localeCompare(a.updatedAt)
  })
}

/** A count signal (not a trend key such as `hashtag:#x`, not the peer signal), with a baseline. */
const isCountSignal = (name: string): boolean => !name.includes(':') && name !== 'peer'

/**
 * The incident's one multiplier (observed over expected), used on the hero, its tile and the
 * list alike. Interim: the lead count signal — the detector lists signals strongest first and
 * its headline quotes the same one. A new hashtag's "baseline" is a novelty rate, so trend keys
 * are never read as growth (51 uses against 0.1 would read ×510).
 * The detector's `alert.multiplier` when the alert carries it (every alert since it does).
 */
export function multiplierOf(alert: Alert): number | null {
  if (alert.multiplier !== undefined) return alert.multiplier
  // Alerts from before the detector published its multiplier.
  const lead = alert.signals.find((s) => isCountSignal(s.name) && s.expected > 0)
  return lead ? lead.observed / lead.expected : null
}

export function formatMultiplier(m: number | null): string {
  if (m === null || !Number.isFinite(m)) return '—'
  return m >= 10 ? `×${Math.round(m)}` : `×${m.toFixed(1)}`
}

const SIGNAL_WORDS: Record<string, string> = {
  volume: 'posts',
  negative: 'negative posts',
  complaints: 'complaints',
  reach: 'potential reach',
  negative_share: 'share of negative posts',
}

/** "negative@5m" → "negative posts … in the last 5 minutes". */
export function describeSignal(name: string): { what: string; window: string } {
  const [base = name, win] = name.split('@')
  const m = win ? /^(\d+)m$/.exec(win) : null
  const minutes = m ? Number(m[1]) : 1
  return {
    what: SIGNAL_WORDS[base] ?? base.replaceAll('_', ' '),
    window: minutes === 1 ? 'in the last minute' : `in the last ${minutes} minutes`,
  }
}

const PLATFORM_NAMES: Record<string, string> = {
  x: 'X',
  reddit: 'Reddit',
  facebook: 'Facebook',
  instagram: 'Instagram',
  youtube: 'YouTube',
  appstore: 'the App Store',
  playstore: 'Google Play',
  news: 'news sites',
}

export const platformName = (p: string): string => PLATFORM_NAMES[p] ?? p

/** A language code in English words ("nl" → "Dutch"); the code itself when the browser does not know it. */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code
  } catch {
    return code
  }
}

const listWords = (xs: string[]): string =>
  xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`

/** A piece of the headline; `isolate` marks a name or hashtag in its own direction (`<bdi>`). */
export interface HeadlinePart {
  text: string
  isolate?: boolean
}

/**
 * One sentence a person reads from across the room: the bank's display name, what is unusual
 * against what was expected (with the same multiplier as everywhere), where, and the hashtag.
 * The sentence is English (left to right); the bank's name and the hashtag are isolated parts,
 * so an Arabic name or hashtag never carries the counts beside it to the other side.
 * The detector writes the sentence (packages/detect headline.ts) on every alert that carries a
 * trend; it is cut here around the bank's name and the hashtags so that each is isolated. Older
 * alerts, whose headline was engine shorthand, get one composed from the signals and drivers.
 */
export function headlineParts(alert: Alert, brandName: string): HeadlinePart[] {
  if (alert.trend !== undefined)
    return isolateNames(alert.headline, [alert.brandName ?? brandName, ...alert.drivers.hashtags])
  const lead = alert.signals.find((s) => isCountSignal(s.name) && s.expected > 0)
  const parts: HeadlinePart[] = [{ text: brandName, isolate: true }, { text: ': ' }]
  const tag = alert.drivers.hashtags[0]
  if (lead) {
    const { what, window } = describeSignal(lead.name)
    parts.push({
      text: `${what} ${formatMultiplier(multiplierOf(alert))} normal ${window} (${Math.round(lead.observed)} vs ${Math.round(lead.expected)} expected)`,
    })
  } else if (tag) {
    parts.push({ text: 'new hashtag ' }, { text: tag, isolate: true }, { text: ' spreading' })
  } else {
    parts.push({ text: 'unusual activity' })
  }
  const platforms = alert.drivers.platforms.slice(0, 2).map(platformName)
  const languages = alert.drivers.languages.slice(0, 2).map(languageName)
  if (platforms.length > 0 || languages.length > 0) {
    parts.push({
      text: `, mostly${platforms.length ? ` on ${listWords(platforms)}` : ''}${languages.length ? ` in ${listWords(languages)}` : ''}`,
    })
  }
  if (lead && tag) parts.push({ text: ', ' }, { text: tag, isolate: true })
  return parts
}

/** `text` cut into parts, each occurrence of a name (any case) isolated in its own part. */
export function isolateNames(text: string, names: readonly string[]): HeadlinePart[] {
  const lower = text.toLowerCase()
  const wanted = names.filter((n) => n !== '').map((n) => n.toLowerCase())
  const parts: HeadlinePart[] = []
  let from = 0
  for (;;) {
    let at = -1
    let len = 0
    for (const n of wanted) {
      const i = lower.indexOf(n, from)
      if (i !== -1 && (at === -1 || i < at || (i === at && n.length > len))) [at, len] = [i, n.length]
    }
    if (at === -1) break
    if (at > from) parts.push({ text: text.slice(from, at) })
    parts.push({ text: text.slice(at, at + len), isolate: true })
    from = at + len
  }
  if (from < text.length) parts.push({ text: text.slice(from) })
  return parts
}

/** "likely real · 87 %": the detector's calibrated probability, when the alert carries one. */
export const probabilityLine = (alert: Alert): string | null =>
  alert.probability === undefined ? null : `likely real · ${Math.round(alert.probability * 100)} %`

/** The headline as plain text (outlets, titles, tests). */
export const headlineOf = (alert: Alert, brandName: string): string =>
  headlineParts(alert, brandName)
    .map((p) => p.text)
    .join('')

/** "BEING HANDLED since 10:04 by duty": the line an acknowledged incident keeps until it resolves. */
export function handledLine(alert: Alert, clock: (iso: string) => string): string | null {
  if (alert.status !== 'acknowledged') return null
  const since = alert.acknowledgedAt ? ` since ${clock(alert.acknowledgedAt)}` : ''
  const by = alert.acknowledgedBy ? ` by ${alert.acknowledgedBy}` : ''
  return `Being handled${since}${by}`
}

export const KIND_LABELS: Record<IncidentKind, string> = {
  own: 'Our bank',
  opportunity: 'Competitor: opportunity',
  sector: 'Sector-wide',
}
