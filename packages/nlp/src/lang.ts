/**
 * Language of short social texts. Three steps, cheapest first:
 *  1. script: Han → zh, Arabic → ar, Devanagari → hi, kana → ja, Hangul → ko, …
 *  2. function words: a hand-written list of very frequent words per supported language
 *     (plus Hinglish markers, since Indian users write Hindi in Latin script). Most posts
 *     decide here in ~2 µs.
 *  3. otherwise the `eld` n-gram detector (measured best of eld, tinyld, franc-min and
 *     languagedetect on our sample: see README), restricted to the languages we serve.
 */
import { eld } from 'eld/small'
import { FUNCTION_WORDS } from './lang-words.js'

export const SUPPORTED_LANGS = ['en', 'zh', 'ar', 'nl', 'es', 'fr', 'de', 'it', 'pt', 'tr', 'id', 'hi'] as const
export type SupportedLang = (typeof SUPPORTED_LANGS)[number]
/** Returned when a text has no letters to judge (only emoji, numbers, links). */
export const UNKNOWN_LANG = 'und'

export interface LangResult {
  lang: string
  /** Which step decided: useful when auditing a wrong answer. */
  via: 'hint' | 'script' | 'words' | 'eld' | 'none'
}

const SCRIPT_LANG: [RegExp, string][] = [
  [/[\u3040-\u30FF]/g, 'ja'], // kana first: Japanese also writes Han
  [/[\uAC00-\uD7AF\u1100-\u11FF]/g, 'ko'],
  [/[\u4E00-\u9FFF\u3400-\u4DBF\uF900-\uFAFF]/g, 'zh'],
  [/[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/g, 'ar'],
  [/[\u0900-\u097F]/g, 'hi'],
  [/[\u0400-\u04FF]/g, 'ru'],
  [/[\u0E00-\u0E7F]/g, 'th'],
  [/[\u0590-\u05FF]/g, 'he'],
  [/[\u0370-\u03FF]/g, 'el'],
]
const LATIN_RE = /[A-Za-z\u00C0-\u024F]/g
const TOKEN_RE = /[a-z\u00C0-\u024F']+/g
const SUPPORTED_SET: ReadonlySet<string> = new Set(SUPPORTED_LANGS)
// eld has no Indonesian model; its Malay answer is almost always Indonesian in our markets.
const ELD_MAP: Record<string, string> = { ms: 'id' }
const ELD_SUBSET = ['en', 'nl', 'es', 'fr', 'de', 'it', 'pt', 'tr', 'ms', 'hi', 'ar', 'zh']
// Our own instance: the subset must not change other users of the shared `eld` export.
const detector = eld.newInstance()
detector.setLanguageSubset(ELD_SUBSET)
// Only the head of a long text is needed to tell its language.
const MAX_DETECT_CHARS = 1000

function countMatches(re: RegExp, s: string): number {
  re.lastIndex = 0
  let n = 0
  while (re.exec(s) !== null) n++
  return n
}

function byScript(s: string): string | null {
  const latin = countMatches(LATIN_RE, s)
  for (const [re, lang] of SCRIPT_LANG) {
    const n = countMatches(re, s)
    // Mixed posts ("莲花银行 app down again"): the non-Latin script wins once it is a
    // real share of the letters, because Latin brand and app words are everywhere.
    if (n > 0 && (lang === 'zh' || lang === 'ja' || lang === 'ko' ? n * 2 >= latin / 3 : n >= latin / 2)) {
      return lang
    }
  }
  return null
}

function byWords(lower: string): string | null {
  const scores = new Map<string, number>()
  TOKEN_RE.lastIndex = 0
  let tokens = 0
  for (let m = TOKEN_RE.exec(lower); m !== null; m = TOKEN_RE.exec(lower)) {
    tokens++
    const langs = FUNCTION_WORDS.get(m[0])
    if (langs === undefined) continue
    for (const l of langs) scores.set(l, (scores.get(l) ?? 0) + 1 / langs.length)
  }
  let best = ''
  let bestScore = 0
  let second = 0
  for (const [l, sc] of scores) {
    if (sc > bestScore) {
      second = bestScore
      best = l
      bestScore = sc
    } else if (sc > second) second = sc
  }
  // Decide only with a clear lead; otherwise leave it to the n-gram model.
  if (bestScore >= 2 && bestScore >= 2 * second && bestScore >= tokens * 0.15) return best
  return null
}

/**
 * Detect the language of `text`. A platform's own language tag (`hint`) is trusted when it
 * names a supported language, since platforms see more context than one post.
 */
export function detectLanguage(text: string, hint?: string | null): LangResult {
  if (hint) {
    const h = hint.toLowerCase().split(/[-_]/)[0] ?? ''
    if (SUPPORTED_SET.has(h)) return { lang: h, via: 'hint' }
  }
  const s = text.length > MAX_DETECT_CHARS ? text.slice(0, MAX_DETECT_CHARS) : text
  const script = byScript(s)
  if (script !== null) return { lang: script, via: 'script' }
  const lower = s.toLowerCase()
  const w = byWords(lower)
  if (w !== null) return { lang: w, via: 'words' }
  LATIN_RE.lastIndex = 0
  if (!LATIN_RE.test(s)) return { lang: UNKNOWN_LANG, via: 'none' }
  const r = detector.detect(s).language
  if (r === '') return { lang: UNKNOWN_LANG, via: 'none' }
  return { lang: ELD_MAP[r] ?? r, via: 'eld' }
}
