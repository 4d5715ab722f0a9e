/**
 * Intent: what a care team should do with a post. Rules with recorded reasons, in order:
 * spam, troll/abuse, complaint, question, praise, other. An angry customer who swears but
 * names a real problem is a complaint, not a troll: the problem decides.
 */
import type { Intent, Sentiment } from '@vigil/schema'
import { intentWords } from './intent-words.js'
import type { FactsRow } from './perf/word-table.js'
import { isSarcasticThanks } from './sentiment/sarcasm.js'
import { tokenize } from './text.js'

export interface IntentInput {
  /** Cleaned original text (for '?', caps, links). */
  text: string
  /** foldText(text). */
  folded: string
  /** tokenize(folded).words; computed when absent. */
  words?: readonly string[]
  /** The word table's row for `words`, when the caller has it. */
  row?: FactsRow
  sentiment: Sentiment
  hashtags: string[]
  urls: string[]
  handles: string[]
}

export interface IntentResult {
  intent: Intent
  reasons: string[]
}

/**
 * Ten identical characters (code points) in a row ("aaaaaaaaaa", "$$$$$$$$$$"), in the first
 * 2,000 code units. A loop: the regex `(.)\1{9}` cost more than all other intent rules.
 */
function hasRepeat(text: string): boolean {
  const n = Math.min(text.length, 2000)
  let prev = -1
  let run = 0
  for (let i = 0; i < n; i++) {
    // Code units, and a code point only where a surrogate pair may start.
    let c = text.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff) {
      c = text.codePointAt(i)!
      if (c > 0xffff) i++
    }
    if (c === prev && c !== 0x0a) {
      if (++run >= 10) return true
    } else {
      prev = c
      run = 1
    }
  }
  return false
}

function spamReasons(x: IntentInput, promo: string | null): string[] {
  const r: string[] = []
  if (promo) r.push(`promotional phrase "${promo}"`)
  if (x.urls.length > 0 && promo) r.push('link with promotion')
  if (x.hashtags.length >= 6) r.push(`${x.hashtags.length} hashtags`)
  if (x.handles.length >= 6) r.push(`${x.handles.length} handles`)
  if (hasRepeat(x.text) && !/[!?.]{10,}/.test(x.text)) r.push('repeated characters')
  return r
}

export function classifyIntent(x: IntentInput): IntentResult {
  const INTENT_WORDS = intentWords()
  const words = x.words ?? tokenize(x.folded).words
  const cues = INTENT_WORDS.all.find(words, x.folded, x.words !== undefined ? x.row : undefined)
  const spam = spamReasons(x, cues.spam)
  const problem = cues.problem
  // Two signals, or a strong promo with a link, make spam; one alone is too weak.
  if (spam.length >= 2 && !problem) return { intent: 'spam', reasons: spam }
  const abuse = cues.abuse
  if (abuse && !problem) {
    return { intent: 'troll', reasons: [`abusive term "${abuse}"`, 'no concrete banking problem named'] }
  }
  const question = /[?？؟]/.test(x.text) || INTENT_WORDS.questionStart.find(words, x.folded, true) !== null
  // "Thank you for refunding the fraud charge so quickly!": a problem named as solved. The
  // model often reads the problem words as negative; the thanks and the fix decide.
  const thanks = cues.praise
  if (thanks && !abuse && !question && x.sentiment.score > -0.5 && !isSarcasticThanks(x.folded)) {
    const how = INTENT_WORDS.resolved.find(words, x.folded)
    if (how !== null && how !== thanks) {
      const reasons = [`praise term "${thanks}"`, `named as solved ("${how}")`]
      if (problem) reasons.push(`problem "${problem}" put right, not a complaint`)
      return { intent: 'praise', reasons }
    }
  }
  if (problem && (x.sentiment.label !== 'positive' || abuse)) {
    const reasons = [`problem term "${problem}"`]
    if (abuse) reasons.push(`abusive term "${abuse}" but a concrete problem: angry customer, not a troll`)
    if (question) reasons.push('asks a question about the problem')
    return { intent: 'complaint', reasons }
  }
  if (x.sentiment.label === 'negative' && x.sentiment.score <= -0.35 && !question) {
    return { intent: 'complaint', reasons: [`strongly negative (${x.sentiment.score})`] }
  }
  if (question) {
    return { intent: 'question', reasons: ['question mark or question word'] }
  }
  const praise = cues.praise
  if (x.sentiment.label === 'positive' && (praise || x.sentiment.score >= 0.4)) {
    return {
      intent: 'praise',
      reasons: praise ? [`praise term "${praise}"`] : [`positive (${x.sentiment.score})`],
    }
  }
  if (x.sentiment.label === 'negative')
    return { intent: 'complaint', reasons: [`negative (${x.sentiment.score})`] }
  return { intent: 'other', reasons: [] }
}
