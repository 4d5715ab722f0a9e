/**
 * Language of short social texts. Three steps, cheapest first:
 *  1. script: Han → zh, Arabic → ar, Devanagari → hi, kana → ja, Hangul → ko, …
 *  2. function words: a hand-written list of very frequent words per supported language
 *     (plus Hinglish markers, since Indian users write Hindi in Latin script). Most posts
 *     decide here in ~2 µs.
 *  3. otherwise the `eld` n-gram detector (measured best of eld, tinyld, franc-min and
 *     languagedetect on our sample: see README), restricted to the languages we serve
 *     (scored over eld's table cut to those languages: lang-ngrams.ts, same answers).
 * `loadLanguageDetector()` (async: eld's table is an ES module) builds one; nothing is
 * loaded or registered at import.
 */
import { eld } from 'eld/small'
import { type EldSubsetScorer, loadEldSubsetScorer } from './lang-ngrams.js'
import { LANG_WORDS } from './lang-words.js'
import type { FactsRow, WordTable } from './perf/word-table.js'
import { tokenize } from './text.js'

export const SUPPORTED_LANGS = [
  'en',
  'zh',
  'ar',
  'nl',
  'es',
  'fr',
  'de',
  'it',
  'pt',
  'tr',
  'id',
  'hi',
] as const
/** Returned when a text has no letters to judge (only emoji, numbers, links). */
const UNKNOWN_LANG = 'und'

export interface LangResult {
  lang: string
  /** Which step decided: useful when auditing a wrong answer. */
  via: 'hint' | 'script' | 'words' | 'eld' | 'none'
}

const LATIN_RE = /[A-Za-z\u00C0-\u024F]/
const SUPPORTED_SET: ReadonlySet<string> = new Set(SUPPORTED_LANGS)
// eld has no Indonesian model; its Malay answer is almost always Indonesian in our markets.
const ELD_MAP: Record<string, string> = { ms: 'id' }
const ELD_SUBSET = ['en', 'nl', 'es', 'fr', 'de', 'it', 'pt', 'tr', 'ms', 'hi', 'ar', 'zh']
// Only the head of a long text is needed to tell its language.
const MAX_DETECT_CHARS = 1000
const ELD_MAX_CHARS = 100

const LATIN = 1
const HAN = 2
const KANA = 3
const HANGUL = 4
const ARABIC = 5
const DEVA = 6
const CYR = 7
const THAI = 8
const HEBREW = 9
const GREEK = 10

/** The script a code unit is a letter of (the constants above), or 0. */
function scriptOf(c: number): number {
  if (c < 0x41) return 0
  if (c <= 0x7a) return c <= 0x5a || c >= 0x61 ? LATIN : 0
  if (c < 0x250) return c >= 0xc0 ? LATIN : 0
  if (c >= 0x4e00 && c <= 0x9fff) return HAN
  if (c >= 0x0600 && c <= 0x06ff) return ARABIC
  if (c >= 0x0900 && c <= 0x097f) return DEVA
  if (c >= 0x3040 && c <= 0x30ff) return KANA
  if (c >= 0xac00 && c <= 0xd7af) return HANGUL
  if (c >= 0x3400 && c <= 0x4dbf) return HAN
  if (c >= 0xf900 && c <= 0xfaff) return HAN
  if (
    (c >= 0x0750 && c <= 0x077f) ||
    (c >= 0x08a0 && c <= 0x08ff) ||
    (c >= 0xfb50 && c <= 0xfdff) ||
    (c >= 0xfe70 && c <= 0xfeff)
  )
    return ARABIC
  if (c >= 0x0400 && c <= 0x04ff) return CYR
  if (c >= 0x0e00 && c <= 0x0e7f) return THAI
  if (c >= 0x0590 && c <= 0x05ff) return HEBREW
  if (c >= 0x0370 && c <= 0x03ff) return GREEK
  return 0
}

/** scriptOf for every code unit: one table read per character instead of a chain of range tests. */
const SCRIPT = new Uint8Array(0x10000)
for (let c = 0; c < 0x10000; c++) SCRIPT[c] = scriptOf(c)

/** Letters per script in one pass over the UTF-16 code units (no regex, no allocation). */
function byScript(s: string, counts: Int32Array): string | null {
  counts.fill(0)
  for (let i = 0; i < s.length; i++) {
    const k = SCRIPT[s.charCodeAt(i)]!
    counts[k] = counts[k]! + 1
  }
  const latin = counts[LATIN]!
  const han = counts[HAN]!
  const kana = counts[KANA]!
  const hangul = counts[HANGUL]!
  const arabic = counts[ARABIC]!
  const deva = counts[DEVA]!
  const cyr = counts[CYR]!
  const thai = counts[THAI]!
  const hebrew = counts[HEBREW]!
  const greek = counts[GREEK]!
  // Mixed posts ("莲花银行 app down again"): a non-Latin script wins once it is a real share
  // of the letters, because Latin brand and app words turn up everywhere. One Han character
  // stands for a word, so it counts more than a Latin letter.
  if (kana > 0 && (kana + han) * 2 >= latin / 3) return 'ja'
  if (hangul > 0 && hangul * 2 >= latin / 3) return 'ko'
  if (han > 0 && han * 2 >= latin / 3) return 'zh'
  // In this order (no array of pairs: this runs for every post).
  const half = latin / 2
  if (arabic > 0 && arabic >= half) return 'ar'
  if (deva > 0 && deva >= half) return 'hi'
  if (cyr > 0 && cyr >= half) return 'ru'
  if (thai > 0 && thai >= half) return 'th'
  if (hebrew > 0 && hebrew >= half) return 'he'
  if (greek > 0 && greek >= half) return 'el'
  return null
}

/** Languages the word lists know, by index, so that scores live in a reused typed array. */
const WORD_LANGS: string[] = [...new Set([...LANG_WORDS.values()].flat())]
const WORD_LANG_INDEX: ReadonlyMap<string, number[]> = new Map(
  [...LANG_WORDS].map(([w, langs]) => [w, langs.map((l) => WORD_LANGS.indexOf(l))]),
)
/** Letters that belong to one supported Latin-script language only: each counts as a word for it. */
const LETTER_LANG: ReadonlyMap<number, number> = new Map(
  (
    [
      [0x131, 'tr'], // ı dotless i
      [0x11f, 'tr'], // ğ
      [0x15f, 'tr'], // ş
      [0xe3, 'pt'], // ã
      [0xf5, 'pt'], // õ
      [0xf1, 'es'], // ñ
      [0xdf, 'de'], // ß
    ] as const
  ).map(([c, l]) => [c, WORD_LANGS.indexOf(l)]),
)

/** Put the function words in an enricher's word table (WordFacts.langs). */
export function registerLanguageWords(table: WordTable): void {
  for (const [w, langs] of WORD_LANG_INDEX) table.entry(w).langs = langs
  table.registered()
}

function byWords(words: readonly string[], scores: Float64Array, row?: FactsRow): string | null {
  scores.fill(0)
  let tokens = 0
  const facts = row?.facts
  for (let j = 0; j < words.length; j++) {
    const w = words[j]!
    // Numbers say nothing about the language; counting them would dilute the words.
    const c0 = w.charCodeAt(0)
    if (c0 >= 0x30 && c0 <= 0x39) continue
    tokens++
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i)
      if (c < 0xdf) continue
      const l = LETTER_LANG.get(c)
      if (l !== undefined) {
        scores[l] = scores[l]! + 1
        break
      }
    }
    const langs = facts !== undefined ? facts[j]?.langs : WORD_LANG_INDEX.get(w)
    if (langs === undefined || langs === null) continue
    for (const l of langs) scores[l] = scores[l]! + 1 / langs.length
  }
  let best = -1
  let bestScore = 0
  let second = 0
  for (let l = 0; l < scores.length; l++) {
    const sc = scores[l]!
    if (sc > bestScore) {
      second = bestScore
      best = l
      bestScore = sc
    } else if (sc > second) second = sc
  }
  if (best === -1) return null
  // Decide only with a clear lead; otherwise leave it to the n-gram model.
  if (bestScore >= 2 && bestScore >= 2 * second && bestScore >= tokens * 0.15) return WORD_LANGS[best]!
  // A short post with one function word and no real rival ("app down again", "paid on
  // Monday at ten") is decided too: the n-gram model is no better on a few words and
  // costs ten times more.
  if (bestScore >= 1 && bestScore >= 3 * second && tokens <= 8) return WORD_LANGS[best]!
  return null
}

export interface LanguageDetector {
  /**
   * The language of `text`. A platform's own language tag (`hint`) is trusted when it names
   * a supported language, since platforms see more context than one post.
   */
  detect(
    text: string,
    hint?: string | null,
    words?: readonly string[],
    /** The word table's row for `words`, when the caller has it: one lookup per word. */
    row?: FactsRow,
  ): LangResult
}

/** A detector over eld's table cut to our languages (several times faster than eld, same answers). */
export async function loadLanguageDetector(): Promise<LanguageDetector> {
  return createLanguageDetector(await loadEldSubsetScorer(ELD_SUBSET))
}

/** A detector; `ngrams` null: eld itself answers the last step (same answers, slower). */
export function createLanguageDetector(ngrams: EldSubsetScorer | null): LanguageDetector {
  let vote = ngrams
  if (vote === null) {
    // Our own instance: the subset must not change other users of the shared `eld` export.
    const own = eld.newInstance()
    own.setLanguageSubset(ELD_SUBSET)
    vote = (head) => own.detect(head).language
  }
  const byN = vote
  const scriptCounts = new Int32Array(GREEK + 1)
  const wordScores = new Float64Array(WORD_LANGS.length)
  return {
    detect(text, hint, words, row) {
      if (hint) {
        const h = hint.toLowerCase().split(/[-_]/)[0] ?? ''
        if (SUPPORTED_SET.has(h)) return { lang: h, via: 'hint' }
      }
      const s = text.length > MAX_DETECT_CHARS ? text.slice(0, MAX_DETECT_CHARS) : text
      const script = byScript(s, scriptCounts)
      if (script !== null) return { lang: script, via: 'script' }
      const w =
        words !== undefined
          ? byWords(words, wordScores, row)
          : byWords(tokenize(s.toLowerCase()).words, wordScores)
      if (w !== null) return { lang: w, via: 'words' }
      if (!LATIN_RE.test(s)) return { lang: UNKNOWN_LANG, via: 'none' }
      // The n-gram model needs a sentence, not a review: its cost grows with the length.
      const r = byN(s.length > ELD_MAX_CHARS ? s.slice(0, ELD_MAX_CHARS) : s)
      if (r === '') return { lang: UNKNOWN_LANG, via: 'none' }
      return { lang: ELD_MAP[r] ?? r, via: 'eld' }
    },
  }
}
