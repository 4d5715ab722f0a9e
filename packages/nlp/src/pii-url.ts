/**
 * Values inside URLs: "https://pay.example/checkout?card=4111111111111111&exp=12/27",
 * "…/customers/iban/NL91ABNA0417164300", "…?phone=%2B31612345678", "…?email=jan%40example.nl".
 * The number finders skip URLs (a status id, an article id and a page number are not personal
 * data), so a URL is read here part by part: each path segment and query value is read with the
 * name before it (the previous path segment or the parameter's name). A value is personal when
 * that name says what it is (card, phone, account, ssn, bsn, pin, password, email) and the value
 * has that kind's shape, or, without a name, when it is a card by issuer range and check digit;
 * never after an order, id, tracking or page name. An ordinary URL keeps its text.
 */
import type { PiiKind } from '@vigil/schema'
import { bsnValid, cardSchemeValid, luhnValid, ssnValid } from './pii-checks.js'
import type { NormSpan } from './pii-numbers.js'

/** One part of a URL between delimiters, with the name it is the value of. */
interface Part {
  start: number
  end: number
  text: string
  name: string
}

/** '/', '?', '&', '=', '#', ';': where a URL's parts end. */
const isDelim = (c: number): boolean =>
  c === 0x2f || c === 0x3f || c === 0x26 || c === 0x3d || c === 0x23 || c === 0x3b

/** The parts of the URL at norm[a, b), each with its name (lower case, without separators). */
function partsOf(norm: string, a: number, b: number): Part[] {
  const parts: Part[] = []
  let prev = ''
  let i = a
  while (i < b) {
    let j = i
    while (j < b && !isDelim(norm.charCodeAt(j))) j++
    if (j > i) {
      const text = norm.slice(i, j)
      // A path segment is named by the segment before it, a query value by its parameter.
      const delimBefore = i > a ? norm.charCodeAt(i - 1) : 0
      const name = delimBefore === 0x2f || delimBefore === 0x3d ? prev : ''
      parts.push({ start: i, end: j, text, name })
      prev = text
    }
    i = j + 1
  }
  return parts
}

const CARD_NAME =
  /^(?:card|cards|cardno|cardnumber|cardnum|ccnum|ccnumber|cc|pan|creditcard|debitcard|kaart|kaartnummer|karte|kartennummer|tarjeta|carte|carta|numerocarte)$/
// "wame": wa.me's path is the number itself (https://wa.me/4917…), never a card (pii14).
const PHONE_NAME =
  /^(?:phone|phonenumber|tel|telephone|mobile|mobilenumber|msisdn|cell|gsm|telefoon|telefon|telefono|whatsapp|wame|contact|callback)$/
const ACCOUNT_NAME =
  /^(?:account|accountnumber|accountno|acct|acc|accno|rekening|rekeningnummer|konto|kontonummer|compte|cuenta|iban|sortcode|routing)$/
const SSN_NAME = /^(?:ssn|socialsecurity|socialsecuritynumber)$/
const BSN_NAME = /^(?:bsn|burgerservicenummer|sofinummer)$/
const CODE_NAME = /^(?:otp|pin|pincode|tan|passcode|verificationcode|securitycode|cvv|cvc)$/
const PASSWORD_NAME = /^(?:password|passwd|pwd|pass|pw|wachtwoord|passwort|contrasena|mdp|motdepasse)$/
const EMAIL_NAME = /^(?:email|mail|emailaddress|e)$/
/** Names whose value is never personal data, whatever its digits. */
const ORDINARY_NAME =
  /(?:order|id$|ids$|ref|track|status|statuses|page|post|article|invoice|ticket|case|item|product|sku|session|utm|shipment|parcel|video|photo|watch|p$|v$|t$)/

/** The value's digits when it is digits joined by separators ("4111-1111…", "4111%201111…", "+31…"). */
function digitsOfValue(text: string): string | null {
  const s = text.replace(/%20|%2d|%2b|%2e/gi, ' ').replace(/[\s.+_-]/g, '')
  return /^\d+$/.test(s) ? s : null
}

const EMAIL_VALUE = /^[\p{L}\p{N}._%+-]{1,64}(?:@|%40)[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,24}$/iu

/** The kind and digits to keep of a URL part, or null when it is not personal data. */
function kindOf(part: Part): [PiiKind, number] | null {
  const { text } = part
  const name = part.name === '' ? '' : part.name.toLowerCase().replace(/[^a-z]/g, '')
  if (name !== '' && PASSWORD_NAME.test(name)) return ['password', 0]
  if (text.includes('%40') || text.includes('@'))
    return EMAIL_VALUE.test(text) && (text.includes('%40') || EMAIL_NAME.test(name)) ? ['email', 0] : null
  // Most parts are words and ids with letters: only digits and separators are read on.
  if (!DIGITS_ONLY_RE.test(text)) return null
  const d = digitsOfValue(text)
  if (d === null) return null
  const n = d.length
  if (CARD_NAME.test(name)) return n >= 12 && n <= 19 ? ['card', 4] : null
  if (PHONE_NAME.test(name)) return n >= 7 && n <= 15 ? ['phone', 2] : null
  if (ACCOUNT_NAME.test(name)) return n >= 6 && n <= 23 ? ['account_number', 4] : null
  if (SSN_NAME.test(name)) return ssnValid(d) ? ['us_ssn', 0] : null
  if (BSN_NAME.test(name)) return bsnValid(d) ? ['nl_bsn', 0] : null
  if (CODE_NAME.test(name)) return n >= 3 && n <= 8 ? ['otp', 0] : null
  // Without a name that says what it is: a card by its issuer range and check digit (a status
  // id starts with 1), never under an order, id, tracking or page name.
  if (n < 12 || n > 19 || ORDINARY_NAME.test(name)) return null
  return luhnValid(d) && cardSchemeValid(d) ? ['card', 4] : null
}

/** Digits, separators and percent-encoded separators only. */
const DIGITS_ONLY_RE = /^(?:[\d\s.+_-]|%2[0bBdDeE])+$/

/** Personal data inside the URLs at `urls` (normalised offsets). */
export function findUrlValues(norm: string, urls: readonly [number, number][], out: NormSpan[]): void {
  for (const [a, b] of urls) {
    for (const part of partsOf(norm, a, b)) {
      const kind = kindOf(part)
      if (kind === null) continue
      // "%2B31…": the encoded '+' stays as written.
      const start = kind[0] === 'phone' && /^%2b/i.test(part.text) ? part.start + 3 : part.start
      out.push({ kind: kind[0], start, end: part.end, keep: kind[1] })
    }
  }
}
