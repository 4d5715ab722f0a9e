/**
 * The wall's time zone: stated on the clock and on every time axis, so nobody has to guess
 * whether 14:05 is the bank's head office or the screen's. Default: the browser's zone. A screen
 * is set once by opening `/#tz=Europe/Amsterdam` (kept in localStorage, like the token).
 */
const KEY = 'vigil.tz'

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
}

/** True when the browser knows the IANA zone. */
export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz })
    return true
  } catch {
    return false
  }
}

/** Moves `tz=` from the address into storage (only a zone the browser knows) and out of the bar. */
export function adoptTimeZoneFromUrl(loc: Location = window.location, storage: Storage = localStorage): void {
  const m = /(?:^#|&)tz=([^&]*)/.exec(loc.hash)
  if (!m) return
  const tz = decodeURIComponent(m[1]!)
  if (tz === '' || tz === 'browser') storage.removeItem(KEY)
  else if (isTimeZone(tz)) storage.setItem(KEY, tz)
  else console.warn('vigil: unknown time zone in the address, keeping the current one', tz)
  const rest = loc.hash.replace(m[0], m[0].startsWith('&') ? '' : '#').replace(/^#&/, '#')
  history.replaceState(null, '', `${loc.pathname}${loc.search}${rest === '#' ? '' : rest}`)
}

export function wallTimeZone(storage: Storage = localStorage): string {
  const tz = storage.getItem(KEY)
  return tz && isTimeZone(tz) ? tz : browserTimeZone()
}

/** Formatters for one zone, 24-hour, created once (Intl formatters are costly to build). */
export interface Clock {
  zone: string
  /** Short name of the zone at `at` ("CET", "GMT+1"). */
  abbreviation(at: Date): string
  hms(at: Date | string | number): string
  hm(at: Date | string | number): string
}

export function clockFor(zone: string): Clock {
  const hms = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  })
  const hm = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
  const abbr = new Intl.DateTimeFormat('en-GB', { timeZone: zone, timeZoneName: 'short' })
  const d = (x: Date | string | number) => (x instanceof Date ? x : new Date(x))
  return {
    zone,
    abbreviation: (at) => abbr.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? zone,
    hms: (at) => hms.format(d(at)),
    hm: (at) => hm.format(d(at)),
  }
}
