/**
 * `eld`'s n-gram vote, restricted to the languages we serve: the same table (`eld/small`),
 * the same text preparation and n-grams, the same integer scores and the same tie-break, so
 * the answer is exactly `detect(text).language` of an eld instance with that language subset.
 *
 * Why not call eld: it scores every n-gram for all 60 of its languages (a `for…in` over an
 * object per n-gram), then drops the 48 we do not serve, and builds an object of n-grams per
 * call. On real posts that reach it (those our script and word rules leave open) it was the
 * largest single cost of the enricher. Here the table is cut to our languages once, as
 * arrays, and each n-gram costs one probe of a table of packed integer keys (ngram-keys.ts:
 * the text's UTF-8 bytes are coded straight into a buffer, no string per word or n-gram)
 * and a few additions.
 *
 * eld does not export its table, so it is imported from the installed package's file (found
 * where Node would find the package). If that fails — another eld layout — `loadEldSubsetScorer`
 * returns null and lang.ts calls eld itself: slower, same answers. A test holds the two to
 * the same language on every test text.
 *
 * The text preparation below follows eld 2.1.0 (src/languageDetector.js: textProcessor,
 * strToUtf8Bytes, getByteNgrams; Apache-2.0, © Nito T.M.).
 */
import { existsSync, realpathSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { eld as eldDetector } from 'eld/small'
import { MAX_NGRAM_UNITS, NgramKeys, pack, packed } from './perf/ngram-keys.js'

/** eld's table: n-gram (UTF-8 bytes as dictionary characters) → { eld language index: score − 53 }. */
interface EldTable {
  languages: Record<string, string>
  ngrams: Record<string, Record<string, number>>
}

/** Language of a text among the subset, or '' (eld's answer when no n-gram is known). */
export type EldSubsetScorer = (text: string) => string

// eld stores each score minus 53 to keep its table small, and adds it back when scoring.
const BASE_NGRAM_SCORE = 53

/** The file of the installed `eld` package, by Node's own search path, or null. */
function eldFile(rel: string): string | null {
  const paths = createRequire(import.meta.url).resolve.paths('eld') ?? []
  for (const dir of paths) {
    const p = join(dir, 'eld', rel)
    // realpath: the same module instance as eld's own import, so the table loads once.
    if (existsSync(p)) return pathToFileURL(realpathSync(p)).href
  }
  return null
}

async function loadEld(): Promise<{
  table: EldTable
  separators: RegExp
  dictionary: readonly string[]
} | null> {
  const tableUrl = eldFile('src/ngrams/small.js')
  const regexUrl = eldFile('src/regexPatterns.js')
  const dictUrl = eldFile('src/dictionary.js')
  if (tableUrl === null || regexUrl === null || dictUrl === null) return null
  try {
    const [t, r, d] = await Promise.all([import(tableUrl), import(regexUrl), import(dictUrl)])
    const table = t.ngramsData as EldTable | undefined
    const separators = r.separators as RegExp | undefined
    const dictionary = d.dictionary as string[] | undefined
    if (
      typeof table?.ngrams !== 'object' ||
      typeof table.languages !== 'object' ||
      !(separators instanceof RegExp) ||
      !Array.isArray(dictionary) ||
      dictionary.length !== 256
    )
      return null
    return { table, separators, dictionary }
  } catch {
    return null
  }
}

/**
 * A scorer for `langs` (eld codes), or null when eld's files cannot be read (then use eld).
 * Async because eld's table is an ES module; call it in a factory (loadLanguageDetector),
 * never at import. The table is cut here, once per scorer: a post never pays for it.
 */
export async function loadEldSubsetScorer(langs: readonly string[]): Promise<EldSubsetScorer | null> {
  const eld = await loadEld()
  if (eld === null) return null
  const { table, separators, dictionary } = eld
  // Our languages in eld's index order: eld keeps the first best score in that order.
  const indexes = Object.entries(table.languages)
    .filter(([, code]) => langs.includes(code))
    .map(([i, code]) => ({ i: Number(i), code }))
    .sort((a, b) => a.i - b.i)
  if (indexes.length !== langs.length) return null
  const codes = indexes.map((x) => x.code)
  const slotOf = new Map(indexes.map((x, slot) => [String(x.i), slot]))
  const c = cutTable(table, slotOf)
  // Only if eld's table ever held n-grams that do not pack (not so in eld 2.1.0): eld itself.
  if (c === null) {
    const d = eldDetector.newInstance()
    d.setLanguageSubset([...langs])
    return (text) => d.detect(text).language
  }
  return subsetScorer(c, codes, separators, dictionary)
}

/** eld's text preparation and n-gram vote over the cut table `c`: only our languages score. */
function subsetScorer(
  c: Cut,
  codes: string[],
  separators: RegExp,
  dictionary: readonly string[],
): EldSubsetScorer {
  const byteCode = byteCodes(c, dictionary)
  const space = c.charCode[0x20]!
  const buf: WordBuffer = { codes: new Uint8Array(512), start: new Int32Array(512) }
  /** Which call last counted each n-gram: eld counts each distinct n-gram of a text once. */
  const seen = new Int32Array(c.start.length - 1)
  const scores = new Float64Array(codes.length)
  let call = 0
  const vote = (lo: number, hi: number): void => {
    const id = c.keys.find(lo, hi)
    if (id === -1 || seen[id] === call) return
    seen[id] = call
    for (let k = c.start[id]!; k < c.start[id + 1]!; k += 2) {
      const slot = c.votes[k]!
      scores[slot] = scores[slot]! + c.votes[k + 1]!
    }
  }

  return (text: string): string => {
    // Never 0, the initial mark of every n-gram (a wrap after 2³¹ calls skips 0).
    call = (call + 1) | 0 || 1
    scores.fill(0)
    const prepared = text.substring(0, 1000).replace(separators, ' ').trim().toLowerCase()
    const nWords = utf8Words(prepared, c.charCode, byteCode, buf)
    const textCodes = buf.codes
    const wordStart = buf.start
    for (let w = 0; w < nWords; w++) {
      const a = wordStart[w]!
      const wordLen = wordStart[w + 1]! - a
      // eld's n-grams: 4 bytes with a stride of 3, the first with a leading space, and the
      // last 4 bytes of the word with a trailing space (the whole word when shorter; from
      // byte 66 to the end past 70 bytes, too long to be in the table).
      const len = Math.min(wordLen, 70)
      let j = 0
      for (; j + 4 < len; j += 3) {
        if (pack(textCodes, j === 0 ? space : 0, a + j, 4, 0) !== 0) vote(packed[0]!, packed[1]!)
      }
      const from = Math.max(0, len - 4)
      if (pack(textCodes, j === 0 ? space : 0, a + from, wordLen - from, space) !== 0)
        vote(packed[0]!, packed[1]!)
    }
    return bestLanguage(scores, codes)
  }
}

/** The language with the highest positive score, the first in eld's order on a tie; '' when none. */
function bestLanguage(scores: Float64Array, codes: readonly string[]): string {
  let best = -1
  let bestScore = 0
  for (let s = 0; s < scores.length; s++) {
    if (scores[s]! > bestScore) {
      best = s
      bestScore = scores[s]!
    }
  }
  return best === -1 ? '' : codes[best]!
}

/**
 * The cut table: n-gram key (ngram-keys.ts) → id; the votes of n-gram `id` are the (slot,
 * full score) pairs votes[start[id] … start[id + 1]).
 */
interface Cut {
  keys: NgramKeys
  /** Code (1…255) of each character of the table's n-grams by its code unit; 0: in none. */
  charCode: Uint8Array
  start: Int32Array
  votes: Int32Array
}

/** The table cut to our languages, or null if its n-grams do not fit the packed keys. */
function cutTable(table: EldTable, slotOf: ReadonlyMap<string, number>): Cut | null {
  const charCode = new Uint8Array(0x10000)
  let nextCode = 1
  const start: number[] = [0]
  const votes: number[] = []
  const kept: string[] = []
  for (const ngram of Object.keys(table.ngrams)) {
    const byLang = table.ngrams[ngram]!
    const before = votes.length
    for (const lang of Object.keys(byLang)) {
      const slot = slotOf.get(lang)
      if (slot !== undefined) votes.push(slot, byLang[lang]! + BASE_NGRAM_SCORE)
    }
    if (votes.length === before) continue
    if (ngram.length > MAX_NGRAM_UNITS) return null
    for (let i = 0; i < ngram.length; i++) {
      const u = ngram.charCodeAt(i)
      if (charCode[u] === 0) {
        if (nextCode > 255) return null
        charCode[u] = nextCode++
      }
    }
    kept.push(ngram)
    start.push(votes.length)
  }
  // The space pads n-grams even if no kept n-gram holds one.
  if (charCode[0x20] === 0) {
    if (nextCode > 255) return null
    charCode[0x20] = nextCode++
  }
  const keys = new NgramKeys(kept.length)
  const units = new Uint8Array(MAX_NGRAM_UNITS)
  for (let id = 0; id < kept.length; id++) {
    const g = kept[id]!
    for (let i = 0; i < g.length; i++) units[i] = charCode[g.charCodeAt(i)]!
    pack(units, 0, 0, g.length, 0)
    keys.add(packed[0]!, packed[1]!, id)
  }
  return {
    keys,
    charCode,
    start: Int32Array.from(start),
    votes: Int32Array.from(votes),
  }
}

/** Code of each UTF-8 byte: its dictionary character's. */
function byteCodes(c: Cut, dictionary: readonly string[]): Uint8Array {
  const byteCode = new Uint8Array(256)
  for (let b = 0; b < 256; b++) byteCode[b] = c.charCode[dictionary[b]!.charCodeAt(0)]!
  return byteCode
}

/** One scorer's scratch for a text's words. */
interface WordBuffer {
  /** Codes of the prepared text's words, one per UTF-8 byte, words back to back (no spaces). */
  codes: Uint8Array
  /** Word w is codes[start[w] .. start[w + 1]). */
  start: Int32Array
}

/**
 * eld's strToUtf8Bytes: the words of `str` (split on ' '), each UTF-8 byte written as the
 * code of its dictionary character (an ASCII character as the code of itself), into
 * buf.codes; cut after about 350 bytes at a space, 380 at the latest. Returns the number
 * of words.
 */
function utf8Words(str: string, charCode: Uint8Array, byteCode: Uint8Array, buf: WordBuffer): number {
  const textCodes = buf.codes
  const wordStart = buf.start
  let o = 0
  let words = 0
  wordStart[0] = 0
  let countBytes = 0
  for (let i = 0; i < str.length; i++) {
    let c = str.charCodeAt(i)
    if (c < 0x80) {
      if (c === 32) {
        if (o > wordStart[words]!) wordStart[++words] = o
        if (countBytes > 350) break
      } else {
        textCodes[o++] = charCode[c]!
      }
      countBytes++
    } else if (c < 0x800) {
      textCodes[o++] = byteCode[0xc0 | (c >> 6)]!
      textCodes[o++] = byteCode[0x80 | (c & 0x3f)]!
      countBytes += 2
    } else if (c < 0xd800 || c >= 0xe000) {
      textCodes[o++] = byteCode[0xe0 | (c >> 12)]!
      textCodes[o++] = byteCode[0x80 | ((c >> 6) & 0x3f)]!
      textCodes[o++] = byteCode[0x80 | (c & 0x3f)]!
      countBytes += 3
    } else {
      i++
      c = 0x10000 + (((c & 0x3ff) << 10) | (str.charCodeAt(i) & 0x3ff))
      textCodes[o++] = byteCode[0xf0 | (c >> 18)]!
      textCodes[o++] = byteCode[0x80 | ((c >> 12) & 0x3f)]!
      textCodes[o++] = byteCode[0x80 | ((c >> 6) & 0x3f)]!
      textCodes[o++] = byteCode[0x80 | (c & 0x3f)]!
      countBytes += 4
    }
    if (countBytes > 380) break
  }
  if (o > wordStart[words]!) wordStart[++words] = o
  return words
}
