/**
 * `Date.parse` of an event time, faster for the canonical form ("2026-12-07T12:41:48.477Z",
 * what the schema writes): the posts of a stream arrive minute by minute, so the minute is
 * parsed once and each time adds its seconds and milliseconds read as digits. Any other
 * spelling, and a minute `Date.parse` refuses, takes `Date.parse` itself.
 */
export class IsoTimeParser {
  /** "YYYY-MM-DDTHH:MM" of the last canonical time, and its `Date.parse` at :00.000. */
  private minute: string | null = null
  private minuteT = Number.NaN

  parse(at: string): number {
    if (
      at.length !== 24 ||
      at.charCodeAt(16) !== 0x3a ||
      at.charCodeAt(19) !== 0x2e ||
      at.charCodeAt(23) !== 0x5a ||
      !canonicalMinute(at) ||
      // "T24:00" is midnight only at :00.000; leave hour 24 to Date.parse.
      (at.charCodeAt(11) === 0x32 && at.charCodeAt(12) === 0x34)
    )
      return Date.parse(at)
    const s = digits(at, 17, 2)
    const ms = digits(at, 20, 3)
    if (s < 0 || s > 59 || ms < 0) return Date.parse(at)
    if (this.minute === null || !at.startsWith(this.minute)) {
      this.minute = at.slice(0, 16)
      this.minuteT = Date.parse(`${this.minute}:00.000Z`)
    }
    return Number.isNaN(this.minuteT) ? Date.parse(at) : this.minuteT + s * 1000 + ms
  }
}

/** The `len` ASCII digits at `from` as a number, or −1 when one is not a digit. */
function digits(s: string, from: number, len: number): number {
  let v = 0
  for (let i = from; i < from + len; i++) {
    const d = s.charCodeAt(i) - 0x30
    if (d < 0 || d > 9) return -1
    v = v * 10 + d
  }
  return v
}

/**
 * "YYYY-MM-DDTHH:MM" as ISO 8601 writes it: only then is the minute one the full time extends
 * (`Date.parse`'s fallback for other spellings is left to read the whole string).
 */
function canonicalMinute(s: string): boolean {
  return (
    digits(s, 0, 4) >= 0 &&
    s.charCodeAt(4) === 0x2d &&
    digits(s, 5, 2) >= 0 &&
    s.charCodeAt(7) === 0x2d &&
    digits(s, 8, 2) >= 0 &&
    s.charCodeAt(10) === 0x54 &&
    digits(s, 11, 2) >= 0 &&
    s.charCodeAt(13) === 0x3a &&
    digits(s, 14, 2) >= 0
  )
}
