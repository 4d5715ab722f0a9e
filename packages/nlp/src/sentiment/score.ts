/**
 * Lexicon scoring: sum of word weights with negation (the next three words flip and
 * soften), intensifiers, ALL-CAPS and exclamation emphasis, and emoji. Returns the raw
 * parts too, so that the trained model can use them as features.
 */
import type { Sentiment, SentimentLabel } from '@vigil/schema'
import type { FactsRow, WordTable } from '../perf/word-table.js'
import { tokenize } from '../text.js'
import type { Lexicon, Lexicons } from './lexicon.js'

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

/** Words written in capitals in the original (emphasis), or null when there are none. */
function capsWords(original: string): Set<string> | null {
  // Emphasis by capitals is read from the original: the folded text is lower case.
  if (!CAPS_RE.test(original)) return null
  return new Set(original.match(CAPS_WORD_RE)?.map((w) => w.toLowerCase()) ?? [])
}

const ZH_INTENSIFIERS = '很太非常超特别真好'
const unitsOf = (chars: string): ReadonlySet<number> => new Set([...chars].map((ch) => ch.charCodeAt(0)))
const ZH_NEGATOR_UNITS = unitsOf(ZH_NEGATORS)
const ZH_INTENSIFIER_UNITS = unitsOf(ZH_INTENSIFIERS)

/** A Chinese entry of two or more code units, as the scan finds it. */
interface HanEntry {
  key: string
  weight: number
  domain: boolean
}

/** A lexicon's Chinese entries indexed by code unit, so that scoring a character makes no string. */
interface HanIndex {
  /**
   * A bit per code unit that starts an entry or is one: an 8 KB filter that stays in the CPU
   * caches, read before the 64K-entry tables below (their look-ups missed the caches, and
   * most characters of a post start no entry).
   */
  starts: Int32Array
  /** Lengths (two or more, longest first) of the entries that start with each code unit. */
  longer: (readonly number[] | undefined)[]
  /** 1 at hanPairKey of the first two code units of every such entry: a 0 rules them all out. */
  pairs: Uint8Array
  /** Weight of the one-character entry of each code unit, or NaN. */
  single: Float64Array
  /** Entries of two or more units by hanHashStep over their units (a small integer key). */
  entries: Map<number, HanEntry[]>
  /** Scratch: hashes of a post's prefixes s[i..i + len) for len up to the longest entry. */
  prefix: Int32Array
}

/** A filter key, not an identity: a false positive costs only the map look-ups that follow. */
const hanPairKey = (c0: number, c1: number): number => (Math.imul(c0, 0x9e3779b1) ^ c1) & 0xffff

/** Step of a polynomial hash over code units; masked to 30 bits so the map's keys stay small integers. */
const hanHashStep = (h: number, c: number): number => (Math.imul(h, 0x01000193) ^ c) & 0x3fffffff

const hanIndexes = new WeakMap<Lexicon, HanIndex>()

/**
 * Built once per lexicon. Most characters of a Chinese post start some entry of the
 * translated list; before this index each one cost a map probe of its code unit, a probe of
 * a set of pair keys beyond the small-integer range (a heap number each), and a
 * one-character string made and hashed for the map of entries. Longer entries are found by a
 * hash of the post's code units, checked unit by unit: no candidate substring is cut.
 */
function hanIndex(lex: Lexicon): HanIndex {
  let idx = hanIndexes.get(lex)
  if (idx === undefined) {
    idx = {
      starts: new Int32Array(0x10000 >>> 5),
      longer: new Array<readonly number[] | undefined>(0x10000).fill(undefined),
      pairs: new Uint8Array(0x10000),
      single: new Float64Array(0x10000).fill(Number.NaN),
      entries: new Map(),
      prefix: new Int32Array(lex.hanMaxLen + 1),
    }
    for (const [k, w] of lex.han) {
      const c0 = k.charCodeAt(0)
      idx.starts[c0 >>> 5] = idx.starts[c0 >>> 5]! | (1 << (c0 & 31))
      if (k.length === 1) {
        idx.single[k.charCodeAt(0)] = w
        continue
      }
      idx.pairs[hanPairKey(k.charCodeAt(0), k.charCodeAt(1))] = 1
      let h = 0
      for (let j = 0; j < k.length; j++) h = hanHashStep(h, k.charCodeAt(j))
      const bucket = idx.entries.get(h)
      const e = { key: k, weight: w, domain: lex.hanDomain.has(k) }
      if (bucket === undefined) idx.entries.set(h, [e])
      else bucket.push(e)
    }
    for (const [c, lengths] of lex.hanFirst) {
      const longer = lengths.filter((len) => len > 1)
      if (longer.length > 0) idx.longer[c] = longer
    }
    hanIndexes.set(lex, idx)
  }
  return idx
}

/** The entry spelled by `s[i..i + len)`, given the hash of those units, or undefined. */
function hanEntryAt(
  entries: Map<number, HanEntry[]>,
  s: string,
  i: number,
  len: number,
  h: number,
): HanEntry | undefined {
  const bucket = entries.get(h)
  if (bucket === undefined) return undefined
  for (const e of bucket) {
    const k = e.key
    if (k.length !== len) continue
    let j = 0
    while (j < len && k.charCodeAt(j) === s.charCodeAt(i + j)) j++
    if (j === len) return e
  }
  return undefined
}

function scoreHan(folded: string, lex: Lexicon, acc: LexiconScore): void {
  if (lex.hanMaxLen === 0 || !HAN_RE.test(folded)) return
  const n = Math.min(folded.length, 4000)
  const { starts, longer, pairs, single, entries, prefix } = hanIndex(lex)
  for (let i = 0; i < n; ) {
    const c = folded.charCodeAt(i)
    if ((starts[c >>> 5]! & (1 << (c & 31))) === 0) {
      i++
      continue
    }
    // The longest entry that starts here wins: entries of two or more characters first, and
    // only when the first two characters may start one.
    const lengths = longer[c]
    let found: HanEntry | undefined
    if (lengths !== undefined && i + 1 < n && pairs[hanPairKey(c, folded.charCodeAt(i + 1))] === 1) {
      // Hashes of the prefixes s[i..i + len) for every length the entries need, in one pass.
      const upTo = Math.min(lengths[0]!, n - i)
      let h = 0
      for (let j = 0; j < upTo; j++) {
        h = hanHashStep(h, folded.charCodeAt(i + j))
        prefix[j + 1] = h
      }
      for (const len of lengths) {
        if (len > n - i) continue
        found = hanEntryAt(entries, folded, i, len, prefix[len]!)
        if (found !== undefined) break
      }
    }
    let key: string
    let w: number
    let domain: boolean
    if (found !== undefined) {
      key = found.key
      w = found.weight
      domain = found.domain
    } else {
      w = single[c]!
      if (Number.isNaN(w)) {
        i++
        continue
      }
      key = folded[i]!
      domain = lex.hanDomain.size > 0 && lex.hanDomain.has(key)
    }
    let weight = w
    // Code units, not one-character strings: the words of both lists are single BMP units.
    const p1 = i >= 1 ? folded.charCodeAt(i - 1) : -1
    const p2 = i >= 2 ? folded.charCodeAt(i - 2) : -1
    if (ZH_NEGATOR_UNITS.has(p1) || ZH_NEGATOR_UNITS.has(p2)) weight = -weight * 0.7
    if (ZH_INTENSIFIER_UNITS.has(p1)) weight *= 1.4
    add(acc, weight, key, domain)
    i += key.length
  }
}

function add(acc: LexiconScore, weight: number, key: string, domain: boolean): void {
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

/**
 * Contrast words: what follows them is what the writer means ("the app is nice but it
 * crashes every day"), as in VADER. Words before the first one count half, after it 1.5×.
 */
const CONTRAST: ReadonlySet<string> = new Set(
  'but however maar echter aber doch jedoch mais pero sino però tuttavia mas porém ama fakat tapi namun lekin magar لكن'.split(
    ' ',
  ),
)

/** Everything the lexicon knows about one word, found with a single hash lookup. */
interface WordInfo {
  contrast: boolean
  negator: boolean
  /** Multiplier for the next sentiment word, or 0. */
  intensifier: number
  phrases: Lexicon['phrases'] extends Map<string, infer V> ? V | undefined : never
  weight: number | undefined
  domain: boolean
  /** Weight in the machine-translated list (Lexicon.wide) for words the lists above lack. */
  wide: number | undefined
}

type WordIndex = Map<string, WordInfo>

// Derived once per lexicon (lexicons are immutable after loading), keyed by the lexicon itself.
const indexes = new WeakMap<Lexicon, WordIndex>()

/** The lexicon's word lists merged into one map, so that a post's words are looked up only once. */
function wordIndex(lex: Lexicon): WordIndex {
  const known = indexes.get(lex)
  if (known !== undefined) return known
  const idx: WordIndex = new Map()
  const info = (w: string): WordInfo => {
    let x = idx.get(w)
    if (x === undefined) {
      x = {
        contrast: false,
        negator: false,
        intensifier: 0,
        phrases: undefined,
        weight: undefined,
        domain: false,
        wide: undefined,
      }
      idx.set(w, x)
    }
    return x
  }
  for (const w of CONTRAST) info(w).contrast = true
  for (const w of lex.negators) info(w).negator = true
  for (const [w, m] of lex.intensifiers) info(w).intensifier = m
  for (const [w, p] of lex.phrases) info(w).phrases = p
  for (const [w, weight] of lex.words) {
    const x = info(w)
    x.weight = weight
    x.domain = lex.domainWords.has(w)
  }
  // Single translated words join the same map: one lookup per word for both lists.
  for (const [w, weight] of lex.wide?.words ?? []) {
    const x = info(w)
    if (x.weight === undefined && x.phrases === undefined) x.wide = weight
  }
  indexes.set(lex, idx)
  return idx
}

/**
 * Put every lexicon's words in an enricher's word table (WordFacts.lex, at the lexicon's slot
 * in that table), and build the per-lexicon indexes now rather than on the first post.
 */
export function registerLexicons(table: WordTable, lexicons: Lexicons): void {
  for (const lex of lexicons.all()) {
    const idx = wordIndex(lex)
    table.lexiconSlot(idx, (slot) => {
      for (const [w, x] of idx) table.entry(w).lex[slot] = x
    })
    if (lex.hanMaxLen > 0) hanIndex(lex)
    if (lex.wide !== null && lex.wide.hanMaxLen > 0) hanIndex(lex.wide)
  }
}

/** True when `rest` follows at `from` in `toks` (a loop: no closure per phrase tried). */
function restMatches(toks: readonly string[], from: number, rest: readonly string[]): boolean {
  for (let k = 0; k < rest.length; k++) if (toks[from + k] !== rest[k]) return false
  return true
}

function scoreTokens(
  toks: readonly string[],
  caps: Set<string> | null,
  lex: Lexicon,
  acc: LexiconScore,
  row: FactsRow | undefined,
): void {
  const index = wordIndex(lex)
  // The row knows this lexicon if its table holds it and the row was read after it was put there.
  const reg = row?.table.lexiconSlotOf(index)
  const facts = reg !== undefined && row!.gen >= reg.gen ? row!.facts : undefined
  const id = reg?.slot ?? 0
  let negateLeft = 0
  let boost = 1
  let clause = 1
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!
    const x = facts !== undefined ? (facts[i]?.lex[id] as WordInfo | undefined) : index.get(t)
    if (x === undefined) {
      if (negateLeft > 0) negateLeft--
      boost = 1
      continue
    }
    if (x.contrast && clause === 1 && i > 0) {
      acc.sum *= 0.5
      acc.pos *= 0.5
      acc.neg *= 0.5
      clause = 1.5
      continue
    }
    if (x.negator) {
      negateLeft = NEGATION_SCOPE
      continue
    }
    if (x.intensifier !== 0) {
      boost *= x.intensifier
      continue
    }
    let weight: number | undefined
    let key = t
    let span = 1
    let domain = false
    if (x.phrases !== undefined) {
      for (const p of x.phrases) {
        if (restMatches(toks, i + 1, p.rest)) {
          weight = p.weight
          key = p.key
          span = 1 + p.rest.length
          domain = p.domain
          break
        }
      }
    }
    if (weight === undefined) {
      weight = x.weight
      domain = x.domain
    }
    if (weight === undefined && x.wide !== undefined) {
      // A translated-list word: same negation and emphasis, kept out of the main sums.
      let w = x.wide * boost * clause
      if (negateLeft > 0) w = -w * 0.7
      if (w > 0) acc.widePos += w
      else acc.wideNeg -= w
      boost = 1
      negateLeft = 0
      continue
    }
    if (weight !== undefined) {
      let w = weight * boost * clause * (caps?.has(t) ? 1.3 : 1)
      if (negateLeft > 0) {
        w = -w * 0.7
        acc.negated++
      }
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

function emptyScore(): LexiconScore {
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
