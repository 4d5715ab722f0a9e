/**
 * Sentiment per brand when a post names several banks. "Left Crest for Northwind, their app
 * actually works" is a loss for Crest and a win for Northwind; one label for the whole post
 * would count it against both (or for both) in share of voice, negative share and the
 * detector's negative counts.
 *
 * Precision first: a brand's stance differs from the post's only on explicit evidence:
 *   1. a switch ("left A for B", "overgestapt van A naar B", "从A换到B"): A negative, B positive;
 *   2. a comparison ("A is better than B", "A beter dan B", "A比B好", "A > B") or a contrast
 *      ("unlike A, B …");
 *   3. otherwise, clauses (split at sentence ends and at "but", "vs", "maar", "但", "لكن" …)
 *      that name one brand only are scored on their own: a brand whose own clauses lean one
 *      way takes that; a brand whose own clauses are neutral, while another brand's clauses
 *      carry the post's feeling, is neutral ("Crest app down again. Northwind?" is not a
 *      complaint about Northwind); a brand named only beside the others takes the post's.
 * Everything runs on the folded text (lower case, NFKC, simplified Chinese, folded Arabic).
 */
import type { BrandMatch, Sentiment } from '@vigil/schema'
import { allMatches } from '../perf/all-matches.js'
import { foldText } from '../text.js'

/** Scores one clause (the mention's own scorer, on a piece of it). */
export type ClauseScorer = (folded: string) => Sentiment

const POSITIVE: Sentiment = Object.freeze({ label: 'positive', score: 0.6 })
const NEGATIVE: Sentiment = Object.freeze({ label: 'negative', score: -0.6 })
const NEUTRAL: Sentiment = Object.freeze({ label: 'neutral', score: 0 })

// Word boundaries by hand: \b is ASCII-only and these texts are not. The words are folded
// like the text they are matched against (Arabic hamza forms, traditional Chinese).
const W = (alts: string) => `(?:^|[^\\p{L}\\p{N}])(?:${foldText(alts)})(?=$|[^\\p{L}\\p{N}])`

/** Said just before the brand left behind. */
const LEAVE_RE = new RegExp(
  `${W(
    'left|leaving|leave|ditched|ditching|dumped|dumping|quit|quitting|switched from|switching from|moved from|moving from|closed my accounts? (?:at|with)|closing my accounts? (?:at|with)|weg bij|overgestapt van|overstappen van|overstap van|ik stap over van|vertrokken bij|cambié de|me cambié de|quitté|gewechselt von|لقد تركت|تركت|انتقلت من',
  )}\\s*$`,
  'u',
)
/** Between the two brands of a switch: "for", "to", "naar", "换到". */
const SWITCH_MID_RE = new RegExp(
  `${W('for|to|now with|now at|naar|voor|voortaan|vanaf nu|nu bij|a|à|pour|zu|zur|zum|إلى|الى|ل')}|换到|换成|转到|转去|去了|换了`,
  'u',
)
/** "switched to A from B": A is the one gained. */
const JOIN_RE = new RegExp(
  `${W('switched to|switching to|moved to|moving to|joined|overgestapt naar|overstappen naar|me cambié a|passé à|gewechselt zu|انتقلت إلى|انتقلت الى')}\\s*$`,
  'u',
)
const FROM_MID_RE = new RegExp(W('from|van|de|von|من'), 'u')
const ZH_FROM_RE = /从\s*$/u

const BETTER =
  'better|faster|cheaper|nicer|easier|friendlier|more reliable|superior|beter|sneller|goedkoper|fijner|mejor|mejores|meilleure?s?|mieux|besser|schneller|günstiger|migliore|melhor|أفضل|احسن|أحسن'
const WORSE =
  'worse|slower|pricier|dearer|harder|less reliable|inferior|slechter|trager|duurder|peor|peores|pire|pires|schlechter|langsamer|teurer|peggiore|pior|أسوأ|اسوأ'
const THAN = 'than|dan|que|als|di|do|da|من'
const BETTER_RE = new RegExp(
  `${W(BETTER)}.*${W(THAN)}|${W('beats|outperforms|outclasses|wipes the floor with')}|\\s>\\s|>>`,
  'u',
)
const WORSE_RE = new RegExp(`${W(WORSE)}.*${W(THAN)}|${W('loses to|lags behind')}|\\s<\\s|<<`, 'u')
/** Chinese comparison: A比B好 / A比B差, read after B. */
const ZH_BETTER_AFTER_RE = /^\s*(?:更|还|要|强)?(?:好|强|快|方便|划算|便宜|靠谱|稳定|省心)/u
const ZH_WORSE_AFTER_RE = /^\s*(?:更|还|要)?(?:差|烂|慢|贵|坑|垃圾|麻烦|不靠谱)/u
/** "…, thank god I still have B" / "还好有B": B is the relief after the trouble. */
const RELIEF_RE = new RegExp(
  `(?:${W('thank god|thank goodness|thankfully|luckily|glad|good thing|gelukkig|heureusement|zum glück|por suerte|menos mal')}.{0,24}|(?:还好|幸好|幸亏|好在)(?:有|用)?)\\s*$`,
  'u',
)
/** "Unlike A, B …": A is the opposite of the post. */
const UNLIKE_RE = new RegExp(
  `${W('unlike|contrary to|anders dan|in tegenstelling tot|a diferencia de|contrairement à|im gegensatz zu|不像|跟.{0,2}不同')}\\s*$`,
  'u',
)
/** "A … B too": the second brand shares the first one's feeling. */
const TOO_RE = new RegExp(
  `${W('too|also|as well|either|ook|eveneens|aussi|también|auch|anche|também|أيضا|أيضاً|كذلك')}|也|同样|一样`,
  'u',
)

/** Where clauses end: sentence punctuation, and words that turn the feeling or set two sides apart. */
const CLAUSE_RE = new RegExp(
  `[.!?;:,。！？；：，、،\\n]+|${W('but|however|whereas|while|though|although|vs|versus|meanwhile|maar|terwijl|echter|mais|alors que|pero|mientras|aber|während|doch|ma|mas|لكن|بينما|أما')}|但是|但|而|可是|不过`,
  'gu',
)

/** The longest X post is 280 characters and a Facebook post rarely passes 2,000. */
const MAX_STANCE_CHARS = 2000

interface Placed {
  brand: string
  /** First position of the brand in the folded text, and its length; -1 when not found. */
  at: number
  len: number
}

/** Where each brand first appears (by the alias, handle, tag or domain that matched). */
function place(folded: string, brands: readonly BrandMatch[]): Placed[] {
  const out: Placed[] = []
  for (const b of brands) {
    if (out.some((p) => p.brand === b.brand)) continue
    let at = -1
    let len = 0
    for (const m of brands) {
      if (m.brand !== b.brand) continue
      const needle = foldText(m.via)
      const i = folded.indexOf(needle)
      if (i >= 0 && (at < 0 || i < at)) {
        at = i
        len = needle.length
      }
    }
    out.push({ brand: b.brand, at, len })
  }
  return out
}

/** Explicit switch, comparison or contrast between a brand and the next one named. */
function cueStances(folded: string, placed: Placed[]): Map<string, Sentiment> {
  const found = new Map<string, Sentiment>()
  const seq = placed.filter((p) => p.at >= 0).sort((a, b) => a.at - b.at)
  for (let i = 0; i + 1 < seq.length; i++) {
    const a = seq[i]!
    const b = seq[i + 1]!
    const pre = folded.slice(Math.max(0, a.at - 40), a.at)
    const mid = folded.slice(a.at + a.len, b.at)
    if (mid.length > 80) continue
    const after = folded.slice(b.at + b.len, b.at + b.len + 8)
    let pair: [Sentiment, Sentiment] | null = null
    if ((LEAVE_RE.test(pre) || ZH_FROM_RE.test(pre)) && SWITCH_MID_RE.test(mid)) pair = [NEGATIVE, POSITIVE]
    else if (JOIN_RE.test(pre) && FROM_MID_RE.test(mid)) pair = [POSITIVE, NEGATIVE]
    else if (mid.includes('比') && ZH_BETTER_AFTER_RE.test(after)) pair = [POSITIVE, NEGATIVE]
    else if (mid.includes('比') && ZH_WORSE_AFTER_RE.test(after)) pair = [NEGATIVE, POSITIVE]
    else if (WORSE_RE.test(mid)) pair = [NEGATIVE, POSITIVE]
    else if (BETTER_RE.test(mid)) pair = [POSITIVE, NEGATIVE]
    if (pair === null) {
      if (RELIEF_RE.test(mid)) found.set(b.brand, POSITIVE)
      continue
    }
    if (!found.has(a.brand)) found.set(a.brand, pair[0])
    if (!found.has(b.brand)) found.set(b.brand, pair[1])
  }
  return found
}

interface Clause {
  start: number
  end: number
}

function clauses(folded: string): Clause[] {
  const out: Clause[] = []
  let start = 0
  for (const m of allMatches(CLAUSE_RE, folded)) {
    out.push({ start, end: m.index })
    start = m.index + m[0].length
  }
  out.push({ start, end: folded.length })
  return out.filter((c) => c.end > c.start)
}

/** Every position of the brand's first-found alias (-1 when not found: none). */
function occurrences(folded: string, p: Placed): number[] {
  const out: number[] = []
  if (p.at < 0) return out
  const needle = folded.slice(p.at, p.at + p.len)
  for (let i = p.at; i !== -1; i = folded.indexOf(needle, i + 1)) out.push(i)
  return out
}

/** Per brand, the text of the clauses that name it and no other brand. */
function ownClauses(folded: string, placed: readonly Placed[]): Map<string, string> {
  const at = placed.map((p) => occurrences(folded, p))
  const own = new Map<string, string>()
  for (const c of clauses(folded)) {
    const who = placed.filter((_, j) => at[j]!.some((i) => i >= c.start && i < c.end))
    if (who.length !== 1) continue
    const brand = who[0]!.brand
    own.set(brand, `${own.get(brand) ?? ''} ${folded.slice(c.start, c.end)}`)
  }
  return own
}

/**
 * The stance of each brand in a post naming several, from its folded text; null when it names
 * fewer than two (the post's own sentiment is then the brand's).
 */
export function brandStances(
  text: string,
  brands: readonly BrandMatch[],
  overall: Sentiment,
  scoreClause: ClauseScorer,
): Map<string, Sentiment> | null {
  // Clauses × occurrences grows with the square of the length: read a post's worth. A brand
  // named only further on (a pasted article) takes the post's sentiment.
  const folded = text.length > MAX_STANCE_CHARS ? text.slice(0, MAX_STANCE_CHARS) : text
  const placed = place(folded, brands)
  if (placed.length < 2) return null
  const out = cueStances(folded, placed)

  const own = ownClauses(folded, placed)
  const alone = new Map<string, Sentiment>()
  for (const [brand, text] of own) if (text.trim() !== '') alone.set(brand, scoreClause(text.trim()))

  // Whether some brand's own clauses carry the post's feeling: then a neutral brand is not
  // part of it.
  const carried = overall.label !== 'neutral' && [...alone.values()].some((s) => s.label === overall.label)
  for (const p of placed) {
    if (out.has(p.brand)) continue
    const s = alone.get(p.brand)
    const text = own.get(p.brand) ?? ''
    if (s === undefined) out.set(p.brand, overall)
    else if (s.label !== 'neutral') out.set(p.brand, s)
    else if (TOO_RE.test(text)) out.set(p.brand, overall)
    else if (carried) out.set(p.brand, NEUTRAL)
    else out.set(p.brand, overall)
  }

  // "Unlike A, B …": A is the other side of the post's feeling.
  for (const p of placed) {
    if (p.at < 0 || !UNLIKE_RE.test(folded.slice(Math.max(0, p.at - 30), p.at))) continue
    if (overall.label !== 'neutral') out.set(p.brand, overall.label === 'positive' ? NEGATIVE : POSITIVE)
  }
  return out
}
