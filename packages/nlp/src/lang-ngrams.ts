/**
 * `eld`'s n-gram vote, restricted to the languages we serve: the same table (`eld/small`),
 * the same text preparation and n-grams, the same integer scores and the same tie-break, so
 * the answer is exactly `detect(text).language` of an eld instance with that language subset.
 *
 * Why not call eld: it scores every n-gram for all 60 of its languages (a `for…in` over an
 * object per n-gram), then drops the 48 we do not serve, and builds an object of n-grams per
 * call. On real posts that reach it (those our script and word rules leave open) it was the
 * largest single cost of the enricher. Here the table is cut to our languages once, as
 * arrays, and each n-gram costs one map look-up and a few additions.
 *
 * eld does not export its table, so it is imported from the installed package's file (found
 * where Node would find the package). If that fails — another eld layout — `eldSubsetScorer`
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
 * The table is cut on first use, not at start-up: most posts never reach this step.
 */
export async function eldSubsetScorer(langs: readonly string[]): Promise<EldSubsetScorer | null> {
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

  /**
   * The cut table: n-gram → id; the votes of n-gram `id` are the (slot, full score) pairs
   * votes[start[id] … start[id + 1]). Flat arrays: ~80,000 n-grams, one Smi per map entry.
   */
  interface Cut {
    ids: Map<string, number>
    start: Int32Array
    votes: Int32Array
    /** Which call last counted each n-gram: eld counts each distinct n-gram of a text once. */
    seen: Int32Array
  }
  let cut: Cut | null = null
  const build = (): Cut => {
    const ids = new Map<string, number>()
    const start: number[] = [0]
    const votes: number[] = []
    for (const ngram of Object.keys(table.ngrams)) {
      const byLang = table.ngrams[ngram]!
      const before = votes.length
      for (const lang of Object.keys(byLang)) {
        const slot = slotOf.get(lang)
        if (slot !== undefined) votes.push(slot, byLang[lang]! + BASE_NGRAM_SCORE)
      }
      if (votes.length === before) continue
      ids.set(ngram, start.length - 1)
      start.push(votes.length)
    }
    return {
      ids,
      start: Int32Array.from(start),
      votes: Int32Array.from(votes),
      seen: new Int32Array(start.length),
    }
  }
  const scores = new Float64Array(codes.length)
  let call = 0
  const vote = (c: Cut, ngram: string): void => {
    const id = c.ids.get(ngram)
    if (id === undefined || c.seen[id] === call) return
    c.seen[id] = call
    for (let k = c.start[id]!; k < c.start[id + 1]!; k += 2) {
      const slot = c.votes[k]!
      scores[slot] = scores[slot]! + c.votes[k + 1]!
    }
  }

  return (text: string): string => {
    cut ??= build()
    const c = cut
    // Never 0, the initial mark of every n-gram (a wrap after 2³¹ calls skips 0).
    call = (call + 1) | 0 || 1
    scores.fill(0)
    const prepared = text.substring(0, 1000).replace(separators, ' ').trim().toLowerCase()
    for (const word of utf8Words(prepared, dictionary)) {
      // eld's n-grams: 4 bytes with a stride of 3, the first with a leading space, and the
      // last 4 bytes of the word with a trailing space (the whole word when shorter).
      const len = Math.min(word.length, 70)
      let j = 0
      for (; j + 4 < len; j += 3) vote(c, (j === 0 ? ' ' : '') + word.substring(j, j + 4))
      vote(c, `${j === 0 ? ' ' : ''}${word.substring(len !== 3 ? len - 4 : 0)} `)
    }
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
}

/**
 * eld's strToUtf8Bytes: the words of `str` (split on ' '), each UTF-8 byte written as one
 * character of eld's dictionary; cut after about 350 bytes at a space, 380 at the latest.
 */
function utf8Words(str: string, dictionary: readonly string[]): string[] {
  let encoded = ''
  const words: string[] = []
  let countBytes = 0
  for (let i = 0; i < str.length; i++) {
    let c = str.charCodeAt(i)
    if (c < 0x80) {
      if (c === 32) {
        if (encoded !== '') {
          words.push(encoded)
          encoded = ''
        }
        if (countBytes > 350) break
      } else {
        encoded += str[i]
      }
      countBytes++
    } else if (c < 0x800) {
      encoded += dictionary[0xc0 | (c >> 6)]! + dictionary[0x80 | (c & 0x3f)]!
      countBytes += 2
    } else if (c < 0xd800 || c >= 0xe000) {
      encoded +=
        dictionary[0xe0 | (c >> 12)]! + dictionary[0x80 | ((c >> 6) & 0x3f)]! + dictionary[0x80 | (c & 0x3f)]!
      countBytes += 3
    } else {
      i++
      c = 0x10000 + (((c & 0x3ff) << 10) | (str.charCodeAt(i) & 0x3ff))
      encoded +=
        dictionary[0xf0 | (c >> 18)]! +
        dictionary[0x80 | ((c >> 12) & 0x3f)]! +
        dictionary[0x80 | ((c >> 6) & 0x3f)]! +
        dictionary[0x80 | (c & 0x3f)]!
      countBytes += 4
    }
    if (countBytes > 380) break
  }
  if (encoded !== '') words.push(encoded)
  return words
}
