/**
 * Lexicon scoring: sum of word weights with negation (the next three words flip and
 * soften), intensifiers, ALL-CAPS and exclamation emphasis, and emoji. Returns the raw
 * parts too, so that the trained model can use them as features.
 */
import type { Sentiment, SentimentLabel } from '@vigil/schema'
import type { FactsRow } from '../perf/word-table.js'
import { tokenize } from '../text.js'
import { scoreHan } from './han.js'
import { add, emptyScore, type LexiconScore } from './hits.js'
import type { Lexicon } from './lexicon.js'
import { scoreTokens } from './word-scan.js'

export type { LexiconScore } from './hits.js'
export { registerLexicons } from './word-scan.js'

const CAPS_RE = /[A-Z]{3}/
const CAPS_WORD_RE = /\b[A-Z]{3,}\b/g
const EMOTICONS: [RegExp, number][] = [
  [/(?:^|\s)[:;=]-?[)\]D]|\(:|\^\^|\^_\^|<3/g, 2],
  [/(?:^|\s)[:;=]'?-?[([]|:\/(?!\/)|-_-|D:/g, -2],
]
const EMOTICON_CHARS_RE = /[:;=^<]|D:|-_-/
const MAYBE_EMOJI_RE = /[\u2190-\u2BFF\uD83C-\uD83E]/

/** Words written in capitals in the original (emphasis), or null when there are none. */
function capsWords(original: string): Set<string> | null {
  // Emphasis by capitals is read from the original: the folded text is lower case.
  if (!CAPS_RE.test(original)) return null
  return new Set(original.match(CAPS_WORD_RE)?.map((w) => w.toLowerCase()) ?? [])
}

function scoreEmoji(original: string, lex: Lexicon, acc: LexiconScore): void {
  if (!EMOTICON_CHARS_RE.test(original)) {
    scoreEmojiChars(original, lex, acc)
    return
  }
  for (const [re, w] of EMOTICONS) {
    re.lastIndex = 0
    const n = original.match(re)?.length ?? 0
    if (n > 0) {
      add(acc, w * Math.min(n, 3), 'emoticon', false)
      acc.emoji += w * Math.min(n, 3)
    }
  }
  scoreEmojiChars(original, lex, acc)
}

function scoreEmojiChars(original: string, lex: Lexicon, acc: LexiconScore): void {
  if (lex.emoji.size === 0 || !MAYBE_EMOJI_RE.test(original)) return
  let seen = 0
  for (let i = 0; i < original.length && i < 4000; i++) {
    const c = original.codePointAt(i)!
    if (c < 0x2190) continue
    const ch = String.fromCodePoint(c)
    if (c > 0xffff) i++
    const w = lex.emoji.get(ch)
    if (w !== undefined && seen < 6) {
      add(acc, w, ch, false)
      acc.emoji += w
      seen++
    }
  }
}

/** Raw lexicon evidence for a text. `folded` is foldText(original). */
export function lexiconEvidence(
  original: string,
  folded: string,
  lex: Lexicon,
  words: readonly string[] = tokenize(folded).words,
  /** The word table's row for `words`, when the caller has it. */
  row?: FactsRow,
): LexiconScore {
  const acc = emptyScore()
  const caps = capsWords(original)
  scoreTokens(words, caps, lex, acc, row)
  scoreHan(folded, lex, acc)
  if (lex.wide !== null && lex.wide.hanMaxLen > 0) {
    // Chinese entries of the translated list: a second scan, only for Chinese text.
    const w = emptyScore()
    scoreHan(folded, lex.wide, w)
    acc.widePos += w.pos
    acc.wideNeg += w.neg
  }
  scoreEmoji(original, lex, acc)
  const bangs = countMarks(original, '!', '！')
  acc.bangs = bangs
  acc.questions = countMarks(original, '?', '？') + countMarks(original, '؟', '؟')
  if (bangs > 0 && acc.sum !== 0) acc.sum *= 1 + 0.1 * bangs
  return acc
}

/** Occurrences of either mark, at most 3 (indexOf: no scan past the third). */
function countMarks(s: string, a: string, b: string): number {
  let n = 0
  for (let i = s.indexOf(a); i !== -1 && n < 3; i = s.indexOf(a, i + 1)) n++
  if (b !== a) for (let i = s.indexOf(b); i !== -1 && n < 3; i = s.indexOf(b, i + 1)) n++
  return n
}

/** Squash an unbounded sum into -1..1; two ordinary words give about ±0.6. */
export function squash(sum: number): number {
  return sum / (Math.abs(sum) + 2.5)
}

export const NEUTRAL_BAND = 0.15

function labelOf(score: number, band = NEUTRAL_BAND): SentimentLabel {
  if (score >= band) return 'positive'
  if (score <= -band) return 'negative'
  return 'neutral'
}

export function lexiconSentiment(ev: LexiconScore): Sentiment {
  const score = Math.round(squash(ev.sum + 0.5 * (ev.widePos - ev.wideNeg)) * 1000) / 1000
  return { label: labelOf(score), score }
}
