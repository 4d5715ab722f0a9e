/**
 * One-time codes said in passing: "asked for the code — which I gave them: 797 892", "the code
 * they texted me, stupidly I read it out: 48 21 93". A structural rule beside the phrasings of
 * pii-secrets.ts: after a code cue, in the same sentence, the first number with a one-time
 * code's shape (four to eight digits, or 3+3, or 2+2+2) is the code, whatever words stand
 * between. What keeps ordinary numbers out is the shape and the sentence, not word lists:
 * a year, an amount, a count, a time, a number with more groups or digits beside it, or a
 * number after an order/reference/phone word is not taken, nor a cue that names another code
 * (promo, postal, error, QR, …).
 */
import { AFTER_NUMBER_RE, ORDER_WORDS, ORDER_WORDS_RUN_ON, PHONE_BEFORE_RE } from './pii-context.js'
import type { NormSpan } from './pii-numbers.js'
import { OTP_WORDS_PLURAL } from './pii-secrets.js'

// Code cues: pii-secrets' code words in every language (one vocabulary for both rules), their
// plurals, and a bare "verification" ("the verification — I read it out: 48 21 93"); a bare
// "code"/"código"/"رمز" counts (qualifiers below exclude the other codes).
const CUE_RE = new RegExp(`${OTP_WORDS_PLURAL}|(?<!\\p{L})verification(?!\\p{L})`, 'giu')

// Qualifiers that make "code" another code: before it ("promo code") or after it ("code postal").
const OTHER_CODE_BEFORE_RE =
  /(?<!\p{L})(?:promo|discount|coupon|voucher|referral|invite|error|status|http|postal|post|zip|area|country|dial|bank|sort|swift|bic|qr|bar|source|product|tracking|dress|morse|tax|kortings|actie|fout|gutschein|rabatt|fehler|rabattcode|postleit|promotionnel|réduction|reduction|descuento|promocional|erreur|error|país|pays|source|bonus|gift|cadeau|regalo)\s?-?$|优惠|错误|邮政|خصم|تخفيض|بريدي/iu
const OTHER_CODE_AFTER_RE =
  /^\s?(?:postal|post|promo\p{L}*|de (?:réduction|descuento|promoción|promocion|barras|conduite|conducta)|erreur|error|fehler|of conduct|de país|pays|bancaire|swift|bic|iban|qr|red|base|review|source|(?:ال)?بريدي|(?:ال)?خصم)(?!\p{L})/iu

// The number is labelled as something else right before it ("flight 4421", "my flight is 4421"):
// an order word of pii-context.ts, or a room, branch, postcode, customer or member label, a copula
// or number word between.
const OTHER_LABEL_BEFORE_RE = new RegExp(
  `(?:(?<!\\p{L})(?:${ORDER_WORDS}|room|branch|filiale|agence|sucursal|oficina|vestiging|kamer|zimmer|chambre|habitación|postcode|plz|zip|cp|klant|kunden|client|cliente|customer|member|lid|mitglied|membre|socio|nr|no)|#|${ORDER_WORDS_RUN_ON}|邮编|网点|房间|فرع)(?:\\s(?:is|was|ist|war|est|était|es|era|fue|nummer|number|numéro|número|no|nr))?[^\\p{L}\\p{N}]{0,6}$`,
  'iu',
)

// Same sentence: no full stop (one before a digit is a separator), "!", "?" or line break between
// the cue and the number ("。" reads "." in the normal form). A colon, dash, comma or "—" may.
const SENTENCE_END_RE = /[.。](?!\d)|[!?！？؟]|\n/u
const MAX_GAP = 120

// The code: one group of 4–8 digits, or 3+3, or 2+2+2, with one separator of a kind between
// groups, and nothing digit-like glued on either side.
const CODE_SHAPE_RE = /^(?:\d{4,8}|\d{3}([ \-.])\d{3}|\d{2}([ \-.])\d{2}\2\d{2})$/
const NUMBER_RE = /\d+(?:[ \-.,:/]\d+)*/g

const GLUED_RE = /[A-Za-z\u00C0-\u024F_]/
const YEAR_RE = /^(?:19|20)\d\d$/

/** The number norm[s, e) is a one-time code said after the cue ending at `cueEnd`. */
function isPassingCode(norm: string, cueEnd: number, s: number, e: number): boolean {
  const raw = norm.slice(s, e)
  if (!CODE_SHAPE_RE.test(raw) || YEAR_RE.test(raw)) return false
  // "£1500", "1500 €", "3000 customers", "10 minutes": an amount or a count.
  if (/[£$€¥₹]\s?$/.test(norm.slice(Math.max(0, s - 2), s)) || AFTER_NUMBER_RE.test(norm.slice(e, e + 14)))
    return false
  // A decimal, a percentage, a time or a date run on after it is another number's part.
  if (/^[.,:/]\d|^%/.test(norm.slice(e, e + 2))) return false
  const before = norm.slice(Math.max(cueEnd, s - 24), s)
  if (OTHER_LABEL_BEFORE_RE.test(before) || PHONE_BEFORE_RE.test(norm.slice(Math.max(cueEnd, s - 40), s)))
    return false
  return true
}

/** Adds one-time codes said after a code cue with a clause between (see the file comment). */
export function findPassingOtps(norm: string, out: NormSpan[]): void {
  CUE_RE.lastIndex = 0
  for (let cue = CUE_RE.exec(norm); cue !== null; cue = CUE_RE.exec(norm)) {
    const cueEnd = cue.index + cue[0].length
    if (OTHER_CODE_BEFORE_RE.test(norm.slice(Math.max(0, cue.index - 20), cue.index))) continue
    if (OTHER_CODE_AFTER_RE.test(norm.slice(cueEnd, cueEnd + 24))) continue
    const tail = norm.slice(cueEnd, cueEnd + MAX_GAP)
    const end = SENTENCE_END_RE.exec(tail)
    const sentence = end === null ? tail : tail.slice(0, end.index)
    NUMBER_RE.lastIndex = 0
    // Only the first number after the cue: another number between names something else.
    const m = NUMBER_RE.exec(sentence)
    NUMBER_RE.lastIndex = 0
    if (m === null) continue
    const s = cueEnd + m.index
    const e = s + m[0].length
    // Glued to a Latin letter ("A320", "4G") it is a name, not a code read out; Chinese and
    // Arabic run words on without a space ("验证码是482913").
    if (GLUED_RE.test(norm[s - 1] ?? '') || GLUED_RE.test(norm[e] ?? '')) continue
    if (isPassingCode(norm, cueEnd, s, e)) out.push({ kind: 'otp', start: s, end: e, keep: 0 })
  }
  CUE_RE.lastIndex = 0
}
