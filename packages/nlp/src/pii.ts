/**
 * Personal data in posts: customers overshare card and account numbers. Every finder is a
 * linear scan (anchored by look-behinds, bounded quantifiers) followed by a check digit or a
 * context rule, so that ordinary numbers — amounts, dates, order and tracking numbers —
 * are left alone. Masking keeps the last few digits where care teams need them to talk
 * to the customer ("the card ending 1234").
 */
import type { PiiKind } from '@vigil/schema'
import {
  bsnValid,
  cardSchemeValid,
  digitsOf,
  ibanValid,
  luhnValid,
  ninoValid,
  ssnValid,
} from './pii-checks.js'
import { allMatches } from './regex.js'

export interface PiiSpan {
  kind: PiiKind
  start: number
  end: number
}

const CARD_RE = /(?<![A-Za-z0-9+.,])\d(?:[ -]?\d){11,18}(?![\d])/gu
const IBAN_RE = /(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]){11,32}/g
const SORT_ACC_RE = /(?<![\d-])\d{2}([- ]?)\d{2}\1\d{2}(?![\d-])[^\d\n]{0,25}?(?<!\d)\d{8}(?!\d)/g
// Account number first, then the words "sort code" and the code ("12345678 sort code 12-34-56").
const ACC_SORT_RE =
  /(?<!\d)\d{8}(?!\d)[^\d\n]{0,12}?sort ?code[^\d\n]{0,5}?\d{2}([- ]?)\d{2}\1\d{2}(?![\d-])/gi
const SSN_RE = /(?<![\d-])\d{3}([- ])\d{2}\1\d{4}(?![\d-])/g
const NINE_DIGITS_RE =
  /(?<![\d.,-])\d{3}[ .]?\d{2}[ .]?\d{2}[ .]?\d{2}(?![\d.,-])|(?<![\d.,-])\d{9}(?![\d.,-])/g
const NINO_RE = /(?<![A-Za-z0-9])[A-Za-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-Da-d](?![A-Za-z0-9])/g
const ACCOUNT_RE =
  /(?<!\p{L})(?:account|acct|acc|a\/c|rekening(?:nummer|nr)?|cuenta|compte|konto(?:nummer)?|conto|conta|hesap|nomor rekening|no\.? rek)(?!\p{L})[^\d\n]{0,20}?(?<![\d£$€¥₹])(\d(?:[ -]?\d){5,17})(?![\d.,]\d)(?!\d)|(?:账号|账户|帐号|帐户|卡号|银行卡|card number|card no\.?|حساب)[^\d\n]{0,8}?(\d(?:[ -]?\d){5,18})(?!\d)/giu
const PHONE_RE = /(?<![A-Za-z0-9+])(?:\+|00)?\(?\d[\d ().-]{5,22}\d(?![\d])/gu

const ORDER_CTX_RE =
  /(?:(?<![a-z])(?:order|tracking|track|parcel|shipment|ref|reference|invoice|factuur|factuurnummer|ticket|case|booking|transaction|txn|id|bestelling|pedido|commande|bestellung|ordine|sipariş|pesanan)|订单|订单号|单号|طلب|رقم الطلب)(?:\s*(?:number|no\.?|nr\.?|num|nummer|número|numéro|code|id))?[^\p{L}]{0,6}$/iu
const CARD_CTX_RE =
  /(?:card|visa|mastercard|amex|pan|kaart|pas|tarjeta|carte|karte|carta|cartão|kart|kartu|卡|بطاقة)/iu
const PHONE_CTX_RE =
  /(?:call|phone|tel|mobile|cell|whatsapp|text me|ring|my number|number is|contact|bel|mijn nummer|telefoon|teléfono|llama|téléphone|appelle|telefon|anruf|telefono|chiama|ligue|celular|ara|hubungi|nomor|hp|wa|电话|手机|致电|هاتف|جوال|اتصل|फोन)/iu
const BSN_CTX_RE = /(?:bsn|burgerservicenummer|sofinummer|sofi)/iu
const SSN_CTX_RE = /(?:ssn|social security|social sec)/iu
const NINO_CTX_RE = /(?:\bni\b|national insurance|nino|ni number)/iu
const UK_ACC_CTX_RE = /(?:sort|account|acc|a\/c|acct)/iu
const CURRENCY_BEFORE_RE = /(?:[£$€¥₹₺]|usd|eur|gbp|rs\.?|rp\.?|tl|aed|sar|rmb|cny)\s?$/iu
const AFTER_NUMBER_RE =
  /^\s?(?:[£$€¥₹₺%]|usd|eur|gbp|euro|dollars?|pounds?|yuan|元|块|درهم|ريال|lira|rupees?|rupiah|kg|km|mb|gb|ms|points?|pts|followers|views|likes)/iu
const DATE_LIKE_RE = /^(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./-]\d{1,2}[./-]\d{1,2})$/
const PRICE_LIKE_RE = /[.,]\d{2}$/

function before(text: string, start: number, n = 40): string {
  return text.slice(Math.max(0, start - n), start)
}
function after(text: string, end: number, n = 20): string {
  return text.slice(end, end + n)
}

function findCards(text: string, out: PiiSpan[]): void {
  for (const m of allMatches(CARD_RE, text)) {
    const start = m.index
    const end = start + m[0].length
    // A longer number continues after a separator: it is not one card.
    if (/^[ -]\d/.test(after(text, end, 2))) continue
    const d = digitsOf(m[0])
    if (!luhnValid(d) || !cardSchemeValid(d)) continue
    const ctx = before(text, start, 30)
    if (ORDER_CTX_RE.test(ctx) && !CARD_CTX_RE.test(ctx)) continue
    out.push({ kind: 'card', start, end })
  }
}

function findIbans(text: string, out: PiiSpan[]): void {
  for (const m of allMatches(IBAN_RE, text)) {
    const raw = m[0]
    // The greedy match can run into the next word; try the longest valid prefix that ends
    // on a character boundary of the IBAN (country lengths make this at most a few tries).
    let compactLen = 0
    const ends: number[] = []
    for (let i = 0; i < raw.length; i++) {
      if (raw[i] !== ' ') {
        compactLen++
        ends[compactLen] = i + 1
      }
    }
    for (let len = Math.min(compactLen, 34); len >= 15; len--) {
      const endIdx = ends[len]
      if (endIdx === undefined) continue
      const cand = raw.slice(0, endIdx)
      if (/[A-Za-z0-9]/.test(raw[endIdx] ?? '') && raw[endIdx - 1] !== ' ' && raw[endIdx] !== ' ') continue
      if (ibanValid(cand)) {
        out.push({ kind: 'iban', start: m.index, end: m.index + endIdx })
        break
      }
    }
  }
}

function findUkAccounts(text: string, out: PiiSpan[]): void {
  for (const m of allMatches(ACC_SORT_RE, text))
    out.push({ kind: 'uk_account', start: m.index, end: m.index + m[0].length })
  for (const m of allMatches(SORT_ACC_RE, text)) {
    const ctx = before(text, m.index, 40) + m[0]
    if (!UK_ACC_CTX_RE.test(ctx)) continue
    out.push({ kind: 'uk_account', start: m.index, end: m.index + m[0].length })
  }
}

function findAccounts(text: string, out: PiiSpan[]): void {
  for (const m of allMatches(ACCOUNT_RE, text)) {
    const num = m[1] ?? m[2]
    if (num === undefined) continue
    const start = m.index + m[0].length - num.length
    const end = start + num.length
    if (AFTER_NUMBER_RE.test(after(text, end))) continue
    if (DATE_LIKE_RE.test(num)) continue
    out.push({ kind: 'account_number', start, end })
  }
}

function findNationalIds(text: string, out: PiiSpan[], digits: number): void {
  // SSNs and BSNs have nine digits; a NINO six.
  if (digits >= 9) findNineDigitIds(text, out)
  for (const m of allMatches(NINO_RE, text)) {
    if (!ninoValid(m[0])) continue
    const upper = m[0] === m[0].toUpperCase()
    if (upper || NINO_CTX_RE.test(before(text, m.index, 40))) {
      out.push({ kind: 'uk_nino', start: m.index, end: m.index + m[0].length })
    }
  }
}

function findNineDigitIds(text: string, out: PiiSpan[]): void {
  for (const m of allMatches(SSN_RE, text)) {
    if (ssnValid(digitsOf(m[0]))) out.push({ kind: 'us_ssn', start: m.index, end: m.index + m[0].length })
  }
  for (const m of allMatches(NINE_DIGITS_RE, text)) {
    const ctx = before(text, m.index, 40)
    const d = digitsOf(m[0])
    const span = { start: m.index, end: m.index + m[0].length }
    if (BSN_CTX_RE.test(ctx) && bsnValid(d)) out.push({ kind: 'nl_bsn', ...span })
    else if (SSN_CTX_RE.test(ctx) && ssnValid(d)) out.push({ kind: 'us_ssn', ...span })
  }
}

function phoneShapeOk(raw: string, ctx: string): boolean {
  const d = digitsOf(raw)
  const intl = raw.startsWith('+') || raw.startsWith('00')
  if (DATE_LIKE_RE.test(raw.trim()) || PRICE_LIKE_RE.test(raw)) return false
  // A dot-grouped number is a thousands-separated amount unless someone says "phone".
  const hasPhoneCtx = PHONE_CTX_RE.test(ctx)
  if (raw.includes('.') && !hasPhoneCtx && !intl) return false
  if (intl) return d.length >= 8 && d.length <= 15
  if (/^1[3-9]\d{9}$/.test(d)) return true // mainland China mobile
  if (/^\(\d{3}\) ?\d{3}[ -]\d{4}$/.test(raw)) return true // North American
  if (d.startsWith('0') && (d.length === 10 || d.length === 11) && (/[ -]/.test(raw) || hasPhoneCtx))
    return true
  return hasPhoneCtx && d.length >= 7 && d.length <= 15
}

function findPhones(text: string, out: PiiSpan[]): void {
  for (const m of allMatches(PHONE_RE, text)) {
    const raw = m[0]
    const start = m.index
    const end = start + raw.length
    const ctx = before(text, start, 30)
    if (CURRENCY_BEFORE_RE.test(ctx) || AFTER_NUMBER_RE.test(after(text, end))) continue
    if (ORDER_CTX_RE.test(ctx) && !PHONE_CTX_RE.test(ctx)) continue
    if (phoneShapeOk(raw, ctx)) out.push({ kind: 'phone', start, end })
  }
}

const LOCAL_CH = /[A-Za-z0-9._%+-]/
const DOMAIN_CH = /[A-Za-z0-9.-]/

/** E-mail addresses, found from each '@' outwards so that no regex can backtrack. */
function findEmails(text: string, out: PiiSpan[]): void {
  let at = text.indexOf('@')
  while (at !== -1) {
    let s = at
    while (s > 0 && at - s < 64 && LOCAL_CH.test(text[s - 1]!)) s--
    let e = at + 1
    while (e < text.length && e - at < 254 && DOMAIN_CH.test(text[e]!)) e++
    while (e > at + 1 && (text[e - 1] === '.' || text[e - 1] === '-')) e--
    const domain = text.slice(at + 1, e)
    // "@user@instance.social" is a public fediverse handle, not an e-mail address.
    const fediverse = text[s - 1] === '@'
    if (s < at && !fediverse && /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}$/.test(domain)) {
      out.push({ kind: 'email', start: s, end: e })
    }
    at = text.indexOf('@', Math.max(e, at + 1))
  }
}

const MIN_PII_DIGITS = 6

function countDigits(s: string): number {
  let n = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 48 && c <= 57) n++
  }
  return n
}

const PRIORITY: PiiKind[] = [
  'email',
  'iban',
  'card',
  'uk_account',
  'us_ssn',
  'nl_bsn',
  'uk_nino',
  'account_number',
  'phone',
]

/** All personal-data spans in `text`, non-overlapping, in text order. */
export function findPii(text: string): PiiSpan[] {
  // Cheap gate: without a digit or '@' there is nothing to find.
  const digits = countDigits(text)
  const hasAt = text.includes('@')
  if (digits < MIN_PII_DIGITS && !hasAt) return []
  const all: PiiSpan[] = []
  if (hasAt) findEmails(text, all)
  // Every number-based kind has at least six digits (NI number, short account numbers).
  // Each finder needs at least a number of digits in the whole text; below it the regex scan
  // (slow where it starts with a look-behind) cannot match and is skipped.
  if (digits >= MIN_PII_DIGITS) {
    findIbans(text, all)
    if (digits >= 12) findCards(text, all)
    if (digits >= 14) findUkAccounts(text, all)
    findNationalIds(text, all, digits)
    findAccounts(text, all)
    if (digits >= 7) findPhones(text, all)
  }
  all.sort((a, b) => PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind) || a.start - b.start)
  const kept: PiiSpan[] = []
  for (const s of all) {
    if (!kept.some((k) => s.start < k.end && k.start < s.end)) kept.push(s)
  }
  return kept.sort((a, b) => a.start - b.start)
}

function maskChars(s: string, keepLast: number, re: RegExp): string {
  let toKeep = keepLast
  const chars = [...s]
  for (let i = chars.length - 1; i >= 0; i--) {
    if (!re.test(chars[i]!)) continue
    if (toKeep > 0) toKeep--
    else chars[i] = '*'
  }
  return chars.join('')
}

function maskSpan(kind: PiiKind, s: string): string {
  switch (kind) {
    case 'email':
      return '[email]'
    case 'card':
    case 'account_number':
    case 'uk_account':
      return maskChars(s, 4, /\d/)
    case 'iban':
      return s.slice(0, 2) + maskChars(s.slice(2), 4, /[A-Za-z0-9]/)
    case 'phone':
      return maskChars(s, 2, /\d/)
    default:
      return maskChars(s, 0, /[A-Za-z0-9]/)
  }
}

export interface MaskResult {
  text: string
  kinds: PiiKind[]
  spans: PiiSpan[]
}

/** Mask every span; `kinds` lists each kind found once, in order of first appearance. */
export function maskPii(text: string): MaskResult {
  const spans = findPii(text)
  if (spans.length === 0) return { text, kinds: [], spans }
  let out = ''
  let pos = 0
  const kinds: PiiKind[] = []
  for (const s of spans) {
    out += text.slice(pos, s.start) + maskSpan(s.kind, text.slice(s.start, s.end))
    pos = s.end
    if (!kinds.includes(s.kind)) kinds.push(s.kind)
  }
  return { text: out + text.slice(pos), kinds, spans }
}
