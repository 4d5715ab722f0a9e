/**
 * An independent scan for personal data in responses, beside packages/nlp's own finders: digits
 * of every script folded to ASCII, then card numbers (issuer prefix + Luhn), IBANs (mod 97),
 * e-mail addresses and phone numbers by plain patterns. Written apart from the masker so that a
 * blind spot in one is not a blind spot in both.
 */

/** Every Unicode decimal digit (\p{Nd}) → its ASCII digit; they come in runs of ten. */
const DIGIT = (() => {
  const map = new Map<number, string>()
  let runStart = -1
  for (let cp = 0; cp <= 0x1ffff; cp++) {
    if (/\p{Nd}/u.test(String.fromCodePoint(cp))) {
      if (runStart < 0) runStart = cp
      map.set(cp, String((cp - runStart) % 10))
    } else runStart = -1
  }
  return map
})()

export function foldDigits(s: string): string {
  let out = ''
  for (const ch of s) {
    const cp = ch.codePointAt(0)!
    out += cp < 0x80 ? ch : (DIGIT.get(cp) ?? ch)
  }
  return out
}

const luhn = (d: string): boolean => {
  let sum = 0
  for (let i = 0; i < d.length; i++) {
    let n = Number(d[d.length - 1 - i])
    if (i % 2 === 1) n = n * 2 > 9 ? n * 2 - 9 : n * 2
    sum += n
  }
  return sum % 10 === 0
}

const mod97 = (iban: string): boolean => {
  const s = iban.slice(4) + iban.slice(0, 4)
  let rem = 0
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch
    for (const c of v) rem = (rem * 10 + Number(c)) % 97
  }
  return rem === 1
}

export interface Finding {
  kind: 'card' | 'iban' | 'email' | 'phone'
  value: string
}

/** Personal data in one piece of free text, after folding digits. */
export function scanText(raw: string): Finding[] {
  const s = foldDigits(raw)
  const out: Finding[] = []
  for (const m of s.matchAll(/(?<![\d])(?:\d[ -]?){12,18}\d(?![\d])/g)) {
    const d = m[0].replace(/\D/g, '')
    if (/^(4|5[1-5]|2[2-7]|3[47]|6)/.test(d) && luhn(d)) out.push({ kind: 'card', value: m[0] })
  }
  for (const m of s.toUpperCase().matchAll(/\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b/g)) {
    // The pattern may run on into the next word: drop whole trailing words until it checks.
    const words = m[0].split(' ')
    for (let k = words.length; k >= 1; k--) {
      const compact = words.slice(0, k).join('')
      if (compact.length >= 15 && compact.length <= 34 && mod97(compact)) {
        out.push({ kind: 'iban', value: compact })
        break
      }
    }
  }
  for (const m of s.matchAll(/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu))
    out.push({ kind: 'email', value: m[0] })
  for (const m of s.matchAll(
    /(?<![\w+])(?:\+|00)[1-9](?:[ .()-]?\d){7,14}(?!\d)|(?<!\d)0[1-9](?:[ -]?\d){8}(?!\d)/g,
  ))
    out.push({ kind: 'phone', value: m[0] })
  return out
}

/** Keys whose values are machine data (ids, times, links, hashes), not text a person wrote. */
const MACHINE_KEY =
  /(^id$|Id$|Ids$|^ids$|^url$|^urls$|At$|^at$|^cursor$|^hash|^etag|^minute$|^bucket$|^version$)/

/** Every free-text string of a JSON value, with its path. */
export function* textsOf(v: unknown, path = ''): Generator<{ path: string; text: string }> {
  if (typeof v === 'string') {
    yield { path, text: v }
    return
  }
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) yield* textsOf(v[i], `${path}[${i}]`)
    return
  }
  if (v !== null && typeof v === 'object') {
    for (const [k, x] of Object.entries(v))
      if (!MACHINE_KEY.test(k)) yield* textsOf(x, path === '' ? k : `${path}.${k}`)
  }
}
