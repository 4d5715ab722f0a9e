/**
 * One table of every word some analyser knows (language function words, stopwords, intent
 * cue openers, sentiment lexicon entries), so that a post's words are looked up once and
 * each analyser reads its facts from the row instead of hashing every word into its own
 * map again. Each module registers its words when it builds its lists; the analysers still
 * answer alone (with their own maps) when called without a facts row.
 */

/** What the analysers know about one folded word. */
export interface WordFacts {
  /** The word itself (the table's own copy). */
  readonly word: string
  /** Language indexes (lang.ts) the word is a function word of, or null. */
  langs: readonly number[] | null
  /** A stopword: never a trend term. */
  stop: boolean
  /** Intent cues that start with this word (intent-words.ts), or null. */
  cues: readonly { list: number; rest: readonly string[] }[] | null
  /** Sentiment lexicon entries, by lexicon id (sentiment/score.ts); read as that module's type. */
  lex: unknown[]
}

/** The facts of a post's words, in order (undefined: no analyser knows the word). */
export interface FactsRow {
  facts: (WordFacts | undefined)[]
  /** Table generation when the row was read: registrations after it are not in the row. */
  gen: number
}

const TABLE = new Map<string, WordFacts>()
let generation = 0

// A bit per cheap key (length, first two and last code units) of every word in the table:
// most words of a post are in no list, and this rules them out without hashing the whole
// substring and probing a ~28,000-entry map that does not stay in the CPU caches.
const FILTER_SHIFT = 14
const filter = new Uint32Array(1 << (32 - FILTER_SHIFT - 5))

function filterKey(w: string): number {
  const n = w.length
  const k =
    Math.imul(n, 0x9e3779b1) ^
    Math.imul(w.charCodeAt(0), 0x85ebca6b) ^
    Math.imul(n > 1 ? w.charCodeAt(1) : 0, 0xc2b2ae35) ^
    Math.imul(w.charCodeAt(n - 1), 0x27d4eb2f)
  return Math.imul(k ^ (k >>> 15), 0x2c1b3c6d) >>> FILTER_SHIFT
}

// A small direct-mapped memo of recent hits in front of TABLE, indexed by the filter key: a
// post's words are mostly the same few thousand, and a probe of the big map misses the CPU
// caches (it was the costliest line of this module). It holds the table's own entries (and
// so the table's copy of each word), never a post's substring: nothing young is kept alive
// and entries never go stale, since the table only grows and never replaces an entry.
const MEMO_SLOTS = 2048
const memo: (WordFacts | undefined)[] = new Array<WordFacts | undefined>(MEMO_SLOTS).fill(undefined)

/** The entry of `w`, created empty when absent. For registration at list-building time. */
export function vocabEntry(w: string): WordFacts {
  let e = TABLE.get(w)
  if (e === undefined) {
    e = { word: w, langs: null, stop: false, cues: null, lex: [] }
    TABLE.set(w, e)
    const k = filterKey(w)
    filter[k >>> 5] = filter[k >>> 5]! | (1 << (k & 31))
  }
  return e
}

/** Call after registering a batch of words; returns the generation that includes them. */
export function vocabRegistered(): number {
  return ++generation
}

/** One lookup per word for every analyser. */
export function wordFacts(words: readonly string[]): FactsRow {
  const facts = new Array<WordFacts | undefined>(words.length)
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!
    const k = filterKey(w)
    if ((filter[k >>> 5]! & (1 << (k & 31))) === 0) facts[i] = undefined
    else {
      const slot = k & (MEMO_SLOTS - 1)
      const known = memo[slot]
      if (known !== undefined && known.word === w) facts[i] = known
      else {
        const f = TABLE.get(w)
        if (f !== undefined) memo[slot] = f
        facts[i] = f
      }
    }
  }
  return { facts, gen: generation }
}

/** Words in the table (for figures and tests). */
export function vocabSize(): number {
  return TABLE.size
}
