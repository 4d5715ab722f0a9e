/**
 * Hashtags, cashtags, @-handles, URLs and terms, normalised for trend detection: one
 * spelling per tag whatever the case, width, Arabic letter variant or Chinese script.
 */

import { LIMITS } from '@vigil/schema'
import { allMatches } from './regex.js'
import { STOPWORDS } from './stopwords.js'
import { foldText, tokenize } from './text.js'
import type { FactsRow } from './vocab.js'

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
// A bigram with a function character ("的账", "了我") is never a topic.
// Code units, not strings: reading run[i] would allocate a string per Chinese character.
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
export function normaliseTag(body: string): string {
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

/** Terms: content words (Latin, Arabic, …) and Chinese character bigrams, stopwords removed. */
function extractTerms(folded: string, words: readonly string[], out: Entities, row?: FactsRow): void {
  // At most MAX_TERMS terms: a linear `includes` is cheaper than a Set built per post.
  const terms = out.terms
  const facts = row?.facts
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!
    if (terms.length >= MAX_TERMS) return
    // Pure tests, cheapest first: a stopword (most skipped words) costs one read of the row.
    if (
      w.length < 3 ||
      w.length > MAX_TERM_CHARS ||
      (facts !== undefined ? facts[i]?.stop === true : STOPWORDS.has(w))
    )
      continue
    if (isDigits(w) || hasHan(w) || terms.includes(w)) continue
    terms.push(w)
  }
  // Chinese bigrams come from the whole text, hashtags included ("#莲花银行崩了").
  if (!hasHan(folded)) return
  // Runs of two or more CJK ideographs, scanned by hand: no iterator, match arrays or set
  // per post (the term list is short, `includes` dedupes it).
  const n = folded.length
  let i = 0
  while (i < n && terms.length < MAX_TERMS) {
    if (!isHanUnit(folded.charCodeAt(i))) {
      i++
      continue
    }
    let end = i + 1
    while (end < n && isHanUnit(folded.charCodeAt(end))) end++
    for (let j = i; j + 2 <= end && terms.length < MAX_TERMS; j++) {
      if (HAN_FUNCTION_CHARS.has(folded.charCodeAt(j)) || HAN_FUNCTION_CHARS.has(folded.charCodeAt(j + 1)))
        continue
      const bg = folded.slice(j, j + 2)
      if (!terms.includes(bg) && !STOPWORDS.has(bg)) terms.push(bg)
    }
    i = end
  }
}

/** CJK unified ideographs: the units whose runs give Chinese bigram terms. */
function isHanUnit(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff
}

function isDigits(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i)
    if (c < 48 || c > 57) return false
  }
  return true
}

function hasHan(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i)
    if (c >= 0x4e00 && c <= 0x9fff) return true
  }
  return false
}

/** Extract and normalise; `folded` and `words` may be passed when the caller already has them. */
export function extractEntities(
  text: string,
  folded = foldText(text),
  words = tokenize(folded).words,
  /** wordFacts(words), when the caller has it. */
  row?: FactsRow,
): Entities {
  const out: Entities = { hashtags: [], cashtags: [], handles: [], urls: [], terms: [] }
  if (TAG_CHARS_RE.test(text)) extractTags(text, out)
  if (URL_HINT_RE.test(text)) {
    for (const m of allMatches(URL_RE, text)) uniquePush(out.urls, m[0].replace(TRAILING_PUNCT_RE, ''))
  }
  extractTerms(folded, words, out, row)
  return out
}
