/**
 * Lexicon scoring: sum of word weights with negation (the next three words flip and
 * soften), intensifiers, ALL-CAPS and exclamation emphasis, and emoji. Returns the raw
 * parts too, so that the trained model can use them as features.
 */
import type { Sentiment, SentimentLabel } from '@vigil/schema'
import { tokenize } from '../text.js'
import type { Lexicon } from './lexicon.js'

export interface LexiconScore {
  /** Sum of weighted hits, unbounded. */
  sum: number
  pos: number
  neg: number
  /** Sum over banking-domain entries only. */
  domain: number
  hits: number
  /** Matched entries, for terms and audit. */
  matched: string[]
}

const CAPS_RE = /[A-Z]{3}/
const CAPS_WORD_RE = /\b[A-Z]{3,}\b/g
const HAN_RE = /[\u3400-\u9FFF]/
const ZH_NEGATORS = '不没别未无非莫'
const EMOTICONS: [RegExp, number][] = [
  [/(?:^|\s)[:;=]-?[)\]D]|\(:|\^\^|\^_\^|<3/g, 2],
  [/(?:^|\s)[:;=]'?-?[([]|:\/(?!\/)|-_-|D:/g, -2],
]
const NEGATION_SCOPE = 3
const EMOTICON_CHARS_RE = /[:;=^<]|D:|-_-/
const MAYBE_EMOJI_RE = /[\u2190-\u2BFF\uD83C-\uD83E]/

interface Tok {
  w: string
  caps: boolean
}

function toToks(words: readonly string[], original: string): Tok[] {
  const out: Tok[] = words.map((w) => ({ w, caps: false }))
  // Emphasis by capitals is read from the original: the folded text is lower case.
  if (CAPS_RE.test(original)) {
    const caps = new Set(original.match(CAPS_WORD_RE)?.map((w) => w.toLowerCase()) ?? [])
    for (const t of out) if (caps.has(t.w)) t.caps = true
  }
  return out
}

function scoreHan(folded: string, lex: Lexicon, acc: LexiconScore): void {
  if (lex.hanMaxLen === 0 || !HAN_RE.test(folded)) return
  const n = Math.min(folded.length, 4000)
  for (let i = 0; i < n; ) {
    if (!lex.hanFirst.has(folded[i]!)) {
      i++
      continue
    }
    let hit = 0
    for (let len = Math.min(lex.hanMaxLen, n - i); len >= 1; len--) {
      const key = folded.slice(i, i + len)
      const w = lex.han.get(key)
      if (w === undefined) continue
      let weight = w
      const prev = folded.slice(Math.max(0, i - 2), i)
      if ([...prev].some((c) => ZH_NEGATORS.includes(c))) weight = -weight * 0.7
      if (/[很太非常超特别真好]$/.test(prev)) weight *= 1.4
      add(acc, weight, key, lex.hanDomain.has(key))
      hit = len
      break
    }
    i += hit > 0 ? hit : 1
  }
}

function add(acc: LexiconScore, weight: number, key: string, domain: boolean): void {
  acc.sum += weight
  if (weight > 0) acc.pos += weight
  else acc.neg -= weight
  if (domain) acc.domain += weight
  acc.hits++
  if (acc.matched.length < 16) acc.matched.push(key)
}

function scoreTokens(toks: Tok[], lex: Lexicon, acc: LexiconScore): void {
  let negateLeft = 0
  let boost = 1
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!
    if (lex.negators.has(t.w)) {
      negateLeft = NEGATION_SCOPE
      continue
    }
    const intens = lex.intensifiers.get(t.w)
    if (intens !== undefined) {
      boost *= intens
      continue
    }
    let weight: number | undefined
    let key = t.w
    let span = 1
    let domain = false
    const phrases = lex.phrases.get(t.w)
    if (phrases) {
      for (const p of phrases) {
        if (p.rest.every((r, k) => toks[i + 1 + k]?.w === r)) {
          weight = p.weight
          key = `${t.w} ${p.rest.join(' ')}`
          span = 1 + p.rest.length
          domain = p.domain
          break
        }
      }
    }
    if (weight === undefined) {
      weight = lex.words.get(t.w)
      domain = lex.domainWords.has(t.w)
    }
    if (weight !== undefined) {
      let w = weight * boost * (t.caps ? 1.3 : 1)
      if (negateLeft > 0) w = -w * 0.7
      add(acc, w, key, domain)
      boost = 1
      negateLeft = 0
      i += span - 1
      continue
    }
    if (negateLeft > 0) negateLeft--
    boost = 1
  }
}

function scoreEmoji(original: string, lex: Lexicon, acc: LexiconScore): void {
  if (!EMOTICON_CHARS_RE.test(original)) {
    scoreEmojiChars(original, lex, acc)
    return
  }
  for (const [re, w] of EMOTICONS) {
    re.lastIndex = 0
    const n = original.match(re)?.length ?? 0
    if (n > 0) add(acc, w * Math.min(n, 3), 'emoticon', false)
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
): LexiconScore {
  const acc: LexiconScore = { sum: 0, pos: 0, neg: 0, domain: 0, hits: 0, matched: [] }
  scoreTokens(toToks(words, original), lex, acc)
  scoreHan(folded, lex, acc)
  scoreEmoji(original, lex, acc)
  const bangs = Math.min(3, (original.match(/!/g) ?? []).length)
  if (bangs > 0 && acc.sum !== 0) acc.sum *= 1 + 0.1 * bangs
  return acc
}

/** Squash an unbounded sum into -1..1; two ordinary words give about ±0.6. */
export function squash(sum: number): number {
  return sum / (Math.abs(sum) + 2.5)
}

export const NEUTRAL_BAND = 0.15

export function labelOf(score: number, band = NEUTRAL_BAND): SentimentLabel {
  if (score >= band) return 'positive'
  if (score <= -band) return 'negative'
  return 'neutral'
}

export function lexiconSentiment(ev: LexiconScore): Sentiment {
  const score = Math.round(squash(ev.sum) * 1000) / 1000
  return { label: labelOf(score), score }
}
