/**
 * A card read off a screenshot (pii14): OCR and hurried retyping leave stray marks between the
 * groups of four ("4111 '1111 1111: 1111", "4111`1111 1111;1111"), which no customer types as a
 * joiner and the group separators (pii-normalise.ts) do not include. Where four groups of four
 * digits are joined by such marks, mixed, each mark reads as a space. The replacement keeps every
 * offset, so the normalised text's map back to the original still holds.
 */
import type { Normalised } from './pii-normalise.js'

const STRAY = `;:'\`~+¦"^`
const STRAY_HINT_RE = new RegExp(`\\d ?[${STRAY}]|[${STRAY}] ?\\d`)
// Four groups of four digits, each join a group separator, a space, or a stray mark with a space
// on either side or none.
const JOIN = `(?: ?[${STRAY}] ?|[ .\\-/_|*,])`
const OCR_CARD_RE = new RegExp(`(?<!\\d)\\d{4}(?:${JOIN}\\d{4}){3}(?!\\d)`, 'g')
const STRAY_RE = new RegExp(`[${STRAY}]`, 'g')

/** `n` with the stray marks between a card's groups of four read as spaces. */
export function withOcrJoins(n: Normalised): Normalised {
  if (!STRAY_HINT_RE.test(n.norm)) return n
  const norm = n.norm.replace(OCR_CARD_RE, (m) => {
    const joins = m.match(/\D+/g) ?? []
    // "1234; 5678; 9012; 3456": the same mark at every join is a list, not a misread card.
    if (joins.every((j) => j === joins[0])) return m
    return m.replace(STRAY_RE, ' ')
  })
  return norm === n.norm ? n : { ...n, norm }
}
