/**
 * A number written as a hashtag or a handle: "#07418664920", "@0612345678", "#+31612345678".
 * The run finders leave a number glued to '#' or '@' alone ("#2024", "@1234" are tags and
 * handles), reading only a card there. A tag or handle whose whole body is a phone number by the
 * numbering plans, or an account number after an account word, is that number.
 */
import { accountWordBefore } from './pii-context.js'
import type { NormSpan } from './pii-numbers.js'
import { possibleInternational } from './pii-phone.js'
import { nationalPlanMatch, ungroupedPlanMatch } from './pii-phone-plan.js'

export const TAGGED_HINT_RE = /[#@＃＠]\+?[0-9０-９٠-٩۰-۹]/

// The sign, an optional '+', and a body of digits (groups joined by '.', '-' or '_', which a tag
// keeps) that ends the tag.
const TAGGED_RE = /(?<![\p{L}\p{N}_])[#@]\+?(\d(?:[._-]?\d){6,18})(?![\p{L}\p{N}_@])/gu

/**
 * One unbroken body: a national number with its trunk prefix, or a range its country writes
 * without one (a Chinese or Spanish mobile, a Mexico City number).
 */
function ungroupedPhone(d: string): boolean {
  return ungroupedPlanMatch(d) !== null
}

export function findTaggedNumbers(norm: string, out: NormSpan[]): void {
  TAGGED_RE.lastIndex = 0
  for (let m = TAGGED_RE.exec(norm); m !== null; m = TAGGED_RE.exec(norm)) {
    const body = m[1]!
    const d = body.replace(/\D/g, '')
    const start = m.index
    const end = start + m[0].length
    const plus = m[0][1] === '+'
    const groups = body.split(/[._-]/).map((g) => g.length)
    const phone =
      plus || d.startsWith('00')
        ? possibleInternational(plus ? d : d.slice(2))
        : (groups.length > 1 && nationalPlanMatch(d, groups)) || ungroupedPhone(d)
    if (phone) out.push({ kind: 'phone', start, end, keep: 2 })
    else if (d.length >= 8 && accountWordBefore(norm.slice(Math.max(0, start - 80), start)))
      out.push({ kind: 'account_number', start, end, keep: 4 })
  }
  TAGGED_RE.lastIndex = 0
}
