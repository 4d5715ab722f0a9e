/**
 * Hashtags, cashtags, @-handles, URLs and terms, normalised for trend detection: one
 * spelling per tag whatever the case, width, Arabic letter variant or Chinese script.
 */

import { LIMITS } from '@vigil/schema'
import { allMatches } from './perf/all-matches.js'
import type { FactsRow } from './perf/word-table.js'
import { isDigitUnit } from './pii-normalise.js'
import { stopwords } from './stopwords.js'
import { foldText, tokenize } from './text.js'

export interface Entities {
  hashtags: string[]
  cashtags: string[]
  handles: string[]
  urls: string[]
  terms: string[]
}

// Hashtag bodies: letters, marks, digits, underscore in any script. Weibo topics are
// written #话题# with a closing mark and may contain spaces, so they get their own rule.
const WEIBO_TOPIC_RE = /#([^#\n]{1,40})#/g
// A hashtag: '#' (or full-width '＃') not after a letter, digit, '_', '&' or '/', then
// HASHTAG_BODY_RE. Scanned from each '#' by hand: a look-behind at the head of a global
// regex is tried at every position of the text.
const HASHTAG_BODY_RE = /[\p{L}\p{M}\p{N}_]{1,100}/uy
const HASHTAG_BLOCKED_BEFORE_RE = /[\p{L}\p{N}_&/]$/u
const HAN_CHAR_RE = /[\u4E00-\u9FFF]/
const CASHTAG_RE = /(?<![\p{L}\p{N}_$])[$＄]([A-Za-z][A-Za-z0-9.]{0,9})(?![\p{L}\p{N}])/gu
const HANDLE_RE = /(?<![\p{L}\p{N}_.@])[@＠]([A-Za-z0-9_]{1,30})(?![A-Za-z0-9_@.]*\.[A-Za-z]{2,})/gu
// Up to the wire contract's link limit (less the longest scheme), so every link found is stored.
const URL_RE = new RegExp(
  `\\b(?:https?:\\/\\/|www\\.)[^\\s<>"'\\u3000]{1,${LIMITS.urlChars - 'https://'.length}}`,
  'giu',
)
const TRAILING_PUNCT_RE = /[.,;:!?)\]}'"»。，！？]+$/u
// A segment that starts with a function character ("的", "了我") is never a topic.
const HAN_FUNCTION_CHARS: ReadonlySet<number> = new Set(
  Array.from('的了我你他她它是在有和就不也都这那个们吗呢吧啊呀么把被给对从很还又', (c) => c.charCodeAt(0)),
)
const MAX_ITEMS = 20
const TAG_CHARS_RE = /[#＃$＄@＠]/
const URL_HINT_RE = /https?:|www\./i
const MAX_TERMS = 24
// A "word" longer than this is a run of junk (or a pasted token), not a topic; the wire contract
// caps list items at LIMITS.itemChars anyway.
const MAX_TERM_CHARS = 64

function uniquePush(list: string[], v: string, max = MAX_ITEMS): void {
  if (v !== '' && list.length < max && !list.includes(v)) list.push(v)
}

/** Normalised form of a tag body: NFKC, lower case, Arabic folded, simplified Chinese. */
function normaliseTag(body: string): string {
  return foldText(body).replace(/_+$/u, '')
}

/** Host of a URL in lower case without `www.`, or null when it cannot be parsed. */
export function urlHost(u: string): string | null {
  const m = /^(?:https?:\/\/)?(?:www\.)?([^/:?#\s]+)/i.exec(u)
  return m?.[1] ? m[1].toLowerCase() : null
}

function extractTags(text: string, out: Entities): void {
  // Each scan only when its sign is in the text: the look-behinds make these regexes slow
  // to run over text that cannot match.
  const hash = text.includes('#') || text.includes('＃')
  if (hash) {
    // A Weibo topic counts only with a Chinese character in it: none in the text, none found.
    if (HAN_CHAR_RE.test(text)) {
      for (const m of allMatches(WEIBO_TOPIC_RE, text)) {
        const body = m[1]?.trim() ?? ''
        if (HAN_CHAR_RE.test(body)) uniquePush(out.hashtags, `#${normaliseTag(body.replace(/\s+/g, ''))}`)
      }
    }
    for (const raw of hashtagBodies(text)) {
      const body = normaliseTag(raw)
      // "#1" and "#2024" are list numbers and years, not tags.
      if (body !== '' && !/^\d+$/.test(body)) uniquePush(out.hashtags, `#${body}`)
    }
  }
  if (text.includes('$') || text.includes('＄')) {
    for (const m of allMatches(CASHTAG_RE, text)) {
      const body = (m[1] ?? '').toUpperCase().replace(/\.$/, '')
      if (!/^\d/.test(body)) uniquePush(out.cashtags, `$${body}`)
    }
  }
  if (text.includes('@') || text.includes('＠')) {
    for (const m of allMatches(HANDLE_RE, text)) uniquePush(out.handles, `@${(m[1] ?? '').toLowerCase()}`)
  }
}

/** Bodies of the hashtags in `text`, in order. */
function hashtagBodies(text: string): string[] {
  const bodies: string[] = []
  let from = 0
  // Next '#' and '＃' at or after `from` (-1: none left), each searched again only when passed.
  let a = text.indexOf('#')
  let b = text.indexOf('＃')
  for (;;) {
    if (a !== -1 && a < from) a = text.indexOf('#', from)
    if (b !== -1 && b < from) b = text.indexOf('＃', from)
    const at = a === -1 ? b : b === -1 ? a : Math.min(a, b)
    if (at === -1) return bodies
    from = at + 1
    // The code point before '#' (two code units cover a surrogate pair).
    if (at > 0 && HASHTAG_BLOCKED_BEFORE_RE.test(text.slice(Math.max(0, at - 2), at))) continue
    HASHTAG_BODY_RE.lastIndex = at + 1
    const m = HASHTAG_BODY_RE.exec(text)
    if (m === null) continue
    bodies.push(m[0])
    from = at + 1 + m[0].length
  }
}

/**
 * Terms: content words, stopwords removed. Latin, Arabic and other spaced scripts come from
 * the shared tokenisation (Arabic with its article and attached conjunction/preposition taken
 * off: "والبنك" and "البنك" are the term "بنك"); Chinese and Japanese, written without spaces,
 * are cut into words by the ICU word segmenter (Intl.Segmenter), hashtags included
 * ("#莲花银行崩了" → 莲花, 银行, …).
 */
function extractTerms(
  folded: string,
  words: readonly string[],
  out: Entities,
  row: FactsRow | undefined,
  memo: SegmentMemo | undefined,
): void {
  // At most MAX_TERMS terms: a linear `includes` is cheaper than a Set built per post.
  const terms = out.terms
  const facts = row?.facts
  const stop = stopwords()
  for (let i = 0; i < words.length; i++) {
    let w = words[i]!
    if (terms.length >= MAX_TERMS) return
    // Pure tests, cheapest first: a stopword (most skipped words) costs one read of the row.
    if (
      w.length < 3 ||
      w.length > MAX_TERM_CHARS ||
      (facts !== undefined ? facts[i]?.stop === true : stop.has(w))
    )
      continue
    if (isDigits(w) || hasCjk(w)) continue
    if (isArabicUnit(w.charCodeAt(0))) {
      w = stripArabicClitics(w)
      if (w.length < 3 || stop.has(w)) continue
    }
    if (!terms.includes(w)) terms.push(w)
  }
  // A full list takes no more terms: the segmenter (the costliest step) would add nothing.
  if (terms.length < MAX_TERMS && hasCjk(folded)) cjkTerms(folded, terms, memo)
}

const SEGMENTER = new Intl.Segmenter('zh', { granularity: 'word' })

/**
 * Words of the Chinese/Japanese runs of `folded`, by the ICU dictionary segmenter. The runs
 * of three characters or more are segmented in one call (each call costs ~3 µs before the
 * first character); a run of two is one word as it stands.
 */
function cjkTerms(folded: string, terms: string[], memo: SegmentMemo | undefined): void {
  const n = folded.length
  let joined = ''
  let i = 0
  while (i < n) {
    if (!isCjkUnit(folded.charCodeAt(i))) {
      i++
      continue
    }
    let end = i + 1
    while (end < n && isCjkUnit(folded.charCodeAt(end))) end++
    if (end - i === 2) addCjkTerm(folded.slice(i, end), terms)
    else if (end - i > 2) joined += joined === '' ? folded.slice(i, end) : `\n${folded.slice(i, end)}`
    // Segmenting costs ~0.4 µs a character: the terms of a post come from its first
    // MAX_SEGMENTED characters of Chinese/Japanese (a median Weibo post has 47).
    if (joined.length >= MAX_SEGMENTED) {
      joined = joined.slice(0, MAX_SEGMENTED)
      break
    }
    i = end
  }
  if (joined === '') return
  for (const w of segmentWords(joined, memo)) addCjkTerm(w, terms)
}

/**
 * Recent segmentations, by the CJK runs of a post. Segmenting is the costliest step of a
 * Chinese post (~0.4 µs a character); reposts, quoted replies and bots repeat the same
 * clauses. One per enricher (createSegmentMemo), so a fresh enricher has seen nothing.
 */
export type SegmentMemo = Map<string, readonly string[]>
const SEG_MEMO_MAX = 4096
const MAX_SEGMENTED = 64

export function createSegmentMemo(): SegmentMemo {
  return new Map()
}

function segmentWords(s: string, memo: SegmentMemo | undefined): readonly string[] {
  const known = memo?.get(s)
  if (known !== undefined) return known
  const words: string[] = []
  // Walking by `containing` allocates less than the segments' iterator. Each call costs
  // ~0.4 µs besides ICU's own work (a segment object and its string), so the calls that
  // cannot yield a term are skipped:
  //  - a one-character segment is never a term (addCjkTerm wants two): from the start `i` of
  //    a segment, asking for the one holding i + 1 returns that segment when it is longer,
  //    else the next one, so every segment of two or more is still seen, in order, and the
  //    single characters (的, 了, 我, …) cost no call of their own (-15% of this loop on the
  //    bench's Chinese posts). Every unit of `s` is one character: the runs hold BMP letters.
  //  - the '\n' between runs is always a segment of its own and never word-like (a hard
  //    break in UAX #29, and ICU's dictionary stops at it).
  const segs = SEGMENTER.segment(s)
  const n = s.length
  for (let i = 0; i + 1 < n; ) {
    const seg = segs.containing(i + 1)
    if (seg === undefined) break
    const w = seg.segment
    if (w.length >= 2 && seg.isWordLike === true) words.push(w)
    i = seg.index + w.length
    if (i < n && s.charCodeAt(i) === 0x0a) i++
  }
  if (memo !== undefined) {
    if (memo.size >= SEG_MEMO_MAX) memo.clear()
    memo.set(s, words)
  }
  return words
}

// Aspect and mood particles ICU leaves on a verb or adjective ("贵了", "涨了", "好吗"); not 过
// or 着, which end whole words ("通过", "难过", "接着").
const HAN_TRAILING_PARTICLES: ReadonlySet<number> = new Set(
  Array.from('了吗呢吧啊呀嘛', (c) => c.charCodeAt(0)),
)

function addCjkTerm(w: string, terms: string[]): void {
  // "贵了" is the word 贵 (one character: no term); "冻结了" is 冻结.
  while (w.length > 0 && HAN_TRAILING_PARTICLES.has(w.charCodeAt(w.length - 1))) w = w.slice(0, -1)
  if (terms.length >= MAX_TERMS || w.length < 2 || isHiraganaOnly(w)) return
  if (HAN_FUNCTION_CHARS.has(w.charCodeAt(0)) || maybeStopword(w) || terms.includes(w)) return
  terms.push(w)
}

/**
 * A bit per (length, first two code units) of every stopword, from the stopword set (which
 * never changes once built): most segmented words fail this one read and skip the set, whose
 * look-up first hashes the fresh substring ICU returned (that line was 4% of a Chinese post).
 * A set bit still asks the set, so the answer is the set's. `w` has two code units or more.
 */
let stopKeys: Uint32Array | null = null
const STOP_KEY_SHIFT = 17

function stopKey(w: string): number {
  return (
    (Math.imul(w.charCodeAt(0), 0x9e3779b1) ^ Math.imul(w.charCodeAt(1) ^ (w.length << 16), 0x85ebca6b)) >>>
    STOP_KEY_SHIFT
  )
}

function maybeStopword(w: string): boolean {
  let keys = stopKeys
  if (keys === null) {
    keys = new Uint32Array(1 << (32 - STOP_KEY_SHIFT - 5))
    for (const s of stopwords()) {
      if (s.length < 2) continue
      const k = stopKey(s)
      keys[k >>> 5]! |= 1 << (k & 31)
    }
    stopKeys = keys
  }
  const k = stopKey(w)
  return (keys[k >>> 5]! & (1 << (k & 31))) !== 0 && stopwords().has(w)
}

/** CJK ideographs (unified, extension A, compatibility), hiragana and katakana. */
function isCjkUnit(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0xf900 && c <= 0xfaff)
  )
}

function isHiraganaOnly(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i)
    if (c < 0x3040 || c > 0x309f) return false
  }
  return true
}

function isArabicUnit(c: number): boolean {
  return c >= 0x0600 && c <= 0x06ff
}

// The article with what attaches before it, longest first; only when three letters remain.
// A lone و/ب/ل is not taken off: too many words start with one ("وصول", "بطاقه").
const AR_PREFIXES = ['وبال', 'وال', 'بال', 'كال', 'فال', 'ولل', 'لل', 'ال']

/** The word without its article and what attaches before it ("والبنك" → "بنك"). Input is folded. */
function stripArabicClitics(w: string): string {
  for (const p of AR_PREFIXES) if (w.startsWith(p) && w.length - p.length >= 3) return w.slice(p.length)
  return w
}

function isDigits(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (!isDigitUnit(w.charCodeAt(i))) return false
  return true
}

function hasCjk(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (isCjkUnit(w.charCodeAt(i))) return true
  return false
}

/** Extract and normalise; `folded` and `words` may be passed when the caller already has them. */
export function extractEntities(
  text: string,
  folded = foldText(text),
  words = tokenize(folded).words,
  /** The word table's row for `words`, when the caller has it. */
  row?: FactsRow,
  /** Segmentations the caller keeps between posts (see createSegmentMemo). */
  memo?: SegmentMemo,
): Entities {
  const out: Entities = { hashtags: [], cashtags: [], handles: [], urls: [], terms: [] }
  if (TAG_CHARS_RE.test(text)) extractTags(text, out)
  if (URL_HINT_RE.test(text)) {
    for (const m of allMatches(URL_RE, text)) uniquePush(out.urls, m[0].replace(TRAILING_PUNCT_RE, ''))
  }
  extractTerms(folded, words, out, row, memo)
  return out
}
