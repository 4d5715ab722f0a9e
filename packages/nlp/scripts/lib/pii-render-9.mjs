/**
 * Renders and judges blind personal-data set 9 (data/fresh/pii-fresh-9.mjs) for
 * scripts/eval-pii-fresh.mjs --set 9. Written by the red team before reading the masking code or
 * the earlier sets' renderers, so it aims at what people type, not at what the code handles.
 *
 * Each sensitive post is rendered as written, then once per other form (at most three):
 *   slots 1–2  the other ways the author might have typed the same value, written into the marker
 *              (⟦kind:value|other|other⟧): another grouping, the bare copy from an app, the
 *              international phone form, an address written "at … dot …", lower case;
 *   slot 3     the phone keyboard: Arabic posts flip between ASCII and Arabic-Indic digits and
 *              Chinese posts between ASCII and full-width digits (the whole post, as a keyboard
 *              types it); elsewhere no-break spaces between groups (copied from a web page or a
 *              PDF), and for every third card, IBAN or account number a screenshot's OCR
 *              (O for 0, l for 1 in a few places).
 * A value without a form for a slot is left as written and not scored again in that rendering.
 * Ordinary posts are rendered as written, and Arabic and Chinese ones also with their keyboard's
 * digits.
 *
 * A value is left READABLE when the masked text, read as a person reads it (digits of every
 * script as ASCII, compatibility forms folded, O/l beside digits as 0/1, everything but letters
 * and digits dropped), still holds the whole value in a row; MOSTLY readable when it holds
 * three quarters of a value of eight or more characters in a row. An ordinary number is KEPT
 * when the masked text, read the same way but with its separators, still holds it.
 */

import { ACCEPTED_8 } from './pii-render-8.mjs'

const ARABIC_INDIC = 0x660
const FULL_WIDTH = 0xff10
const INVISIBLE = /[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]/g

/** Which reported kinds count as finding a value of each kind: set 8's, but an IBAN must be
 * reported as an IBAN (written blind with the same table otherwise; shared once set 9 was in). */
export const ACCEPTED_9 = { ...ACCEPTED_8, iban: ['iban'] }

/** Any Unicode decimal digit as its ASCII digit; other characters unchanged. */
function asciiDigits(s) {
  return s.replace(/\p{Nd}/gu, (c) => {
    const cp = c.codePointAt(0)
    // Decimal digit blocks are ten consecutive code points; find this one's zero.
    let zero = cp
    while (zero > cp - 9 && /\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero--
    return String((cp - zero) % 10)
  })
}

/** Text as a reader sees it: compatibility forms folded, invisible marks gone, digits ASCII. */
export function asRead9(s) {
  return asciiDigits(s.normalize('NFKC').replace(INVISIBLE, '')).replace(/\s+/gu, ' ')
}

/** Letters and digits only, lower case, with an OCR'd O or l beside a digit read as 0 or 1. */
export function readKey9(s) {
  return asRead9(s)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '')
    .replace(/(?<=\d)[o]|[o](?=\d)/g, '0')
    .replace(/(?<=\d)[li|]|[li|](?=\d)/g, '1')
}

/** 'readable', 'mostly' or 'masked' for one rendered value in the masked text. */
export function judge9(maskedText, v) {
  const mk = readKey9(maskedText)
  const vk = readKey9(v.shown)
  if (mk.includes(vk)) return 'readable'
  if (vk.length >= 8) {
    const w = Math.ceil(vk.length * 0.75)
    for (let i = 0; i + w <= vk.length; i++) if (mk.includes(vk.slice(i, i + w))) return 'mostly'
  }
  return 'masked'
}

export function keptOrdinary9(maskedText, s) {
  return asRead9(maskedText).includes(asRead9(s))
}

const toZero = (s, zero) => s.replace(/[0-9]/g, (d) => String.fromCodePoint(zero + Number(d)))
const hasLocal = (s) => /[\u0660-\u0669\uff10-\uff19]/u.test(s)

/** The keyboard form of a whole post: the language's digits, or back to ASCII. */
function keyboardPost(text, lang) {
  if (lang !== 'ar' && lang !== 'zh') return null
  if (hasLocal(text)) return asciiDigits(text.normalize('NFKC'))
  return toZero(text, lang === 'ar' ? ARABIC_INDIC : FULL_WIDTH)
}

/** An OCR'd screenshot: a couple of 0s read as O and 1s as l. */
function ocr(value) {
  let zeros = 0
  let ones = 0
  return value.replace(/[01]/g, (d) => {
    if (d === '0' && zeros++ % 2 === 0) return 'O'
    if (d === '1' && ones++ % 2 === 1) return 'l'
    return d
  })
}

/** A short name for how a value is shown, for the by-form figures. */
function formName(shown, written, slot) {
  if (slot === 3) {
    if (hasLocal(shown)) return 'local digits'
    if (hasLocal(written)) return 'ascii (from local)'
    return shown.includes('\u00a0') ? 'no-break spaces' : 'ocr screenshot'
  }
  const digitsOnly = asRead9(shown).replace(/[^0-9]/g, '')
  const local = hasLocal(shown) ? ', local digits' : ''
  if (/\b(at|dot|arobase|arroba|apenstaartje|punt|punto)\b|\(at\)|\[at\]/i.test(shown))
    return `spelled address${local}`
  if (/^(\+|00)/.test(asRead9(shown).trim())) return `international${local}`
  if (slot > 0 && shown.toLowerCase() === written.toLowerCase() && shown !== written)
    return `case changed${local}`
  const tight =
    digitsOnly.length >= 6 &&
    asRead9(shown)
      .replace(/[^0-9 .\-/]/g, '')
      .trim() === digitsOnly
  const head = slot === 0 ? 'written' : 'other'
  // A PIN or a short code has no grouping to speak of.
  if (digitsOnly.length < 6) return `${head} short${local}`
  return `${head} ${tight ? 'bare' : 'grouped'}${local}`
}

const MARK = /⟦([a-z_]+):([^⟧]+)⟧|⟪([^⟫]+)⟫/g

/** One rendering of a marked post: slot 0 as written, 1–2 the author's others, 3 the keyboard. */
function renderPost(marked, lang, slot, p) {
  const values = []
  const plain = []
  let index = 0
  const keyboard = slot === 3 && (lang === 'ar' || lang === 'zh')
  // Addresses and passwords are typed with the Latin layout, so the keyboard leaves them alone.
  const latinOnly = (kind) => kind === 'password' || kind === 'email'
  // Rendered parts sit between \u0001 and \u0002 so the keyboard pass below skips them.
  const text = marked.replace(MARK, (_m, kind, spec, ord) => {
    if (!kind) {
      const shown = keyboard ? keyboardPost(ord, lang) : ord
      plain.push(shown)
      return `\u0001${shown}\u0002`
    }
    const [written, ...others] = spec.split('|')
    const i = index++
    let shown = written
    let scored = slot === 0
    if (slot === 1 || slot === 2) {
      if (others[slot - 1]) {
        shown = others[slot - 1]
        scored = true
      }
    } else if (keyboard) {
      if (!latinOnly(kind) && /\p{N}/u.test(written)) {
        shown = keyboardPost(written, lang)
        scored = true
      }
    } else if (slot === 3 && !latinOnly(kind) && /\p{N}/u.test(written)) {
      const ocrIt = ['card', 'iban', 'account_number'].includes(kind) && (p + i) % 3 === 0
      if (ocrIt) shown = ocr(written)
      else if (written.includes(' ')) shown = written.replace(/ /g, '\u00a0')
      scored = shown !== written
    }
    if (scored) values.push({ kind, value: written, shown, form: formName(shown, written, slot) })
    return `\u0001${shown}\u0002`
  })
  const out = text
    .split(/(\u0001[^\u0002]*\u0002)/)
    .map((part) =>
      part.startsWith('\u0001') ? part.slice(1, -1) : keyboard ? keyboardPost(part, lang) : part,
    )
    .join('')
  return { text: out, values, plain }
}

/** Every rendering of set 9 in the shape scripts/eval-pii-fresh.mjs scores. */
export function renderSet9(sensitive, ordinary) {
  const cases = []
  sensitive.forEach(([lang, marked], p) => {
    for (let slot = 0; slot <= 3; slot++) {
      const r = renderPost(marked, lang, slot, p)
      if (r.values.length === 0) continue
      // Ordinary numbers are scored once per post (as written, and in the keyboard's digits).
      if (slot === 1 || slot === 2 || (slot === 3 && lang !== 'ar' && lang !== 'zh')) r.plain = []
      cases.push({ id: `sensitive:${p}:${slot}`, lang, script: '-', sep: '-', long: false, ...r })
    }
  })
  ordinary.forEach(([lang, marked], p) => {
    const r = renderPost(marked, lang, 0, p)
    cases.push({ id: `ordinary:${p}:0`, lang, script: '-', sep: '-', long: false, ...r })
    const text = keyboardPost(r.text, lang)
    if (text)
      cases.push({
        id: `ordinary:${p}:1`,
        lang,
        script: '-',
        sep: '-',
        long: false,
        text,
        values: [],
        plain: r.plain.map((s) => keyboardPost(s, lang)),
      })
  })
  return cases
}
