/**
 * Milliseconds of an ISO-8601 UTC time. The canonical form validateMention writes
 * ("2026-11-02T09:00:00.000Z") is read digit by digit (Date.parse costs more than the rest of
 * observe); anything else goes to Date.parse.
 */
export function parseIsoMs(s: string): number {
  if (s.length !== 24 || s.charCodeAt(23) !== 90 /* Z */ || s.charCodeAt(10) !== 84 /* T */)
    return Date.parse(s)
  const y = digits(s, 0, 4)
  const mo = digits(s, 5, 2)
  const d = digits(s, 8, 2)
  const h = digits(s, 11, 2)
  const mi = digits(s, 14, 2)
  const sec = digits(s, 17, 2)
  const ms = digits(s, 20, 3)
  if (!(mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h < 24 && mi < 60 && sec < 60)) return Date.parse(s)
  // Consecutive mentions mostly share a day: Date.UTC once per day. Within the checked ranges
  // Date.UTC's day and time parts simply add (exact integers), so the result is the same.
  const day = (y * 100 + mo) * 100 + d
  if (day !== lastDay) {
    lastDayMs = Date.UTC(y, mo - 1, d)
    lastDay = day
  }
  return lastDayMs + ((h * 60 + mi) * 60 + sec) * 1000 + ms
}

/** The day (yyyymmdd) parseIsoMs saw last, and its Date.UTC. */
let lastDay = Number.NaN
let lastDayMs = Number.NaN

/** The number written by `len` decimal digits of `s` from `i` (NaN on a non-digit). */
function digits(s: string, i: number, len: number): number {
  let v = 0
  for (let k = i; k < i + len; k++) {
    const c = s.charCodeAt(k) - 48
    if (c < 0 || c > 9) return Number.NaN
    v = v * 10 + c
  }
  return v
}
