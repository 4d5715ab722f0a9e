/**
 * The shipped sentiment model: hand-written word lists per language (packages/nlp/data/
 * lexicon/*.json, see PROVENANCE.md) with banking phrases, negation, intensifiers and emoji.
 * Words and phrases are matched on the folded text; Chinese entries are matched as
 * substrings since Chinese has no spaces.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { foldText } from '../text.js'

export interface LexiconFile {
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
  phrases: Map<string, { rest: string[]; weight: number; domain: boolean }[]>
  han: Map<string, number>
  hanDomain: Set<string>
  hanMaxLen: number
  /** First characters of Chinese entries: positions starting elsewhere are skipped. */
  hanFirst: Set<string>
  negators: Set<string>
  intensifiers: Map<string, number>
  domainWords: Set<string>
  emoji: Map<string, number>
}

export const LEXICON_DIR = new URL('../../data/lexicon/', import.meta.url)

const HAN_RE = /[\u3400-\u9FFF]/

function addEntry(lex: Lexicon, key: string, weight: number, domain: boolean): void {
  const k = foldText(key).trim()
  if (k === '') return
  if (HAN_RE.test(k) && !k.includes(' ')) {
    lex.han.set(k, weight)
    if (domain) lex.hanDomain.add(k)
    lex.hanMaxLen = Math.max(lex.hanMaxLen, k.length)
    lex.hanFirst.add(k[0]!)
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
  list.push({ rest: parts.slice(1), weight, domain })
  // Longest phrase first so that "not working at all" wins over "not working".
  list.sort((a, b) => b.rest.length - a.rest.length)
  lex.phrases.set(first, list)
}

export function emptyLexicon(): Lexicon {
  return {
    words: new Map(),
    phrases: new Map(),
    han: new Map(),
    hanDomain: new Set(),
    hanMaxLen: 0,
    hanFirst: new Set(),
    negators: new Set(),
    intensifiers: new Map(),
    domainWords: new Set(),
    emoji: new Map(),
  }
}

export function addLexiconFile(lex: Lexicon, f: LexiconFile): void {
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

export interface Lexicons {
  get(lang: string): Lexicon
}

/**
 * One lexicon per language, each with the English list folded in: English words and
 * banking terms turn up in posts in every language (Hinglish above all). Emoji are shared.
 * A language without a list uses English alone.
 */
export function loadLexicons(dir: URL = LEXICON_DIR): Lexicons {
  const emoji = readFile(dir, 'emoji.json')
  const en = readFile(dir, 'en.json')
  const byLang = new Map<string, Lexicon>()
  const build = (own: LexiconFile | null): Lexicon => {
    const lex = emptyLexicon()
    if (en) addLexiconFile(lex, en)
    if (own) addLexiconFile(lex, own)
    for (const [k, w] of Object.entries(emoji?.words ?? {})) lex.emoji.set(k, w)
    return lex
  }
  const fallback = build(null)
  for (const name of readdirSync(dir).sort()) {
    const m = /^([a-z]{2})\.json$/.exec(name)
    if (!m || m[1] === 'en') continue
    byLang.set(m[1]!, build(readFile(dir, name)))
  }
  return { get: (lang) => byLang.get(lang) ?? fallback }
}
