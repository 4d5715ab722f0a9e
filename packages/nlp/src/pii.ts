/**
 * Personal data in posts: customers overshare card and account numbers, phone numbers,
 * national ids, one-time codes and passwords. The text is first normalised
 * (pii-normalise.ts: every digit script as ASCII, every space and dash kind as one), the
 * finders run on that form (pii-numbers.ts, pii-secrets.ts and the letter-bearing kinds
 * below), and the spans they find are mapped back and masked in the ORIGINAL text. Check
 * digits, issuer ranges and context words keep amounts, dates and order numbers out.
 * Masking keeps the last few digits of cards and accounts where care teams need them
 * ("the card ending 1234").
 *
 * The whole text is scanned, whatever its length up to MAX_PII_SCAN_CHARS; a longer text is
 * refused (PiiScanRefusedError), never stored half-scanned.
 */
import { LIMITS, type PiiKind } from '@vigil/schema'
import { presentedAsCalledLine, QUEUE_HINT_RE } from './pii-called-line.js'
import { ibanEnd, ibanLength, ibanValid, ninoValid } from './pii-checks.js'
import { NINO_CTX_RE, URL_RE } from './pii-context.js'
import { findGluedValues, GLUED_HINT_RE } from './pii-glued.js'
import { reviseKinds, withoutCompanyNumbers } from './pii-kind-rules.js'
import { marketsOfLanguage } from './pii-language-markets.js'
import { privateLine } from './pii-line-owner.js'
import { findLookalikes, findVanity } from './pii-lookalike.js'
import { withLooseValues } from './pii-loose.js'
import { CHAT_LINK_HINT_RE, findChatLinks } from './pii-messaging.js'
import {
  countAnyDigits,
  digitWeightAt,
  GROUP_SEP_CLASS,
  hidesWordsAt,
  isGroupSep,
  isInvisible,
  type Normalised,
  normaliseForPii,
  originalSpan,
  stripGroupSeps,
  WORDY,
} from './pii-normalise.js'
import { findNumberPii, type NormSpan } from './pii-numbers.js'
import { withOcrJoins } from './pii-ocr.js'
import { findPassingOtps } from './pii-otp-passing.js'
import { findLoginPairs, findNearbyPasswords } from './pii-password-near.js'
import { typedRanges } from './pii-reading.js'
import { findSaidEmails, mayHoldSaidEmail } from './pii-said-email.js'
import {
  CVV_HINT_RE,
  findOtps,
  findPasswords,
  OTP_HINT_RE,
  PASSWORD_HINT_RE,
  PASSWORD_WORD_HINT_RE,
} from './pii-secrets.js'
import { presentedAsService, SERVICE_HINT_RE } from './pii-service-clause.js'
import { isPublishedNumber, type PublicNumbers, standsAlone } from './pii-service-numbers.js'
import { mayHoldSpelledDigits, readSpelledDigits } from './pii-spelled.js'
import { findSplitIbans, SPLIT_IBAN_HINT_RE } from './pii-split-iban.js'
import { findCountrylessIbans } from './pii-spoken-iban.js'
import { findStarredNumbers, STAR_HINT_RE, truncatedCardRuns } from './pii-starred.js'
import { findStatementAccounts, findTransferAccounts, TABLE_HINT_RE } from './pii-statement.js'
import { findTaggedNumbers, TAGGED_HINT_RE } from './pii-tagged.js'
import { findUrlValues } from './pii-url.js'
import { stopwords } from './stopwords.js'

/** What a deployment adds to masking: the published numbers of its brands file (pii-service-numbers.ts). */
export interface PiiOptions {
  publicNumbers?: PublicNumbers
  /**
   * The post's language (ISO 639-1, as the language step detected it): a number written the
   * national way is read in the numbering plans of that language's markets
   * (pii-language-markets.ts). Absent: in every plan.
   */
  lang?: string
}

export interface PiiSpan {
  kind: PiiKind
  /** Offsets in the text given to findPii. */
  start: number
  end: number
}

/**
 * Longest text scanned: the schema's limit on a mention's text (`LIMITS.textChars`), followed
 * whenever that limit is raised, so no stored text can be longer than the scan.
 */
export const MAX_PII_SCAN_CHARS: number = LIMITS.textChars

/** A text too long to scan: refused so that it is dead-lettered with the reason. */
export class PiiScanRefusedError extends Error {
  readonly code = 'VIGIL_ERR_TEXT_TOO_LONG'
  constructor(readonly length: number) {
    super(
      `text too long to scan for personal data: ${length} characters, limit ${MAX_PII_SCAN_CHARS}; refused rather than stored half-scanned`,
    )
    this.name = 'PiiScanRefusedError'
  }
}

/** Throws PiiScanRefusedError when `text` is longer than the scan covers. */
export function refuseUnscannable(text: unknown): void {
  if (typeof text === 'string' && text.length > MAX_PII_SCAN_CHARS) throw new PiiScanRefusedError(text.length)
}

const SEP = `[${GROUP_SEP_CLASS}]{0,3}`
// Groups joined by any group separator ("AE87/4389/2263/…", "NL91_ABNA|0417…").
// "nl 91 abna …": a separator between the country and its check digits too.
// "N L 4 7 R A B O …": read out or typed a character at a time, the country in capitals.
const SEP1 = `[${GROUP_SEP_CLASS}]?`
// "JE | 05 92 …": the country apart from its check digits by any joiner (read in capitals or
// after "IBAN" only, ibansBy).
// "GW8 - 950033 - …": its check digits split by a group boundary too.
const IBAN_BODY = `(?:[A-Za-z]{2}${SEP}\\d${SEP}\\d|[A-Z]${SEP1}[A-Z]${SEP1}\\d${SEP1}\\d)(?:${SEP}[A-Za-z0-9]){11,34}`
const IBAN_RE = new RegExp(`(?<![A-Za-z0-9])${IBAN_BODY}`, 'g')
// Glued to the word "IBAN" ("IBANNL91ABNA…"): a second pass, only where that is written.
const IBAN_GLUED_RE = new RegExp(`(?<=iban)${IBAN_BODY}`, 'gi')
// "P E 4 8 2 1 9 6 C": a character at a time, as HMRC's letters are read out, too.
// "PN4822l9D": an OCR'd or hand-typed letter for a digit inside a NINO, which no letter-free
// reading sees (letters stand on both sides of it): O, I and l stand where digits do, and
// findNinos counts them (none: the number as printed).
const NINO_RE = new RegExp(
  `(?<![A-Za-z0-9])[A-Za-z]${SEP1}[A-Za-z]${SEP}(?:[0-9OIl]${SEP1}[0-9OIl]${SEP}){3}[A-Da-d](?![A-Za-z0-9])`,
  'g',
)

function findIbans(norm: string, out: NormSpan[]): void {
  ibansBy(IBAN_RE, norm, out)
  if (/iban[A-Za-z]{2}\d/i.test(norm)) ibansBy(IBAN_GLUED_RE, norm, out)
}

/** The IBANs `re` finds, each cut at its country's length and checked (mod 97). */
function ibansBy(re: RegExp, norm: string, out: NormSpan[]): void {
  re.lastIndex = 0
  for (let m = re.exec(norm); m !== null; m = re.exec(norm)) {
    const raw = m[0]
    // "nl 91 abna …": a country apart from its check digits is read in capitals or after "IBAN"
    // only ("el CBU es 1197 …", "de 12 …" are words before a number).
    if (
      isGroupSep(raw[2]!) &&
      !/^[A-Z]{2}/.test(raw) &&
      !/iban/i.test(norm.slice(Math.max(0, m.index - 24), m.index))
    ) {
      re.lastIndex = m.index + 2
      continue
    }
    // The match may run into the next word: cut it at the country's length.
    if (ibanLength(stripGroupSeps(raw.slice(0, 3)).slice(0, 2).toUpperCase()) !== undefined) {
      const endIdx = ibanEnd(raw)
      const next = norm[m.index + endIdx] ?? ''
      if (endIdx !== -1 && !/[A-Za-z0-9]/.test(next) && ibanValid(raw.slice(0, endIdx))) {
        out.push({ kind: 'iban', start: m.index, end: m.index + endIdx, keep: 4 })
        re.lastIndex = m.index + endIdx
        continue
      }
      // A glued final letter group ("...4300ok"): try the exact length even so.
      if (endIdx !== -1 && ibanValid(raw.slice(0, endIdx)) && /[A-Za-z]/.test(next)) {
        out.push({ kind: 'iban', start: m.index, end: m.index + endIdx, keep: 4 })
        re.lastIndex = m.index + endIdx
        continue
      }
    }
    re.lastIndex = m.index + 2
  }
  re.lastIndex = 0
}

function findNinos(norm: string, out: NormSpan[]): void {
  // A letter read as a digit only where one stands beside a digit somewhere in the text.
  const ocr = /\d[OIl]|[OIl]\d/.test(norm)
  NINO_RE.lastIndex = 0
  for (let m = NINO_RE.exec(norm); m !== null; m = NINO_RE.exec(norm)) {
    const body = m[0].slice(2)
    const letters = body.replace(/[^OIl]/g, '').length
    if (letters === 0) {
      if (!ninoValid(m[0])) continue
      const upper = m[0] === m[0].toUpperCase()
      // Lower case ("jm458127b") is how people type it; the NI word may be a clause back, or
      // follow it ("jm458127b is my national insurance number").
      const end = m.index + m[0].length
      if (
        upper ||
        NINO_CTX_RE.test(norm.slice(Math.max(0, m.index - 120), m.index)) ||
        NINO_CTX_RE.test(norm.slice(end, end + 40))
      ) {
        out.push({ kind: 'uk_nino', start: m.index, end: m.index + m[0].length, keep: 0 })
      }
      continue
    }
    // At most one digit in three read from a letter ("PN 4OI IOI C" is a word game, not a NINO),
    // half of them after NI words: an OCR'd payslip's "NI No: EN O4 68 lO B" (normalising has
    // read the "O4" already; a pair of letters "lO" stands beside no digit, so after NI words the
    // letters need none).
    if (letters > 3) continue
    const named = NINO_CTX_RE.test(norm.slice(Math.max(0, m.index - 80), m.index))
    if (!named && (!ocr || letters > 2)) continue
    const read = m[0].slice(0, 2) + body.replace(/O/g, '0').replace(/[Il]/g, '1')
    if (!ninoValid(read)) continue
    // One letter read, written in capitals as HMRC prints it: a NINO; two or three: only after NI words.
    const printed = letters === 1 && /^[A-Z]{2}$/.test(m[0].slice(0, 2)) && /[A-D]$/.test(m[0])
    if (!printed && !named) continue
    out.push({ kind: 'uk_nino', start: m.index, end: m.index + m[0].length, keep: 0, whole: true })
  }
  NINO_RE.lastIndex = 0
}

const LOCAL_CH = /[\p{L}\p{N}._%+'-]/u
const DOMAIN_CH = /[\p{L}\p{N}.-]/u
const DOMAIN_RE = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,24}$/u
// "jan.jansen [at] example [dot] nl", "jan(at)example.nl": written to dodge scrapers.
const OBFUSCATED_EMAIL_RE =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64} ?[[({] ?(?:at|ät|@|arroba|arobase|apenstaartje|klammeraffe|at-teken) ?[\])}] ?[\p{L}\p{N}-]{1,63}(?:(?: ?[[({] ?(?:dot|punt|punkt|point) ?[\])}] ?|\.)[\p{L}\p{N}-]{1,63}){1,4}/giu

const OBFUSCATED_HINT_RE = /(?:at|ät|@|＠|arroba|arobase|apenstaartje|klammeraffe|at-teken) ?[\])}）］]/i

// "sara.k at example dot com": plain words. Only with a dot, digit or sign in the name, or an
// address word before it, so that "look at this dot com bubble" stays.
const SPOKEN_EMAIL_RE =
  /(?<![\p{L}\p{N}._%+-])([\p{L}\p{N}._%+-]{1,64}) (at|arroba|arobase|chez|bij|apenstaartje|klammeraffe|at-teken|ات|آت) ([\p{L}\p{N}-]{1,63}(?: (?:dot|punt|punkt|point|punto|دوت) [\p{L}\p{N}-]{1,63}){1,4})(?![\p{L}\p{N}])/giu
// Chinese runs straight into the name and out of the domain ("我的邮箱是zhang at qq dot com是"):
// a Han character before or after it is no part of the address. Only for texts with Han in them
// (set subtraction, flag v: slower than the plain classes above).
const NAME_CH = '[[\\p{L}\\p{N}._%+\\-]--\\p{sc=Han}]'
const WORD_CH = '[[\\p{L}\\p{N}\\-]--\\p{sc=Han}]'
const SPOKEN_EMAIL_HAN_RE = new RegExp(
  `(?<!${NAME_CH})(${NAME_CH}{1,64}) (at|arroba|arobase|chez|bij|apenstaartje|klammeraffe|at-teken|ات|آت) ([\\p{L}\\p{N}\\-]{1,63}(?: (?:dot|punt|punkt|point|punto|دوت) ${WORD_CH}{1,63}){1,4})(?!${WORD_CH})`,
  'giv',
)
const HAN_RE = /\p{sc=Han}/u
// "claire.dubois59 arobase orange.fr": an '@' said in a word no sentence uses otherwise, the
// domain typed with its dots. ("at", "chez" and "bij" are ordinary words: "logged in at
// bank.com" is no address.)
const AT_WORD_DOTTED_EMAIL_RE =
  /(?<![\p{L}\p{N}._%+-])([\p{L}\p{N}._%+-]{1,64}) (arroba|arobase|apenstaartje|klammeraffe|at-teken) ([\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,4})(?![\p{L}\p{N}])/giu
const SAID_DOTS2_RE = / (?:dot|punt|punkt|point|punto|دوت) .* (?:dot|punt|punkt|point|punto|دوت) /i
/** '@' said in a word no sentence uses otherwise: the name needs no other mark. */
const AT_WORD_ONLY_RE = /^(?:arroba|arobase|apenstaartje|klammeraffe|at-teken)$/i
const AT_WORD_HINT_RE = /arob|arrob|apenst|klammer|at-teken/i
// Tested on every text: " at " (or its kin) then " dot " (or its kin) within one word.
const SPOKEN_HINT_RE =
  / (?:at|arroba|arobase|chez|bij|apenstaartje|klammeraffe|at-teken|ات|آت) [^\s]{1,63} (?:dot|punt|punkt|point|punto|دوت) /i
// Address words and "write to me" in each served language.
// Chinese runs on into the name ("我的邮箱是jan at …", "发邮件到jan at …").
const EMAIL_WORD_BEFORE_RE =
  /(?:e-?mail|mail|correo|courriel|reach me|write|contact|schrijf|schreib|écri|ecri|escrib|escríb|adres|adresse|dirección|direccion|راسل|بريد|ايميل|إيميل|邮箱|邮件|电邮|写信)[^\p{L}\p{N}]*(?:\p{L}+[^\p{L}\p{N}]+){0,3}\p{sc=Han}{0,3}$/iu
// "jan at gmail dot com ist meine Mail", "… c'est mon mail", "… 是我的邮箱": named after it.
const EMAIL_WORD_AFTER_RE =
  /^[^\p{L}\p{N}]{0,3}(?:[\p{L}'’]{1,8}\s?){0,3}(?:e-?mail|mail|correo|courriel|adres|adresse|邮箱|邮件|بريد|ايميل|إيميل)/iu
const TLD_RE =
  /(?:^| )(?:com|net|org|info|io|co|uk|nl|be|de|at|ch|fr|es|mx|it|pt|cn|hk|tw|sa|ae|eg|eu|كوم|نت)$/i
// "lihua.bj艾特163点com": Chinese says '@' as 艾特 (or 圈a) and '.' as 点, with no spaces; any
// top-level domain ("…艾特ziggo点nl"), since 艾特 says it is an address.
const ZH_SPOKEN_EMAIL_RE =
  /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64} ?(?:艾特|圈a|@) ?[A-Za-z0-9-]{1,63}(?: ?(?:点|\.) ?[A-Za-z0-9-]{1,63}){0,3} ?点 ?[A-Za-z]{2,6}(?![A-Za-z0-9])/giu

/** ASCII letters and digits by code, other characters by the Unicode class: handles are mostly ASCII. */
function localCh(c: number, ch: string): boolean {
  if (c < 0x80)
    return (
      (c >= 0x61 && c <= 0x7a) ||
      (c >= 0x41 && c <= 0x5a) ||
      (c >= 0x30 && c <= 0x39) ||
      "._%+'-".includes(ch)
    )
  return !isCjk(c) && LOCAL_CH.test(ch)
}
function domainCh(c: number, ch: string): boolean {
  if (c < 0x80)
    return (
      (c >= 0x61 && c <= 0x7a) ||
      (c >= 0x41 && c <= 0x5a) ||
      (c >= 0x30 && c <= 0x39) ||
      c === 0x2e ||
      c === 0x2d
    )
  return !isCjk(c) && DOMAIN_CH.test(ch)
}

/** Chinese, Japanese and Korean text runs straight into an address written inside it. */
function isCjk(c: number): boolean {
  return (
    (c >= 0x2e80 && c <= 0x9fff) ||
    (c >= 0xac00 && c <= 0xd7af) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xff00 && c <= 0xffef)
  )
}

/** End of a domain of letters of any script (CJK included) from `e`: at most 253 characters. */
function cjkDomainEnd(norm: string, e: number): number {
  const start = e
  while (e < norm.length && e - start < 253 && DOMAIN_CH.test(norm[e]!)) e++
  return e
}

const NAME_SCRIPT_CH = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u
/** Names in these scripts are 1–4 characters; a longer run is prose before the name. */
const MAX_IDEOGRAPH_NAME = 4

/** Where an ideographic local part ending at `at` starts; `at` when there is none. */
function ideographLocalStart(norm: string, at: number): number {
  let s = at
  while (s > 0 && at - s < MAX_IDEOGRAPH_NAME && NAME_SCRIPT_CH.test(norm[s - 1]!)) s--
  if (s === at) return at
  while (
    s > 0 &&
    at - s < 64 &&
    norm.charCodeAt(s - 1) < 0x80 &&
    localCh(norm.charCodeAt(s - 1), norm[s - 1]!)
  )
    s--
  return s
}

/** E-mail addresses, found from each '@' outwards so that no regex can backtrack. */
function findEmails(norm: string, out: NormSpan[]): void {
  let at = norm.indexOf('@')
  while (at !== -1) {
    let s = at
    while (s > 0 && at - s < 64 && localCh(norm.charCodeAt(s - 1), norm[s - 1]!)) s--
    let e = at + 1
    while (e < norm.length && e - at < 254 && domainCh(norm.charCodeAt(e), norm[e]!)) e++
    // "李明@公司.中国": an internationalised address (RFC 6531) whose local part is a name in an
    // ideographic or Hangul script; Chinese prose around it has no spaces, so take at most a
    // name's length of it (the letters or digits before such a name go with it).
    if (s === at) s = ideographLocalStart(norm, at)
    // A handle ("@NorthwindHelp"): nothing before the '@', nothing to check after it.
    if (s === at) {
      at = norm.indexOf('@', e)
      continue
    }
    // "wang@例子.公司": a domain in Chinese (IDN). Read with CJK letters only when the domain
    // starts with one, so that "…@example.cn很好" still stops at the Chinese text.
    if (e === at + 1 && isCjk(norm.charCodeAt(e))) e = cjkDomainEnd(norm, e)
    while (e > at + 1 && (norm[e - 1] === '.' || norm[e - 1] === '-')) e--
    // "@user@instance.social" is a public fediverse handle, not an e-mail address.
    const fediverse = norm[s - 1] === '@'
    if (s < at && !fediverse && DOMAIN_RE.test(norm.slice(at + 1, e))) {
      out.push({ kind: 'email', start: s, end: e, keep: 0 })
    }
    at = norm.indexOf('@', Math.max(e, at + 1))
  }
}

// "wang.lei#lotus-trade.cn": '#' typed for '@' to dodge scrapers (a Chinese habit, "#换成@").
// Only with a name run into the '#' (a hashtag follows a space) and a domain ending in a common
// top-level domain, so that "C#.NET", "issue#42" and "#banking" stay.
const HASH_EMAIL_RE =
  /(?<![A-Za-z0-9._%+/=?&#-])([A-Za-z0-9._%+-]{2,64})#((?:[A-Za-z0-9-]{1,63}\.){1,4}(?:com|net|org|cn|hk|tw|uk|nl|be|de|fr|es|mx|ch|at|eg|sa|ae|info|io|edu|gov))(?![A-Za-z0-9-])/g

const HASH_HINT_RE = /[A-Za-z0-9]#[A-Za-z0-9]/

function findHashEmails(norm: string, out: NormSpan[]): void {
  HASH_EMAIL_RE.lastIndex = 0
  for (let m = HASH_EMAIL_RE.exec(norm); m !== null; m = HASH_EMAIL_RE.exec(norm))
    out.push({ kind: 'email', start: m.index, end: m.index + m[0].length, keep: 0 })
  HASH_EMAIL_RE.lastIndex = 0
}

function findSpokenEmails(norm: string, out: NormSpan[]): void {
  spokenEmailsBy(HAN_RE.test(norm) ? SPOKEN_EMAIL_HAN_RE : SPOKEN_EMAIL_RE, norm, out, (domain) =>
    TLD_RE.test(domain),
  )
  if (AT_WORD_HINT_RE.test(norm)) spokenEmailsBy(AT_WORD_DOTTED_EMAIL_RE, norm, out, (d) => DOMAIN_RE.test(d))
  if (!norm.includes('艾特') && !norm.includes('圈a') && !norm.includes('点')) return
  ZH_SPOKEN_EMAIL_RE.lastIndex = 0
  for (let m = ZH_SPOKEN_EMAIL_RE.exec(norm); m !== null; m = ZH_SPOKEN_EMAIL_RE.exec(norm))
    out.push({ kind: 'email', start: m.index, end: m.index + m[0].length, keep: 0 })
  ZH_SPOKEN_EMAIL_RE.lastIndex = 0
}

/** The addresses `re` finds (name in group 1, domain in group 2) whose domain `domainOk` takes. */
function spokenEmailsBy(
  re: RegExp,
  norm: string,
  out: NormSpan[],
  domainOk: (domain: string) => boolean,
): void {
  re.lastIndex = 0
  for (let m = re.exec(norm); m !== null; m = re.exec(norm)) {
    const name = m[1]!
    if (!domainOk(m[3]!)) continue
    // "jan punt devries apenstaartje …": a name with its dots said is marked, and the address
    // word is looked for before the whole name (or after the address).
    const start = nameStart(norm, m.index)
    const end = m.index + m[0].length
    // "tom at brennanhaulage dot co dot uk": a domain of three said labels is no sentence.
    const marked =
      /[._%+\d-]/.test(name) || start < m.index || AT_WORD_ONLY_RE.test(m[2]!) || SAID_DOTS2_RE.test(m[3]!)
    if (!marked && !addressWordBeside(norm, start, end)) continue
    out.push({ kind: 'email', start, end, keep: 0 })
  }
  re.lastIndex = 0
}

/** An address word ("my email", "schreib mir an", "… 是我的邮箱") before or after norm[start, end). */
function addressWordBeside(norm: string, start: number, end: number): boolean {
  return (
    EMAIL_WORD_BEFORE_RE.test(norm.slice(Math.max(0, start - 40), start)) ||
    EMAIL_WORD_AFTER_RE.test(norm.slice(end, end + 40))
  )
}

// "jan @ example.nl", "jan@ example.nl", "jan.devries @ gmail . com" (a phone's keyboard or a
// dodge of scrapers), "jan.devries at gmail.com" (the '@' said, the dots typed): an address in
// pieces (pii14). Read with a known top-level domain, and a name marked by a dot, digit or sign
// or an address word before or after it ("lol @ this.com", "logged in at bank.com" stay).
// Latin letters only: Chinese runs straight into the name and out of the domain ("邮箱： jan @ web . de有没有…").
const SPACED_EMAIL_RE =
  /(?<![\p{sc=Latin}\p{N}._%+@-])([\p{sc=Latin}\p{N}._%+-]{1,64})(?:(?: @ ?| ?@ )([\p{sc=Latin}\p{N}-]{1,63}(?: ?\. ?[\p{sc=Latin}\p{N}-]{1,63}){1,4})| at ([\p{sc=Latin}\p{N}-]{1,63}(?:\.[\p{sc=Latin}\p{N}-]{1,63}){1,4}))(?![\p{sc=Latin}\p{N}])/giu
/** A cheap test first: a space beside an '@', or " at " before a dotted word. */
// Typed dots only after a said "at": "at home. Then" is a sentence, and would send many posts
// the long way.
const AT_DOTTED_HINT_RE = / at [\p{L}\p{N}-]+\.\p{L}{2}/u
const SPACED_EMAIL_HINT_RE = / @|@ | at [\p{L}\p{N}-]+\.\p{L}{2}/u

function findSpacedEmails(norm: string, out: NormSpan[]): void {
  SPACED_EMAIL_RE.lastIndex = 0
  for (let m = SPACED_EMAIL_RE.exec(norm); m !== null; m = SPACED_EMAIL_RE.exec(norm)) {
    const domain = (m[2] ?? m[3]!).replace(/ /g, '')
    if (!DOMAIN_RE.test(domain) || !TLD_RE.test(domain.slice(domain.lastIndexOf('.') + 1))) continue
    const start = m.index
    const end = start + m[0].length
    // "HOUR...Only at 4NetJobs.com": an address's name never holds two dots in a row, nor starts
    // or ends with one.
    if (/\.\.|^\.|\.$/.test(m[1]!)) continue
    const marked = /[._%+\d-]/.test(m[1]!)
    // "contact us at lotusbank.com", "email me @ lotus.nl": a pronoun or other function word is
    // no address's name.
    if (!marked && stopwords().has(m[1]!.toLowerCase())) continue
    if (!marked && !addressWordBeside(norm, start, end)) continue
    out.push({ kind: 'email', start, end, keep: 0 })
  }
  SPACED_EMAIL_RE.lastIndex = 0
}

// "john[dot]doe[at]…", "john dot doe at …": the name's own dots, written as words.
const NAME_DOT_BEFORE_RE =
  /[\p{L}\p{N}_%+-]{1,64}(?: ?[[(] ?(?:dot|punt|punkt|point) ?[\])] ?| (?:dot|punt|punkt|point|punto) )$/iu

/** Moves `start` back over "john[dot]" / "john dot " parts of the name (at most four). */
function nameStart(norm: string, start: number): number {
  for (let k = 0; k < 4; k++) {
    const m = NAME_DOT_BEFORE_RE.exec(norm.slice(Math.max(0, start - 80), start))
    if (m === null) break
    start -= m[0].length
  }
  return start
}

function findObfuscatedEmails(norm: string, out: NormSpan[]): void {
  if (norm.includes('#')) findHashEmails(norm, out)
  OBFUSCATED_EMAIL_RE.lastIndex = 0
  for (let m = OBFUSCATED_EMAIL_RE.exec(norm); m !== null; m = OBFUSCATED_EMAIL_RE.exec(norm)) {
    out.push({ kind: 'email', start: nameStart(norm, m.index), end: m.index + m[0].length, keep: 0 })
  }
  OBFUSCATED_EMAIL_RE.lastIndex = 0
}

/** When two finders claim the same characters, the first kind here wins. */
const PRIORITY: readonly PiiKind[] = [
  'email',
  'iban',
  'card',
  'uk_account',
  'us_ssn',
  'nl_bsn',
  'uk_nino',
  'password',
  'otp',
  'account_number',
  'phone',
]
const RANK = new Map(PRIORITY.map((k, i) => [k, i]))

function urlSpans(norm: string): [number, number][] {
  if (!norm.includes('http') && !norm.includes('www.')) return []
  const spans: [number, number][] = []
  URL_RE.lastIndex = 0
  for (let m = URL_RE.exec(norm); m !== null; m = URL_RE.exec(norm))
    spans.push([m.index, m.index + m[0].length])
  URL_RE.lastIndex = 0
  return spans
}

/** `x` lies inside a longer span of `outer`. */
function within(x: NormSpan, outer: readonly NormSpan[]): boolean {
  return outer.some((a) => a.start <= x.start && x.end <= a.end && a.end - a.start > x.end - x.start)
}

// "卡号6217 0000 1630 8390 749。11月份…": the account runs past the card only over a full stop
// and the next sentence's first number ("。" reads "."), a word right after it ("11月", "2 days");
// those digits are no part of a RIB. A card with a dot of its own ("93.99.47") is not so cut.
const NEXT_SENTENCE_RE = /^\. ?\d{1,3}$/
const WORD_NEXT_RE = /^ ?\p{L}/u

function nextSentence(norm: string, card: NormSpan, a: NormSpan): boolean {
  return (
    a.start === card.start &&
    NEXT_SENTENCE_RE.test(norm.slice(card.end, a.end)) &&
    !norm.slice(card.start, card.end).includes('.') &&
    WORD_NEXT_RE.test(norm.slice(a.end, a.end + 2))
  )
}

/** `card` lies inside an account of `accounts` that reaches past it further than a full stop and a day. */
function insideAccount(norm: string, card: NormSpan, accounts: readonly NormSpan[]): boolean {
  return accounts.some(
    (a) =>
      a.start <= card.start &&
      card.end <= a.end &&
      a.end - a.start > card.end - card.start &&
      !nextSentence(norm, card, a),
  )
}

/**
 * Removes from `all` the phone spans that are a business's published number: a service range or
 * a brand's number by its digits (pii-service-numbers.ts, read in the plans of the post's
 * language's markets when it is known), a line the clause gives as a business's contact
 * (pii-service-clause.ts), or a call centre's line the writer queued on (pii-called-line.ts). An
 * account word's number stays an account.
 */
function dropPublishedNumbers(norm: string, all: NormSpan[], opts: PiiOptions | undefined): void {
  let phones = false
  for (const x of all) if (x.kind === 'phone') phones = true
  if (!phones) return
  const serviceWords = SERVICE_HINT_RE.test(norm)
  const queueWords = QUEUE_HINT_RE.test(norm)
  const markets = marketsOfLanguage(opts?.lang)
  // The language's plans settle a national form's collision (UK 0345 or Halle) only when no
  // words give the number to a person: a short post's language is easily misread ("ruft mich an
  // … 030/12345678" read as English).
  const business = (x: NormSpan): boolean =>
    isPublishedNumber(norm, x.start, x.end, opts?.publicNumbers) ||
    (markets !== undefined &&
      isPublishedNumber(norm, x.start, x.end, opts?.publicNumbers, markets) &&
      !privateLine(norm, x.start, x.end)) ||
    ((serviceWords || queueWords) &&
      standsAlone(norm, x.start, x.end) &&
      ((serviceWords && presentedAsService(norm, x.start, x.end)) ||
        (queueWords && presentedAsCalledLine(norm, x.start, x.end))))
  let k = 0
  for (const x of all) if (!(x.kind === 'phone' && business(x))) all[k++] = x
  all.length = k
}

/** Internal spans (normalised offsets, with the digits to keep), non-overlapping, in order. */
function findNormSpans(
  text: string,
  n: Normalised,
  digits: number,
  hasAt: boolean,
  pw: boolean,
  obfuscated: boolean,
  spoken: boolean,
  opts?: PiiOptions,
): NormSpan[] {
  const norm = n.norm
  let all: NormSpan[] = []
  let cellGaps: number[] = []
  if (hasAt) findEmails(norm, all)
  if (hasAt && SPACED_EMAIL_HINT_RE.test(norm)) findSpacedEmails(norm, all)
  if (obfuscated) findObfuscatedEmails(norm, all)
  if (spoken) findSpokenEmails(norm, all)
  // "jan [at] gmail {dot} com", "hans ät web punkt de", "ahmed آت gmail نقطة com" (pii-said-email.ts).
  if (spoken && mayHoldSaidEmail(norm)) findSaidEmails(norm, all)
  const urls = digits >= 3 || pw || norm.includes('%40') ? urlSpans(norm) : []
  if (pw) {
    findPasswords(norm, all)
    // "https://bank.example/login?user=…": a link is no password; its values are read below.
    findNearbyPasswords(norm, urls, all)
    findLoginPairs(norm, all)
  }
  if (digits >= 3 && OTP_HINT_RE.test(norm)) {
    findOtps(norm, all)
    if (digits >= 4) findPassingOtps(norm, all)
  }
  if (digits >= 3 || pw || norm.includes('%40')) {
    // "…/checkout?card=4111…", "?phone=%2B31…": the finders below skip URLs; their parts are read here.
    if (urls.length > 0) findUrlValues(norm, urls, all)
    findVanity(norm, all)
    // "wa.me/31612345678": a click-to-chat link's host says its digits are a phone number.
    if (digits >= 7 && CHAT_LINK_HINT_RE.test(norm)) findChatLinks(norm, all)
    if (digits >= 6) {
      // An IBAN holds at least ten digits (check digits and a numeric part of the BBAN).
      if (digits >= 10) findIbans(norm, all)
      // "96 RABO 0672 3530 14", "negen zes RABO zes zeven …": an IBAN whose country was dropped.
      if (digits >= 10 && BANK_CODE_HINT_RE.test(norm)) findCountrylessIbans(norm, all)
      // "begint met NL47RABO. De rest is 2278388365": an IBAN in two parts (pii-split-iban.ts).
      if (digits >= 10 && SPLIT_IBAN_HINT_RE.test(norm)) findSplitIbans(norm, all)
      // "4111…1111NL91ABNA…": a card and an IBAN pasted together (pii-glued.ts).
      if (digits >= 22 && GLUED_HINT_RE.test(norm)) findGluedValues(norm, all)
      findNinos(norm, all)
      findNumberPii(norm, urls, all)
      // "4111 1111 1111 111l", "NL9l ABNA O417…": letters typed for digits, check digits valid
      // (a card or IBAN with at most three such letters still has nine digits).
      if (digits >= 9) findLookalikes(norm, all)
      // Partly starred numbers, numbers as tags, after a transfer verb or in a statement's
      // account column (pii-starred.ts, pii-tagged.ts, pii-statement.ts).
      if (STAR_HINT_RE.test(text)) findStarredNumbers(text, n, all)
      if (TAGGED_HINT_RE.test(norm)) findTaggedNumbers(norm, all)
      findTransferAccounts(norm, all)
      if (TABLE_HINT_RE.test(text)) cellGaps = findStatementAccounts(text, n, all)
    }
  }
  // "卡号 622202******1234": the digits a truncated card shows are no value of their own.
  const truncated = digits >= 4 && STAR_HINT_RE.test(text) ? truncatedCardRuns(text, n) : []
  if (truncated.length > 0) all = outside(all, truncated)
  // An account word decides a phone-shaped number's kind; company and order numbers are public.
  if (cellGaps.length > 0) all = acrossNoCell(all, cellGaps)
  all = reviseKinds(norm, all)
  // "RIB : 30004 00550 43819959222 83": a Luhn-valid window inside a longer number after an
  // account word is part of that account, not a card (the card would leave the rest readable).
  let nested = false
  for (const x of all) if (x.kind === 'account_number' || x.kind === 'otp') nested = true
  const accounts = nested ? all.filter((x) => x.kind === 'account_number') : []
  // "neue ist +49 170 4829163, TAN kommt …": a code word near an international number names
  // what the number is for; the digits are a phone's, whose span holds the code's.
  const intl = nested
    ? all.filter((x) => x.kind === 'phone' && /^(?:\(?\+|00)/.test(norm.slice(x.start, x.start + 2)))
    : []
  const spans =
    accounts.length === 0 && intl.length === 0
      ? all
      : all.filter(
          (x) =>
            !(
              (x.kind === 'card' && insideAccount(norm, x, accounts)) ||
              (x.kind === 'otp' && within(x, intl))
            ),
        )
  spans.sort((a, b) => RANK.get(a.kind)! - RANK.get(b.kind)! || a.start - b.start || b.end - a.end)
  const kept: NormSpan[] = []
  // Characters already claimed by a kept span: linear in the text, however many spans a long
  // post holds (comparing every pair was quadratic).
  const claimed = spans.length < 8 ? null : new Uint8Array(norm.length)
  for (const s of spans) {
    if (claimed === null) {
      if (!kept.some((k) => s.start < k.end && k.start < s.end)) kept.push(s)
      continue
    }
    let free = true
    for (let q = s.start; q < s.end && free; q++) free = claimed[q] === 0
    if (!free) continue
    claimed.fill(1, s.start, s.end)
    kept.push(s)
  }
  // "6222 | 7174 | 5955 | 1304 | 5": a card or phone number in a grouping of its own, read whole.
  let whole = digits >= 7 ? withLooseValues(norm, urls, kept) : kept
  if (cellGaps.length > 0) whole = acrossNoCell(whole, cellGaps)
  if (truncated.length > 0) whole = outside(whole, truncated)
  if (whole !== kept) whole = withoutCompanyNumbers(norm, whole)
  // A business's published number is no personal data: dropped once, from the finders' and the
  // loose pass's spans alike ("call 0800 123 4567" is read by both).
  dropPublishedNumbers(norm, whole, opts)
  return whole.sort((a, b) => a.start - b.start)
}

/** Two digits then four capitals: a bank code after an IBAN's check digits. */
const BANK_CODE_HINT_RE = /\d[ .-]{0,2}[A-Z]{4}/

const SECRET_KINDS: ReadonlySet<PiiKind> = new Set(['email', 'password', 'otp'])

/** `spans` without those lying wholly inside one of `runs`. */
function outside(spans: NormSpan[], runs: readonly [number, number][]): NormSpan[] {
  return spans.filter((x) => !runs.some(([a, b]) => a <= x.start && x.end <= b))
}

/** `spans` without the numbers read across a table's cells or rows (pii-statement.ts). */
function acrossNoCell(spans: NormSpan[], gaps: readonly number[]): NormSpan[] {
  return spans.filter((x) => SECRET_KINDS.has(x.kind) || !gaps.some((g) => x.start < g && g < x.end))
}

interface Found {
  spans: PiiSpan[]
  keep: number[]
  /**
   * Original ranges masked whole, letters too: number words read as digits ("four one one
   * one"), letters typed for digits ("4111 1111 1111 111l").
   */
  spelled: [number, number][]
}

const AT = 1
const WIDE_AT = 2
const BRACKET = 4
const MARK = 8
/**
 * A character that normalising changes (a digit of another script, a full-width or
 * compatibility letter, an invisible character): words and addresses written with one are
 * read on the normal form.
 */
const WIDE_CH = 16
/** A '%': a percent-encoded '@' ("%40") may stand in a link. */
const PERCENT = 32
// A capital D: "jan AT gmail DOT com" is worth a look for a spelled address in capitals.
const CAP_D = 64

const isAsciiDigit = (c: number): boolean => c >= 0x30 && c <= 0x39
const isLookalike = (c: number): boolean => c === 0x4f || c === 0x49 || c === 0x6c
/**
 * "4O7", "2l8": a letter OCR or habit puts for a digit counts as one (pii-reading.ts), and so
 * does one of two or three such letters in a row beside a digit ("6OOI90", "OO3O67").
 */
function besideDigit(text: string, i: number): boolean {
  let j = i - 1
  while (j > i - 3 && isLookalike(text.charCodeAt(j))) j--
  if (isAsciiDigit(text.charCodeAt(j))) return true
  j = i + 1
  while (j < i + 3 && isLookalike(text.charCodeAt(j))) j++
  return isAsciiDigit(text.charCodeAt(j))
}

// "JG lO 37 82 A", "+33 l 42 …", "55 lO": such letters standing as a group of their own beside a
// digit group, which the gate's character test does not see. Tested only where the count decides.
// "HL OO O2 42 D": the digit may stand behind one more such letter.
const OCR_GROUP_RE = /\d[OIl]?\)?[\s.\-/][OIl]{1,2}(?![A-Za-z])|(?<![A-Za-z])[OIl]{1,2}[\s.\-/][OIl]?\d/

/** One pass over the text: its digits (any form) and which signs the finders need. */
function gate(text: string): { digits: number; flags: number } {
  let digits = 0
  let flags = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) {
      if (c >= 0x30 && c <= 0x39) digits++
      else if (c === 0x40) flags |= AT
      else if ((c === 0x4f || c === 0x6f || c === 0x49 || c === 0x6c) && besideDigit(text, i)) digits++
      else if (c === 0x28 || c === 0x5b || c === 0x7b) flags |= BRACKET
      else if (c === 0x3a || c === 0x3d || c === 0x22 || c === 0x27) flags |= MARK
      else if (c === 0x25) flags |= PERCENT
      else if (c === 0x44) flags |= CAP_D
    } else {
      if (c === 0xff20) flags |= WIDE_AT
      else if (c === 0xff08 || c === 0xff3b) flags |= BRACKET
      else if (c === 0xff1a || c === 0x201c || c === 0xab) flags |= MARK
      if (WORDY[c]! !== 0 && hidesWordsAt(text, i)) {
        digits += digitWeightAt(text, i)
        flags |= WIDE_CH
      }
    }
  }
  return { digits, flags }
}

// The most characters other than letters and digits between two groups of one number (the
// runs of pii-numbers.ts join groups across at most four separator characters).
const RUN_GAP = 4

/**
 * The longest run of ASCII digits in `text`: groups joined by anything but a letter, at most
 * RUN_GAP characters apart. O, I and l count as digits beside one and join like separators
 * elsewhere ("JG lO 37 82 A"), and every character beyond ASCII joins, so that the run is never
 * shorter than one a finder reads.
 */
function longestRun(text: string): number {
  let run = 0
  let cur = 0
  let gap = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (
      (c >= 0x30 && c <= 0x39) ||
      ((c === 0x4f || c === 0x6f || c === 0x49 || c === 0x6c) && besideDigit(text, i))
    ) {
      cur++
      gap = 0
      if (cur > run) run = cur
    } else if (
      (((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) &&
        c !== 0x4f &&
        c !== 0x6f &&
        c !== 0x49 &&
        c !== 0x6c) ||
      ++gap > RUN_GAP
    ) {
      cur = 0
      gap = 0
    }
  }
  return run
}

interface Hints {
  hasAt: boolean
  pw: boolean
  obfuscated: boolean
  spoken: boolean
}

/** Which word-bearing finders `text` needs (cheap tests before the long regexes). */
function hints(text: string, digits: number, flags: number): Hints {
  // "?email=jan%40example.nl": an address inside a link, its '@' percent-encoded.
  // "jan.devries at gmail.com": the '@' said, the domain's dots typed (findSpacedEmails).
  const hasAt =
    (flags & (AT | WIDE_AT)) !== 0 ||
    ((flags & PERCENT) !== 0 && text.includes('%40')) ||
    (text.includes(' at ') && AT_DOTTED_HINT_RE.test(text))
  // A password is masked after ':' / '=' / a quote, when it holds a digit, or when a copula
  // hands over a word of letters ("my password was sunshine"): without digits or marks only the
  // password words themselves (no login words) wake the password finders.
  const pw =
    digits > 0 || (flags & MARK) !== 0 ? PASSWORD_HINT_RE.test(text) : PASSWORD_WORD_HINT_RE.test(text)
  const obfuscated =
    ((flags & BRACKET) !== 0 && OBFUSCATED_HINT_RE.test(text)) ||
    (text.includes('#') && HASH_HINT_RE.test(text))
  // The regex only when " dot ", " punt"/" punkt"/" punto" or " point " is there at all: most posts have none.
  const spoken =
    ((text.includes(' dot ') ||
      ((flags & CAP_D) !== 0 && (text.includes(' DOT ') || text.includes(' Dot '))) ||
      text.includes(' pun') ||
      text.includes(' point ') ||
      text.includes(' دوت ')) &&
      SPOKEN_HINT_RE.test(text)) ||
    ((text.includes('艾特') || text.includes('圈a')) && text.includes('点')) ||
    AT_WORD_HINT_RE.test(text) ||
    mayHoldSaidEmail(text)
  return { hasAt, pw, obfuscated, spoken }
}

function find(text: string, opts?: PiiOptions): Found {
  refuseUnscannable(text)
  // Cheap gate: most posts have no digits, no '@' and no password word.
  const g = gate(text)
  const flags = g.flags
  let digits = g.digits
  // Letters read as digits count for the threshold a NINO needs (six): "JG lO 37 82 A". A
  // phone number with such a group has six digits or more without it.
  if (digits >= 4 && digits < 6 && OCR_GROUP_RE.test(text)) digits += 2
  const wide = (flags & WIDE_CH) !== 0
  let h = hints(text, digits, flags)
  let n: Normalised | null = null
  // A quoted reply ("gmail\n> punto com") reads its words across the quote marks.
  if (wide || text.includes('\n>')) {
    // "p\u200bassword", "ｐａｓｓｗｏｒｄ", "𝐩𝐚𝐬𝐬𝐰𝐨𝐫𝐝": the words are looked for on the normal form too.
    n = normaliseForPii(text)
    const hn = hints(n.norm, digits, gate(n.norm).flags)
    h = {
      hasAt: h.hasAt || hn.hasAt,
      pw: h.pw || hn.pw,
      obfuscated: h.obfuscated || hn.obfuscated,
      spoken: h.spoken || hn.spoken,
    }
  }
  const { hasAt, pw, obfuscated, spoken } = h
  // "my pin is four four two one", "四一一一 一一一一": number words read as digits.
  let spelled: [number, number][] = []
  if (mayHoldSpelledDigits(n?.norm ?? text)) {
    n ??= normaliseForPii(text)
    const read = readSpelledDigits(n)
    if (read !== null) {
      n = read.n
      digits += read.digits
      spelled = read.ranges
    }
  }
  // Three digits matter only as a card's security code ("CVV: 123").
  const cvv = digits === 3 && CVV_HINT_RE.test(text)
  // "paid 15 euros on 3 May at 10:30": every value a finder reads has four digits in one run
  // (a code, a PIN) or three after a security-code word. Digits of other forms and number words
  // are counted apart (the run is not), so such a text takes the long way.
  if (!cvv && !hasAt && !pw && !obfuscated && !spoken) {
    if (digits < 4) return { spans: [], keep: [], spelled }
    if (!wide && spelled.length === 0) {
      const run = longestRun(text)
      if (run < 3 || (run === 3 && !CVV_HINT_RE.test(text))) return { spans: [], keep: [], spelled }
    }
  }
  // Most '@'s are handles: an address written in ASCII is found without normalising.
  n ??=
    digits < 4 && !cvv && !pw && !obfuscated ? { norm: text, start: null, end: null } : normaliseForPii(text)
  // "4111 '1111 1111: 1111": a screenshot's stray marks between a card's groups (pii-ocr.ts).
  if (digits >= 16) n = withOcrJoins(n)
  const spans: PiiSpan[] = []
  const keep: number[] = []
  let typed: [number, number][] | null = null
  for (const s of findNormSpans(text, n, digits, hasAt, pw, obfuscated, spoken, opts)) {
    const [start, end] = originalSpan(n, s.start, s.end)
    spans.push({ kind: s.kind, start, end })
    keep.push(s.keep)
    // A value with letters read as digits is masked whole: a kept last four "88O3" would show.
    typed ??= n.start === null ? [] : typedRanges(text)
    if (s.whole === true || typed.some(([a, b]) => a < end && start < b)) spelled.push([start, end])
  }
  return { spans, keep, spelled }
}

/** All personal-data spans in `text` (offsets in `text`), non-overlapping, in text order. */
export function findPii(text: string, opts?: PiiOptions): PiiSpan[] {
  return find(text, opts).spans
}

const LETTER_OR_NUMBER_RE = /[\p{L}\p{N}]/u

/** A character that reads as letters or digits once normalised ("ⓐ", "𝐀", "①"). */
function readsAsAlnum(ch: string): boolean {
  return LETTER_OR_NUMBER_RE.test(ch) || /[0-9A-Za-z]/.test(normaliseForPii(ch).norm)
}

/**
 * Mask every digit of any form (superscript, circled, …; or letter too, with `letters`) of
 * `s`, keeping the last `keep` digits; invisible characters inside the value are dropped.
 */
function maskChars(s: string, keep: number, letters: boolean): string {
  const chars = [...s]
  let toKeep = keep
  for (let i = chars.length - 1; i >= 0; i--) {
    const ch = chars[i]!
    if (isInvisible(ch)) {
      chars[i] = ''
      continue
    }
    const digits = countAnyDigits(ch)
    if (digits === 0 && !(letters && readsAsAlnum(ch))) continue
    if (toKeep > 0 && digits > 0 && digits <= toKeep) toKeep -= digits
    else {
      toKeep = 0
      chars[i] = '*'
    }
  }
  return chars.join('')
}

function maskSpan(kind: PiiKind, s: string, keep: number): string {
  switch (kind) {
    case 'email':
      return '[email]'
    case 'iban':
      // The country stays readable; an IBAN's second part (pii-split-iban.ts) has none to keep.
      return /^[A-Za-z]{2}/.test(s)
        ? s.slice(0, 2) + maskChars(s.slice(2), keep, true)
        : maskChars(s, keep, true)
    case 'uk_nino':
      return maskChars(s, 0, true)
    case 'password':
    case 'otp':
      // Every character of a secret, whatever it is made of.
      return [...s].map((c) => (/\s/.test(c) ? c : isInvisible(c) ? '' : '*')).join('')
    default:
      return maskChars(s, keep, false)
  }
}

function maskSpelled(kind: PiiKind, s: string): string {
  return kind === 'email' ? '[email]' : maskChars(s, 0, true)
}

export interface MaskResult {
  text: string
  kinds: PiiKind[]
  spans: PiiSpan[]
}

/**
 * Mask every span; `kinds` lists each kind found once, in order of first appearance.
 * Throws PiiScanRefusedError for a text longer than MAX_PII_SCAN_CHARS.
 */
export function maskPii(text: string, opts?: PiiOptions): MaskResult {
  const { spans, keep, spelled } = find(text, opts)
  if (spans.length === 0) return { text, kinds: [], spans }
  let out = ''
  let pos = 0
  const kinds: PiiKind[] = []
  // Spans and these ranges are both walked in text order (a long post may hold thousands).
  const whole = spelled.length < 2 ? spelled : [...spelled].sort((a, b) => a[0] - b[0])
  let w = 0
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!
    const raw = text.slice(s.start, s.end)
    // A value said in words is masked whole, words and numerals alike.
    while (w < whole.length && whole[w]![1] <= s.start) w++
    const worded = w < whole.length && whole[w]![0] < s.end
    out += text.slice(pos, s.start) + (worded ? maskSpelled(s.kind, raw) : maskSpan(s.kind, raw, keep[i]!))
    pos = s.end
    if (!kinds.includes(s.kind)) kinds.push(s.kind)
  }
  return { text: out + text.slice(pos), kinds, spans }
}
