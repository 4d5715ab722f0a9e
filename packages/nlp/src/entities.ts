/**
 * Hashtags, cashtags, @-handles, URLs and terms, normalised for trend detection: one
 * spelling per tag whatever the case, width, Arabic letter variant or Chinese script.
 */
import { foldText } from './text.js'
import { STOPWORDS } from './stopwords.js'

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
const HASHTAG_RE = /(?<![\p{L}\p{N}_&/])[#＃]([\p{L}\p{M}\p{N}_]{1,100})/gu
const CASHTAG_RE = /(?<![\p{L}\p{N}_$])[$＄]([A-Za-z][A-Za-z0-9.]{0,9})(?![\p{L}\p{N}])/gu
const HANDLE_RE = /(?<![\p{L}\p{N}_.@])[@＠]([A-Za-z0-9_]{1,30})(?![A-Za-z0-9_@.]*\.[A-Za-z]{2,})/gu
const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"'\u3000]{1,2000}/giu
const TRAILING_PUNCT_RE = /[.,;:!?)\]}'"»。，！？]+$/u
const WORD_RE = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’_-]*/gu
const HAN_RUN_RE = /[\u4E00-\u9FFF]{2,}/gu
// A bigram with a function character ("的账", "了我") is never a topic.
const HAN_FUNCTION_CHARS = /[的了我你他她它是在有和就不也都这那个们吗呢吧啊呀么把被给对从很还又]/u
const MAX_ITEMS = 20
const MAX_TERMS = 24

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
  for (const m of text.matchAll(WEIBO_TOPIC_RE)) {
    const body = m[1]?.trim() ?? ''
    if (/[\u4E00-\u9FFF]/.test(body)) uniquePush(out.hashtags, `#${normaliseTag(body.replace(/\s+/g, ''))}`)
  }
  for (const m of text.matchAll(HASHTAG_RE)) {
    const body = normaliseTag(m[1] ?? '')
    // "#1" and "#2024" are list numbers and years, not tags.
    if (body !== '' && !/^\d+$/.test(body)) uniquePush(out.hashtags, `#${body}`)
  }
  for (const m of text.matchAll(CASHTAG_RE)) {
    const body = (m[1] ?? '').toUpperCase().replace(/\.$/, '')
    if (!/^\d/.test(body)) uniquePush(out.cashtags, `$${body}`)
  }
  for (const m of text.matchAll(HANDLE_RE)) uniquePush(out.handles, `@${(m[1] ?? '').toLowerCase()}`)
}

/** Terms: content words (Latin, Arabic, …) and Chinese character bigrams, stopwords removed. */
function extractTerms(folded: string, out: Entities): void {
  let stripped = /https?:|www\./.test(folded) ? folded.replace(URL_RE, ' ') : folded
  // Bounded local part: an unbounded \S+@ would rescan the text from every position.
  if (stripped.includes('@')) stripped = stripped.replace(/[^\s@]{1,64}@\S{1,255}/g, ' ')
  stripped = stripped.replace(/[#@$][\p{L}\p{N}_]+/gu, ' ')
  for (const m of stripped.matchAll(WORD_RE)) {
    const w = m[0].replace(/['’_-]+$/u, '')
    if (/[\u4E00-\u9FFF]/.test(w)) continue
    if (w.length < 3 || /^\d+$/.test(w) || STOPWORDS.has(w)) continue
    uniquePush(out.terms, w, MAX_TERMS)
    if (out.terms.length >= MAX_TERMS) return
  }
  for (const m of stripped.matchAll(HAN_RUN_RE)) {
    const run = m[0]
    for (let i = 0; i + 2 <= run.length && out.terms.length < MAX_TERMS; i++) {
      const bg = run.slice(i, i + 2)
      if (!STOPWORDS.has(bg) && !HAN_FUNCTION_CHARS.test(bg)) uniquePush(out.terms, bg, MAX_TERMS)
    }
  }
}

/** Extract and normalise; `folded` may be passed when the caller already has it. */
export function extractEntities(text: string, folded = foldText(text)): Entities {
  const out: Entities = { hashtags: [], cashtags: [], handles: [], urls: [], terms: [] }
  if (text.includes('#') || text.includes('＃') || text.includes('$') || text.includes('＄') || text.includes('@') || text.includes('＠')) {
    extractTags(text, out)
  }
  if (/https?:|www\./i.test(text)) {
    for (const m of text.matchAll(URL_RE)) uniquePush(out.urls, m[0].replace(TRAILING_PUNCT_RE, ''))
  }
  extractTerms(folded, out)
  return out
}
