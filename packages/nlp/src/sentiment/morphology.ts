/**
 * How a word the lexicon does not list can still be read from one it does, by the grammar of
 * its language rather than by listing every form:
 *
 * - French elision: "l'appli", "d'attente", "qu'horrible" are the article, preposition or
 *   conjunction glued to the word by an apostrophe; "n'est", "n'ai", "n'arrive" carry the
 *   negation "ne", and a curly apostrophe leaves a bare "n" token ("n’est" → "n" "est").
 * - French inflection: feminine and plural of adjectives and participles ("déçues" → "déçu",
 *   "mauvaises" → "mauvais", "heureuses" → "heureux", "lentement" → "lente" → "lent").
 * - Dutch inflection: the -e, -en, -er, -ere, -ste endings with the spelling changes they cause
 *   ("trage" → "traag", "boze" → "boos", "snelle" → "snel", "lieve" → "lief").
 * - Dutch derivation and compounds: the negating prefix "on-" ("onvriendelijk"), the suffixes
 *   "-loos" and "-vrij" that mean "without" ("probleemloos", "storingsvrij"), and a compound
 *   read by its head, the last part ("klantonvriendelijk" → "onvriendelijk",
 *   "betaalproblemen" → "probleem").
 *
 * A reading is only ever a word the lexicon already lists (checked by `known`), so these rules
 * never invent a weight. Pejorative first parts ("wanbeleid", "rotbank") are left alone: without
 * a dictionary of nouns "wan-" cannot be told from "wanneer", nor "rot-" from "Rotterdam".
 */

/** What an unlisted word reads as. */
export interface Reading {
  /** The listed word it is a form of (undefined: a negator only). */
  base?: string
  /** The form says the opposite of its base ("onvriendelijk", "probleemloos"). */
  flip: boolean
  /** The form negates what follows ("n'est pas" → "ne"). */
  negates: boolean
}

/** Which words a lexicon scores. */
export interface Vocabulary {
  /** Any list, the machine-translated one included. */
  listed(w: string): boolean
  /** Our own hand-written lists only. */
  curated(w: string): boolean
}

/** A language's rules: the reading of `word`, given which words the lexicon lists. */
export type Morphology = (word: string, vocab: Vocabulary) => Reading | null

/** Shortest part a compound or derivation is split into: shorter pieces match by accident. */
const MIN_PART = 4

const FR_CLITICS: ReadonlySet<string> = new Set(
  'l d j m t s c n qu jusqu lorsqu puisqu quoiqu presqu'.split(' '),
)

/** French feminine and plural endings, undone longest first: [ending, masculine singular]. */
const FR_ENDINGS: readonly (readonly [string, string])[] = [
  ['euses', 'eux'],
  ['euse', 'eux'],
  ['ives', 'if'],
  ['ive', 'if'],
  ['elles', 'el'],
  ['elle', 'el'],
  ['ennes', 'en'],
  ['enne', 'en'],
  ['ettes', 'et'],
  ['ette', 'et'],
  ['ères', 'er'],
  ['ère', 'er'],
  ['aux', 'al'],
  ['es', ''],
  ['e', ''],
  ['s', ''],
  ['x', ''],
]

/** The listed masculine singular of a French adjective or participle, or undefined. */
function frenchBase(w: string, known: (w: string) => boolean): string | undefined {
  // Adverbs in -ment are built on the feminine: "lentement" ← "lente" ← "lent". Only through
  // the feminine: a stem that is a listed word itself is a noun's ("remboursement").
  if (w.length > 7 && w.endsWith('ment')) {
    const inner = frenchBase(w.slice(0, -4), known)
    if (inner !== undefined) return inner
  }
  for (const [end, repl] of FR_ENDINGS) {
    if (w.length - end.length < MIN_PART - 1 || !w.endsWith(end)) continue
    const base = w.slice(0, -end.length) + repl
    // Three-letter bases are mostly other words' endings cut short ("fois" is not "foi").
    if (base.length < MIN_PART) continue
    if (known(base)) return base
  }
  return undefined
}

export const french: Morphology = (word, vocab) => {
  const known = vocab.listed
  const apos = word.indexOf("'")
  if (apos > 0) {
    const clitic = word.slice(0, apos)
    const rest = word.slice(apos + 1)
    if (!FR_CLITICS.has(clitic) || rest.length === 0) return null
    const negates = clitic === 'n'
    if (known(rest)) return { base: rest, flip: false, negates }
    const base = frenchBase(rest, known)
    if (base !== undefined) return { base, flip: false, negates }
    return negates ? { flip: false, negates } : null
  }
  // "n’est" with a typographic apostrophe reaches us as "n" then "est".
  if (word === 'n') return { flip: false, negates: true }
  const base = frenchBase(word, known)
  return base === undefined ? null : { base, flip: false, negates: false }
}

const DUTCH_VOWELS = 'aeiou'

/**
 * Candidate stems of a Dutch inflected stem (the ending already cut): the stem itself, with a
 * doubled final consonant undone ("snell" → "snel"), with z/v back to s/f ("boz" → "bos",
 * "liev" → "lief"), and with the vowel of an open syllable doubled again ("trag" → "traag",
 * "boz" → "boos").
 */
function dutchStems(stem: string): string[] {
  const out = [stem]
  const n = stem.length
  if (n < 3) return out
  const last = stem[n - 1]!
  if (last === stem[n - 2] && !DUTCH_VOWELS.includes(last)) out.push(stem.slice(0, -1))
  const devoiced = last === 'z' ? `${stem.slice(0, -1)}s` : last === 'v' ? `${stem.slice(0, -1)}f` : stem
  if (devoiced !== stem) out.push(devoiced)
  const v = stem[n - 2]!
  if (DUTCH_VOWELS.includes(v) && !DUTCH_VOWELS.includes(stem[n - 3]!) && !DUTCH_VOWELS.includes(last)) {
    out.push(`${devoiced.slice(0, -1)}${v}${devoiced.slice(-1)}`)
  }
  return out
}

const DUTCH_ENDINGS: readonly string[] = ['ste', 'ere', 'en', 'er', 'e', 's']

/** The listed form of a Dutch inflected word, or undefined. */
function dutchBase(w: string, known: (w: string) => boolean): string | undefined {
  if (known(w)) return w
  for (const end of DUTCH_ENDINGS) {
    if (w.length - end.length < MIN_PART - 1 || !w.endsWith(end)) continue
    // Three-letter bases are mostly other words' beginnings ("eerste" is not "eer").
    for (const stem of dutchStems(w.slice(0, -end.length)))
      if (stem.length >= MIN_PART && known(stem)) return stem
  }
  return undefined
}

/** "Without": "probleemloos" is no problem, "storingsvrij" free of outages. */
const DUTCH_PRIVATIVE_SUFFIXES: readonly string[] = ['loze', 'loos', 'vrije', 'vrij']

/** A Dutch base with its linking sound undone ("storings" → "storing", "koste" → "kosten"). */
function dutchLinked(w: string, known: (w: string) => boolean): string | undefined {
  const base = dutchBase(w, known)
  if (base !== undefined) return base
  if (w.endsWith('s') && w.length > MIN_PART) return dutchBase(w.slice(0, -1), known)
  if (w.endsWith('e') && known(`${w}n`)) return `${w}n`
  return undefined
}

/** A Dutch word read by its inflection, its "-loos"/"-vrij" suffix or its "on-" prefix. */
function dutchDerived(word: string, known: (w: string) => boolean): Reading | null {
  const inflected = dutchBase(word, known)
  if (inflected !== undefined) return { base: inflected, flip: false, negates: false }
  for (const suf of DUTCH_PRIVATIVE_SUFFIXES) {
    if (!word.endsWith(suf) || word.length - suf.length < MIN_PART) continue
    const base = dutchLinked(word.slice(0, -suf.length), known)
    if (base !== undefined) return { base, flip: true, negates: false }
  }
  if (word.startsWith('on') && word.length - 2 >= MIN_PART) {
    const base = dutchBase(word.slice(2), known)
    if (base !== undefined) return { base, flip: true, negates: false }
  }
  return null
}

export const dutch: Morphology = (word, vocab) => {
  const derived = dutchDerived(word, vocab.listed)
  if (derived !== null) return derived
  // A compound is what its head (the last part) is: the longest head wins. Heads come from our
  // own lists only: the machine-translated one holds short words ("lijk", "vond", "rouw") that
  // end many unrelated words ("eindelijk", "vanavond", "mevrouw").
  const head = (w: string): boolean => w.length >= MIN_PART && vocab.curated(w)
  for (let cut = MIN_PART - 1; cut <= word.length - MIN_PART; cut++) {
    const reading = dutchDerived(word.slice(cut), head)
    if (reading !== null) return reading
  }
  return null
}

/** The rules per language; languages without an entry read listed words only. */
export const MORPHOLOGY: ReadonlyMap<string, Morphology> = new Map([
  ['fr', french],
  ['nl', dutch],
])
