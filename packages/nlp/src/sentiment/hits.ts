/**
 * What a text's lexicon hits add up to (LexiconScore: the raw parts the trained model also
 * reads as features), and how one hit is added. Shared by the word scan (word-scan.ts), the
 * Chinese scan (han.ts) and the emoji scan (score.ts).
 */

export interface LexiconScore {
  /** Sum of weighted hits, unbounded. */
  sum: number
  pos: number
  neg: number
  /** Sum over banking-domain entries only. */
  domain: number
  hits: number
  /** Sum over emoji and emoticons only. */
  emoji: number
  /** Sentiment words read under a negation ("not good"). */
  negated: number
  /** Strongest positive and strongest negative single hit (≥ 0 both). */
  maxPos: number
  maxNeg: number
  /** Sums over the machine-translated list (Lexicon.wide), kept out of the sums above. */
  widePos: number
  wideNeg: number
  /** "!" and "?" marks (full-width and Arabic ones too), each capped at 3. */
  bangs: number
  questions: number
  /** Matched entries, for terms and audit. */
  matched: string[]
}

/** A fresh, empty score. */
export function emptyScore(): LexiconScore {
  return {
    sum: 0,
    pos: 0,
    neg: 0,
    domain: 0,
    hits: 0,
    emoji: 0,
    negated: 0,
    maxPos: 0,
    maxNeg: 0,
    widePos: 0,
    wideNeg: 0,
    bangs: 0,
    questions: 0,
    matched: [],
  }
}

/** Add one hit of `weight` (negative: negative sentiment); `key` is kept for terms and audit. */
export function add(acc: LexiconScore, weight: number, key: string, domain: boolean): void {
  acc.sum += weight
  if (weight > 0) {
    acc.pos += weight
    if (weight > acc.maxPos) acc.maxPos = weight
  } else {
    acc.neg -= weight
    if (-weight > acc.maxNeg) acc.maxNeg = -weight
  }
  if (domain) acc.domain += weight
  acc.hits++
  if (acc.matched.length < 16) acc.matched.push(key)
}
