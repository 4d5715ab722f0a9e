/**
 * The lexicon's word lists merged into one index per lexicon (and into an enricher's word
 * table), and the scan of a post's words over it: negation (the next three words flip and
 * soften), intensifiers, contrast words, multi-word phrases, ALL-CAPS emphasis and the
 * machine-translated list kept apart.
 */
import type { FactsRow, WordTable } from '../perf/word-table.js'
import { hanIndex } from './han.js'
import { add, type LexiconScore } from './hits.js'
import type { Lexicon, Lexicons } from './lexicon.js'
import type { Morphology, Reading, Vocabulary } from './morphology.js'

const NEGATION_SCOPE = 3

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

/**
 * Readings of unlisted words by the language's morphology, per index: most words of a post are
 * unlisted, and the same few thousand come back, so each is analysed once. Bounded: emptied
 * when full, since a feed's vocabulary has no end.
 */
const readings = new WeakMap<WordIndex, Map<string, Reading | null>>()
const MAX_READINGS = 20_000

/** The memo of `index`'s readings, made on first use. */
function readingsOf(index: WordIndex): Map<string, Reading | null> {
  let memo = readings.get(index)
  if (memo === undefined) {
    memo = new Map()
    readings.set(index, memo)
  }
  return memo
}

function readingOf(
  index: WordIndex,
  memo: Map<string, Reading | null>,
  morphology: Morphology,
  word: string,
): Reading | null {
  const known = memo.get(word)
  if (known !== undefined) return known
  const x = (w: string): WordInfo | undefined => index.get(w)
  const vocab: Vocabulary = {
    listed: (w) => {
      const i = x(w)
      return i !== undefined && (i.weight !== undefined || i.wide !== undefined)
    },
    curated: (w) => x(w)?.weight !== undefined,
  }
  const r = morphology(word, vocab)
  if (memo.size >= MAX_READINGS) memo.clear()
  memo.set(word, r)
  return r
}

type Phrase = NonNullable<WordInfo['phrases']>[number]

/** The first of a word's phrases whose other words follow at `from` in `toks`. */
function phraseAt(phrases: readonly Phrase[], toks: readonly string[], from: number): Phrase | undefined {
  for (const p of phrases) if (restMatches(toks, from, p.rest)) return p
  return undefined
}

/** A sentiment word or phrase of weight `w` (emphasis applied); negated: flipped and softened. */
function addWord(acc: LexiconScore, w: number, negated: boolean, key: string, domain: boolean): void {
  if (negated) {
    w = -w * 0.7
    acc.negated++
  }
  add(acc, w, key, domain)
}

/** A word of the machine-translated list only: kept in its own sums. */
function addWide(acc: LexiconScore, w: number, negated: boolean): void {
  if (negated) w = -w * 0.7
  if (w > 0) acc.widePos += w
  else acc.wideNeg -= w
}

/** True when `rest` follows at `from` in `toks` (a loop: no closure per phrase tried). */
function restMatches(toks: readonly string[], from: number, rest: readonly string[]): boolean {
  for (let k = 0; k < rest.length; k++) if (toks[from + k] !== rest[k]) return false
  return true
}

/** True when the word at `j` has a weight of its own or boosts one. */
function scoredAt(
  toks: readonly string[],
  j: number,
  index: WordIndex,
  facts: FactsRow['facts'] | undefined,
  id: number,
): boolean {
  if (j >= toks.length) return false
  const x = facts !== undefined ? (facts[j]?.lex[id] as WordInfo | undefined) : index.get(toks[j]!)
  return x !== undefined && (x.weight !== undefined || x.wide !== undefined || x.intensifier !== 0)
}

export function scoreTokens(
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
  // Looked up once a post, not once an unlisted word.
  const memo = lex.morphology === null ? null : readingsOf(index)
  let negateLeft = 0
  // After "n'aime" has taken its negation, the "pas" that follows closes the same one.
  let closing = 0
  let boost = 1
  let clause = 1
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!
    if (closing > 0) closing--
    const x = facts !== undefined ? (facts[i]?.lex[id] as WordInfo | undefined) : index.get(t)
    if (x === undefined) {
      const r = memo === null ? null : readingOf(index, memo, lex.morphology!, t)
      if (r === null) {
        if (negateLeft > 0) negateLeft--
        boost = 1
        continue
      }
      // "n'est", "n'aime": the elided "ne" negates the verb it is glued to and what follows.
      if (r.negates) negateLeft = NEGATION_SCOPE
      if (r.base === undefined) continue
      const b = index.get(r.base)!
      // "onvriendelijk", "probleemloos" say the opposite of their base outright: a full flip,
      // not the softened one of a negation.
      const sign = r.flip ? -1 : 1
      if (b.weight !== undefined) {
        addWord(
          acc,
          sign * b.weight * boost * clause * (caps?.has(t) ? 1.3 : 1),
          negateLeft > 0,
          r.base,
          b.domain,
        )
      } else if (b.wide !== undefined) addWide(acc, sign * b.wide * boost * clause, negateLeft > 0)
      boost = 1
      negateLeft = 0
      if (r.negates) closing = 3
      continue
    }
    // A phrase wins over its first word's other roles: "no funciona", "ما يشتغل", "keine
    // Antwort" start with a negator, and used to be read as a negation of the next word.
    const phrase = x.phrases === undefined ? undefined : phraseAt(x.phrases, toks, i + 1)
    if (phrase === undefined && x.contrast && clause === 1 && i > 0) {
      acc.sum *= 0.5
      acc.pos *= 0.5
      acc.neg *= 0.5
      clause = 1.5
      continue
    }
    if (phrase === undefined && x.negator) {
      if (closing > 0) {
        closing = 0
        continue
      }
      negateLeft = NEGATION_SCOPE
      continue
    }
    // "super", "pretty", "erg" are sentiment words too: where no word the lexicon scores
    // follows ("die App ist super"), they count as that word instead of boosting nothing.
    if (
      phrase === undefined &&
      x.intensifier !== 0 &&
      (x.weight === undefined || scoredAt(toks, i + 1, index, facts, id))
    ) {
      boost *= x.intensifier
      continue
    }
    const weight = phrase !== undefined ? phrase.weight : x.weight
    if (weight === undefined && x.wide !== undefined) {
      // A translated-list word: same negation and emphasis, kept out of the main sums.
      addWide(acc, x.wide * boost * clause, negateLeft > 0)
      boost = 1
      negateLeft = 0
      continue
    }
    if (weight !== undefined) {
      const key = phrase !== undefined ? phrase.key : t
      const domain = phrase !== undefined ? phrase.domain : x.domain
      addWord(acc, weight * boost * clause * (caps?.has(t) ? 1.3 : 1), negateLeft > 0, key, domain)
      boost = 1
      negateLeft = 0
      if (phrase !== undefined) i += phrase.rest.length
      continue
    }
    if (negateLeft > 0) negateLeft--
    boost = 1
  }
}
