import { decodeHTML } from 'entities'
import { compile } from 'html-to-text'
import countries from 'i18n-iso-countries'

export type Obj = Record<string, unknown>
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)
export const obj = (v: unknown): Obj => (isObj(v) ? v : {})
export const arr = (v: unknown): unknown[] =>
  Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]

/** A string, or a number written as one (ids arrive both ways). */
export function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v
  if (typeof v === 'number' && Number.isFinite(v)) return String(v)
  if (typeof v === 'bigint') return v.toString()
  return undefined
}

/** A non-empty trimmed string, or undefined. */
export function text(v: unknown): string | undefined {
  const s = str(v)?.trim()
  return s === undefined || s === '' ? undefined : s
}

/** A finite number, also from a numeric string ("12", "4.0"). */
export function num(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v)
  return undefined
}

/** A non-negative whole count, 0 when absent or unreadable. */
export const count = (v: unknown): number => Math.max(0, Math.floor(num(v) ?? 0))

/**
 * A time as platforms send it, to ISO-8601 UTC: ISO strings with any offset, RFC 822 dates
 * (RSS), epoch seconds or milliseconds (number or numeric string; below 1e11 is seconds),
 * and Google's `{seconds, nanos}`.
 */
export function isoTime(v: unknown): string | undefined {
  if (isObj(v) && v.seconds !== undefined) {
    const s = num(v.seconds)
    if (s === undefined) return undefined
    return fromMs(s * 1000 + Math.floor((num(v.nanos) ?? 0) / 1e6))
  }
  const n = num(v)
  if (n !== undefined) return fromMs(Math.abs(n) < 1e11 ? n * 1000 : n)
  if (typeof v !== 'string' || v.trim() === '') return undefined
  const s = v.trim()
  // A date-time without a zone ("2026-12-05 09:30:00") is taken as UTC, not as this host's time.
  const local = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(:\d{2}(\.\d+)?)?)$/.exec(s)
  return fromMs(Date.parse(local ? `${local[1]}T${local[2]}Z` : s))
}
function fromMs(ms: number): string | undefined {
  if (!Number.isFinite(ms)) return undefined
  const d = new Date(Math.round(ms))
  // Years outside 4 digits do not fit ISO-8601's usual form; such a date is a bad field.
  const y = d.getUTCFullYear()
  return Number.isNaN(d.getTime()) || y < 1970 || y > 9999 ? undefined : d.toISOString()
}

// Compiled once: html-to-text builds its selector tables per call otherwise (20 ms a feed).
const toText = compile({
  wordwrap: false,
  preserveNewlines: false,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'h1', options: { uppercase: false } },
    { selector: 'h2', options: { uppercase: false } },
    { selector: 'h3', options: { uppercase: false } },
    { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
  ],
})

/** Plain text from an HTML fragment: tags dropped, block breaks kept as newlines, entities decoded. */
export function htmlToText(html: string): string {
  return tidy(toText(html))
}

/** Text that platforms send entity-escaped (X, Reddit: `&amp;`, `&lt;`). */
export const decodeEntities = (s: string): string => decodeHTML(s)

/** Collapse runs of blank lines and trailing spaces; strip NULs and other C0 controls but tab/newline. */
export function tidy(s: string): string {
  return (
    s
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
      // No-break spaces (&nbsp;) are layout, not meaning: word splitting downstream wants plain spaces.
      .replace(/[\u00a0\u2007\u202f]/g, ' ')
      .replace(/\r\n?/g, '\n')
      .replace(/[ \t]+\n/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  )
}

/** Title and body as one text, the way a reader sees a review or an article. */
export function joinTitle(title: string | undefined, body: string | undefined): string {
  const t = title?.trim() ?? ''
  const b = body?.trim() ?? ''
  if (t === '') return b
  if (b === '' || b.startsWith(t)) return b === '' ? t : b
  return `${t}\n\n${b}`
}

/** A language tag as platforms give it ("en", "en_GB", "und") to a short BCP-47-like tag, or null. */
export function lang(v: unknown): string | null {
  const s = text(v)
  if (s === undefined) return null
  const tag = s.replace(/_/g, '-')
  if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(tag) || tag.length > 16) return null
  const lower = tag.toLowerCase()
  if (lower === 'und' || lower === 'zxx' || lower === 'qme' || lower === 'qht') return null
  const [primary, ...rest] = tag.split('-')
  return [primary!.toLowerCase(), ...rest.map((p) => (p.length === 2 ? p.toUpperCase() : p))].join('-')
}

/** A territory as alpha-2 or alpha-3 (App Store Connect sends "USA") to upper-case alpha-2, or null. */
export function territory(v: unknown): string | null {
  const s = text(v)?.toUpperCase()
  if (s === undefined) return null
  if (/^[A-Z]{2}$/.test(s)) return countries.isValid(s) ? s : s === 'UK' ? 'GB' : null
  if (/^[A-Z]{3}$/.test(s)) return countries.alpha3ToAlpha2(s) ?? null
  return null
}

/** A native id safe to put after `platform:`: no whitespace, at most 200 characters. */
export function nativeId(v: unknown): string | undefined {
  const s = text(v)
  if (s === undefined || /\s/.test(s) || s.length > 200) return undefined
  return s
}
