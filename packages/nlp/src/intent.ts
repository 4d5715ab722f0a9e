/**
 * Intent: what a care team should do with a post. Rules with recorded reasons, in order:
 * spam, troll/abuse, complaint, question, praise, other. An angry customer who swears but
 * names a real problem is a complaint, not a troll: the problem decides.
 */
import type { Intent, Sentiment } from '@vigil/schema'
import { INTENT_WORDS } from './intent-words.js'

export interface IntentInput {
  /** Cleaned original text (for '?', caps, links). */
  text: string
  /** foldText(text). */
  folded: string
  sentiment: Sentiment
  hashtags: string[]
  urls: string[]
  handles: string[]
}

export interface IntentResult {
  intent: Intent
  reasons: string[]
}

function anyIn(folded: string, re: RegExp): string | null {
  const m = re.exec(folded)
  return m ? m[0].trim() : null
}

function spamReasons(x: IntentInput): string[] {
  const r: string[] = []
  const promo = anyIn(x.folded, INTENT_WORDS.spam)
  if (promo) r.push(`promotional phrase "${promo}"`)
  if (x.urls.length > 0 && promo) r.push('link with promotion')
  if (x.hashtags.length >= 6) r.push(`${x.hashtags.length} hashtags`)
  if (x.handles.length >= 6) r.push(`${x.handles.length} handles`)
  if (/(.)\1{9,}/u.test(x.text) && !/[!?.]{10,}/.test(x.text)) r.push('repeated characters')
  return r
}

export function classifyIntent(x: IntentInput): IntentResult {
  const spam = spamReasons(x)
  const problem = anyIn(x.folded, INTENT_WORDS.problem)
  // Two signals, or a strong promo with a link, make spam; one alone is too weak.
  if (spam.length >= 2 && !problem) return { intent: 'spam', reasons: spam }
  const abuse = anyIn(x.folded, INTENT_WORDS.abuse)
  if (abuse && !problem) {
    return { intent: 'troll', reasons: [`abusive term "${abuse}"`, 'no concrete banking problem named'] }
  }
  const question = /[?？؟]/.test(x.text) || anyIn(x.folded, INTENT_WORDS.questionStart) !== null
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
  const praise = anyIn(x.folded, INTENT_WORDS.praise)
  if (x.sentiment.label === 'positive' && (praise || x.sentiment.score >= 0.4)) {
    return { intent: 'praise', reasons: praise ? [`praise term "${praise}"`] : [`positive (${x.sentiment.score})`] }
  }
  if (x.sentiment.label === 'negative') return { intent: 'complaint', reasons: [`negative (${x.sentiment.score})`] }
  return { intent: 'other', reasons: [] }
}
