/**
 * Rules over what the finders found, applied before one span per place is chosen:
 * - an account word before a number read as a phone makes it an account ("número de cuenta
 *   346123456789"): the kind is the stored reason, and the word says what the customer gave;
 * - a French company number is public, not personal: a SIREN (nine digits) or SIRET (fourteen),
 *   Luhn-valid by construction (INSEE), beside a company word, is read as no phone or account;
 * - an order or reference number shaped like a UK NI number ("#NL-778231-A", "commande
 *   NL-778231-A") is no NINO: HMRC prints a NINO in pairs ("QQ 12 34 56 C") after no tag sign;
 *   one still counts after an NI word.
 */
import { luhnValid } from './pii-checks.js'
import {
  accountWordBefore,
  NINO_CTX_RE,
  ORDER_BEFORE_RE,
  PHONE_AFTER_RE,
  PHONE_BEFORE_RE,
} from './pii-context.js'
import type { NormSpan } from './pii-numbers.js'

// Company words of French registers and invoices (SIREN, SIRET, RCS, TVA intracommunautaire,
// Kbis) and the legal forms.
const COMPANY_RE =
  /(?<!\p{L})(?:siren|siret|rcs|r\.c\.s|kbis|insee|tva|n° tva|tva intracom\p{L}*|soci[ée]t[ée]|entreprise|[ée]tablissement|sarl|sas|sasu|eurl|sa|snc|immatricul\p{L}*|raison sociale|greffe|company|firma|empresa|bedrijf)(?!\p{L})/iu

const before = (norm: string, at: number, n: number): string => norm.slice(Math.max(0, at - n), at)

// The groups of one number: digits joined by single spaces, dots or dashes.
const GROUPS_BEFORE_RE = /(?:\d[ .-]?)*$/
const GROUPS_AFTER_RE = /^(?:[ .-]?\d)*/

/**
 * `s`, or the number it is a window of ("100 010 000 00006" read as a phone from its second
 * group), is a SIREN or SIRET beside a company word.
 */
function companyNumber(norm: string, s: NormSpan): boolean {
  const start = s.start - GROUPS_BEFORE_RE.exec(before(norm, s.start, 20))![0].length
  const end = s.end + GROUPS_AFTER_RE.exec(norm.slice(s.end, s.end + 20))![0].length
  const d = norm.slice(start, end).replace(/\D/g, '')
  if ((d.length !== 9 && d.length !== 14) || !luhnValid(d)) return false
  return COMPANY_RE.test(before(norm, start, 80)) || COMPANY_RE.test(norm.slice(end, end + 40))
}

// "NL-778231-A": letters, six digits and a letter joined by dashes, as order systems print codes.
const DASHED_CODE_RE = /^[A-Za-z]{2}-\d{6}-[A-Za-z]$/

function orderLikeNino(norm: string, s: NormSpan): boolean {
  if (NINO_CTX_RE.test(before(norm, s.start, 120))) return false
  const tag = norm[s.start - 1] === '#' && DASHED_CODE_RE.test(norm.slice(s.start, s.end))
  return tag || ORDER_BEFORE_RE.test(before(norm, s.start, 30))
}

// An account's own word in the clause before a number ("número", "number", "nummer" alone name
// no kind).
const ACCOUNT_NEAR_RE =
  /(?:(?<!\p{L})(?:account|acct|rekening|\p{L}*konto|kto|compte|cuenta|cta|conta|conto|iban|rib|clabe)(?:nummer|nr|number|s)?(?!\p{L})|账号|账户|帐号|帐户|卡号|حساب)/giu
// What may stand between an account word and its number: "number" in each language, a copula,
// an article or a possessive ("mi cuenta, número …", "mon compte, c'est le …", "账户，号码…").
const NAMES_IT_RE =
  /^[^\p{L}\p{N}]*(?:(?:number|nummer|numéro|numero|número|nr|no|n°|nº|رقم|هو|号码|号|是|为|is|es|est|ist|c'est|the|my|el|la|le|de|del|het|mi|mon|ma|mijn|mein|meine)(?!\p{L})[^\p{L}\p{N}]*){0,4}$/iu
const CLAUSE_END_RE = /[.!?\n。！？؟]/g

/** An account word names `s` (right before it, or in its clause with only "number" or a copula between); not an international number. */
function accountCueWins(norm: string, s: NormSpan): boolean {
  if (/^(?:\+|00)/.test(norm.slice(s.start, s.start + 2))) return false
  let window = before(norm, s.start, 80)
  if (accountWordBefore(window) && !PHONE_BEFORE_RE.test(window.slice(-24))) return true
  let cut = -1
  CLAUSE_END_RE.lastIndex = 0
  for (let m = CLAUSE_END_RE.exec(window); m !== null; m = CLAUSE_END_RE.exec(window)) cut = m.index
  window = window.slice(cut + 1).slice(-48)
  let last = -1
  ACCOUNT_NEAR_RE.lastIndex = 0
  for (let m = ACCOUNT_NEAR_RE.exec(window); m !== null; m = ACCOUNT_NEAR_RE.exec(window))
    last = m.index + m[0].length
  ACCOUNT_NEAR_RE.lastIndex = 0
  if (last === -1) return false
  // Only "number", a copula or an article between: the account word names this number.
  return NAMES_IT_RE.test(window.slice(last)) && !PHONE_AFTER_RE.test(norm.slice(s.end, s.end + 40))
}

/**
 * `spans` without French company numbers read as phones or accounts: the loose pass
 * (pii-loose.ts) reads grouped numbers again after `reviseKinds`.
 */
export function withoutCompanyNumbers(norm: string, spans: NormSpan[]): NormSpan[] {
  return spans.filter((s) => !((s.kind === 'phone' || s.kind === 'account_number') && companyNumber(norm, s)))
}

/** `all` with the rules above applied (kinds changed in place, public numbers dropped). */
export function reviseKinds(norm: string, all: NormSpan[]): NormSpan[] {
  const kept: NormSpan[] = []
  for (const s of all) {
    if ((s.kind === 'phone' || s.kind === 'account_number') && companyNumber(norm, s)) continue
    if (s.kind === 'uk_nino' && orderLikeNino(norm, s)) continue
    // "mi cuenta, número 612345678901" is an account; "cuenta bloqueada, llámame al 612…" a phone.
    if (s.kind === 'phone' && accountCueWins(norm, s)) {
      kept.push({ ...s, kind: 'account_number', keep: 4 })
      continue
    }
    kept.push(s)
  }
  return kept
}
