/**
 * An IBAN given in two parts (pii16): "Rekeningnummer begint met NL47RABO. De rest is
 * 2278388365", "IBAN starts DE89 3704, the rest is 0044 0532 0130 00". The head (country, check
 * digits, perhaps the bank's letters and a few digits) stands alone, the rest follows within a
 * sentence or two; neither is an IBAN by itself, so the IBAN finder reads neither. Both parts are
 * masked when, joined, they have the country's exact length and pass mod 97, and an account word
 * or a word naming the parts is near (the check alone passes one random join in 97).
 */
import { ibanLength, ibanValid } from './pii-checks.js'
import { stripGroupSeps } from './pii-normalise.js'
import type { NormSpan } from './pii-numbers.js'

/** A cheap test first: a country's capitals and two check digits standing alone or with a few groups. */
export const SPLIT_IBAN_HINT_RE = /(?<![A-Za-z0-9])[A-Z]{2}\s?\d{2}/

// The head: country, check digits, then up to three groups of letters or digits, not running on.
const HEAD_RE = /(?<![A-Za-z0-9])[A-Z]{2}\s?\d{2}(?:\s?[A-Z0-9]{1,4}){0,3}(?![A-Za-z0-9])/g
// The rest: digits (and the bank's capitals, if the head stopped before them) in groups.
const REST_RE = /(?<![A-Za-z0-9])[A-Z0-9]{2,}(?:[\s.-]?[A-Z0-9]{1,6}){0,8}(?![A-Za-z0-9])/g
// What says the two numbers are one: an account or IBAN word, or words naming the parts.
const PARTS_NEAR_RE =
  /iban|rekening|account|acct|konto|compte|cuenta|conta|حساب|账|帐|rest|begin|start|first|last|ends?|eerste|laatste|erste|letzte|premi|derni|reste|primer|[uú]ltim|resto|اول|أول|آخر|الباقي|前|后|剩下/iu
// How far after the head the rest may start.
const REACH = 80

export function findSplitIbans(norm: string, out: NormSpan[]): void {
  HEAD_RE.lastIndex = 0
  for (let h = HEAD_RE.exec(norm); h !== null; h = HEAD_RE.exec(norm)) {
    const head = stripGroupSeps(h[0]).replace(/\s/g, '')
    const len = ibanLength(head.slice(0, 2))
    if (len === undefined || head.length >= len) continue
    const hs = h.index
    const he = hs + h[0].length
    if (!PARTS_NEAR_RE.test(norm.slice(Math.max(0, hs - 40), Math.min(norm.length, he + REACH)))) continue
    REST_RE.lastIndex = he
    for (let r = REST_RE.exec(norm); r !== null && r.index - he <= REACH; r = REST_RE.exec(norm)) {
      if (!/\d/.test(r[0])) continue
      const rest = stripGroupSeps(r[0]).replace(/[\s.-]/g, '')
      if (head.length + rest.length !== len || !ibanValid(head + rest)) continue
      out.push({ kind: 'iban', start: hs, end: he, keep: 0 })
      out.push({ kind: 'iban', start: r.index, end: r.index + r[0].length, keep: 4 })
      HEAD_RE.lastIndex = r.index + r[0].length
      break
    }
  }
  HEAD_RE.lastIndex = 0
  REST_RE.lastIndex = 0
}
