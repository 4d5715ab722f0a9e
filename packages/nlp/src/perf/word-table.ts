/**
 * One table of every word some analyser knows (language function words, stopwords, intent
 * cue openers, sentiment lexicon entries), so that a post's words are looked up once and
 * each analyser reads its facts from the row instead of hashing every word into its own
 * map again. Each enricher builds its own table (createEnricher), and each analyser's
 * `register…` function puts its words in it; the analysers still answer alone (with their
 * own maps) when called without a row.
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
  /** Sentiment lexicon entries, by the lexicon's slot in this table (sentiment/score.ts). */
  lex: unknown[]
}

/** The facts of a post's words, in order (undefined: no analyser knows the word). */
export interface FactsRow {
  facts: (WordFacts | undefined)[]
  /** Table generation when the row was read: registrations after it are not in the row. */
  gen: number
  /** The table the row was read from (a lexicon's slot is per table). */
  table: WordTable
}

/** A lexicon's place in one table: where its entries sit in WordFacts.lex, and since when. */
interface LexiconSlot {
  slot: number
  gen: number
}

// Two bits per word of the table (a Bloom filter over a hash of all its code units): most
// words of a post are in no list, and this rules them out without hashing the substring
// into and probing a ~28,000-entry map that does not stay in the CPU caches. (A key of the
// length and three code units let a third of those words through: they share them with some
// word of the table.)
const FILTER_SHIFT = 14
const FILTER_WORDS = 1 << (32 - FILTER_SHIFT - 5)

// A small direct-mapped memo of recent hits in front of the map, indexed by the word hash: a
// post's words are mostly the same few thousand, and a probe of the big map misses the CPU
// caches (it was the costliest line of the old module). It holds the table's own entries
// (and so the table's copy of each word), never a post's substring: nothing young is kept
// alive and entries never go stale, since the table only grows and never replaces an entry.
const MEMO_SLOTS = 2048

/** FNV-1a over the code units. */
function unitsHash(w: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193)
  return h
}

const bitA = (h: number): number => Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> FILTER_SHIFT
const bitB = (h: number): number => Math.imul(h ^ (h >>> 13), 0x297a2d39) >>> FILTER_SHIFT

export class WordTable {
  private readonly map = new Map<string, WordFacts>()
  private readonly filter = new Uint32Array(FILTER_WORDS)
  private readonly memo: (WordFacts | undefined)[] = new Array<WordFacts | undefined>(MEMO_SLOTS).fill(
    undefined,
  )
  private readonly lexicons = new Map<object, LexiconSlot>()
  private generation = 0

  /** The entry of `w`, created empty when absent. For registration at build time. */
  entry(w: string): WordFacts {
    let e = this.map.get(w)
    if (e === undefined) {
      e = { word: w, langs: null, stop: false, cues: null, lex: [] }
      this.map.set(w, e)
      const h = unitsHash(w)
      const a = bitA(h)
      const b = bitB(h)
      const filter = this.filter
      filter[a >>> 5] = filter[a >>> 5]! | (1 << (a & 31))
      filter[b >>> 5] = filter[b >>> 5]! | (1 << (b & 31))
    }
    return e
  }

  /** Call after registering a batch of words; returns the generation that includes them. */
  registered(): number {
    return ++this.generation
  }

  /**
   * The slot of a lexicon (keyed by its word index object) in WordFacts.lex: `register` puts
   * its entries there the first time, then the same slot is returned.
   */
  lexiconSlot(key: object, register: (slot: number) => void): LexiconSlot {
    const known = this.lexicons.get(key)
    if (known !== undefined) return known
    const slot = this.lexicons.size
    register(slot)
    const s: LexiconSlot = { slot, gen: this.registered() }
    this.lexicons.set(key, s)
    return s
  }

  /** The slot of a lexicon registered in this table, or undefined. */
  lexiconSlotOf(key: object): LexiconSlot | undefined {
    return this.lexicons.get(key)
  }

  /** One lookup per word for every analyser. */
  lookup(words: readonly string[]): FactsRow {
    const facts = new Array<WordFacts | undefined>(words.length)
    const filter = this.filter
    const memo = this.memo
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!
      const h = unitsHash(w)
      const a = bitA(h)
      const b = bitB(h)
      if ((filter[a >>> 5]! & (1 << (a & 31))) === 0 || (filter[b >>> 5]! & (1 << (b & 31))) === 0)
        facts[i] = undefined
      else {
        const slot = a & (MEMO_SLOTS - 1)
        const known = memo[slot]
        if (known !== undefined && known.word === w) facts[i] = known
        else {
          const f = this.map.get(w)
          if (f !== undefined) memo[slot] = f
          facts[i] = f
        }
      }
    }
    return { facts, gen: this.generation, table: this }
  }

  /** Words in the table (for figures and tests). */
  get size(): number {
    return this.map.size
  }
}
