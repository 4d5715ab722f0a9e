/**
 * One table of every word some analyser knows (language function words, stopwords, intent
 * cue openers, sentiment lexicon entries), so that a post's words are looked up once and
 * each analyser reads its facts from the row instead of hashing every word into its own
 * map again. Each module registers its words when it builds its lists; the analysers still
 * answer alone (with their own maps) when called without a facts row.
 */

/** What the analysers know about one folded word. */
export interface WordFacts {
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

/** The entry of `w`, created empty when absent. For registration at list-building time. */
export function vocabEntry(w: string): WordFacts {
  let e = TABLE.get(w)
  if (e === undefined) {
    e = { langs: null, stop: false, cues: null, lex: [] }
    TABLE.set(w, e)
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
  for (let i = 0; i < words.length; i++) facts[i] = TABLE.get(words[i]!)
  return { facts, gen: generation }
}

/** Words in the table (for figures and tests). */
export function vocabSize(): number {
  return TABLE.size
}
