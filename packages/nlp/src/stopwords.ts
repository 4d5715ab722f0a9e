/**
 * Words too common to be a trend term, in every served language: our hand-written lists and
 * the language fast-path lists, plus the stopwords-iso lists (MIT; see NOTICE) of the served
 * languages and Japanese, folded as posts are (Arabic letter variants, simplified Chinese),
 * minus the few entries that are banking topics for us ("down", "problem", Dutch "pas" = bank
 * card, Spanish "cuenta" = account).
 */
import { createRequire } from 'node:module'
import { FUNCTION_WORDS } from './lang-words.js'
import type { WordTable } from './perf/word-table.js'
import { foldText } from './text.js'

const EXTRA =
  'the and for you your are was were this that with have has not but what why how can just ' +
  'they them their been will would still from there about into than then when where which who ' +
  'our out all any some very more most also its it’s i’m don’t didn’t can’t won’t get got ' +
  'voor niet maar nog ook een het van dat die der das und ist nicht ich für mit les des une pour pas est ' +
  'que por con para los las del una che per non sono della ile için bir yang dan tidak untuk ' +
  '一直 总是 我们 你们 他们 这个 那个 什么 一个 没有 就是 还是 可以 因为 所以 但是 已经 现在 自己 ' +
  'في من على الى عن ان هذا هذه التي الذي مع كان ما لا هو هي انا ' +
  'لماذا ليس لم لن يكن never jamais nunca nooit nie niemals mai nada nichts niets rien nulla'

const ISO_LANGS = ['en', 'nl', 'de', 'fr', 'es', 'it', 'pt', 'tr', 'id', 'hi', 'zh', 'ar', 'ja']
/** Listed by stopwords-iso, but what customers complain about. */
const KEEP = new Set(
  'down problem problems fix working work works help twice pas cuenta conta conto compte konto card account app online'.split(
    ' ',
  ),
)

function isoLists(): string[] {
  const iso = createRequire(import.meta.url)('stopwords-iso') as Record<string, string[] | undefined>
  return ISO_LANGS.flatMap((l) => iso[l] ?? [])
}

function build(): Set<string> {
  const s = new Set<string>(FUNCTION_WORDS.keys())
  for (const w of EXTRA.split(' ')) if (w !== '') s.add(w)
  for (const w of isoLists()) {
    const f = foldText(w)
    if (f !== '' && !KEEP.has(f)) s.add(f)
  }
  return s
}

let built: ReadonlySet<string> | null = null

/**
 * The stopwords, read from stopwords-iso on the first call (from a factory or the first post,
 * never at import); the set never changes after.
 */
export function stopwords(): ReadonlySet<string> {
  built ??= build()
  return built
}

/** Mark the stopwords in an enricher's word table (WordFacts.stop). */
export function registerStopwords(table: WordTable): void {
  for (const w of stopwords()) table.entry(w).stop = true
  table.registered()
}
