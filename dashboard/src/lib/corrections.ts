import type { Intent, LabelCorrection, SentimentLabel } from '@vigil/schema'
import { getJson } from './api.js'
import { AccessError, authHeaders } from './token.js'

export type { LabelCorrection }

export const SENTIMENT_CHOICES: readonly SentimentLabel[] = ['negative', 'neutral', 'positive']
export const INTENT_CHOICES: readonly Intent[] = [
  'complaint',
  'question',
  'praise',
  'troll',
  'spam',
  'other',
  'news',
]

export interface CorrectionHistory {
  corrections: LabelCorrection[]
  /** The api says whether this screen's token may correct (operator). */
  mayCorrect: boolean
}

const path = (id: string, tail: string) => `/api/mentions/${encodeURIComponent(id)}/${tail}`

export const fetchCorrections = (id: string): Promise<CorrectionHistory> =>
  getJson<CorrectionHistory>(path(id, 'corrections'))

/** Only the labels that differ from those in force are sent; returns the labels now in force. */
export async function sendCorrection(
  id: string,
  body: { sentiment?: SentimentLabel; intent?: Intent; note?: string },
): Promise<{ sentiment: string; intent: string }> {
  const res = await fetch(path(id, 'correction'), {
    method: 'POST',
    headers: authHeaders({ 'content-type': 'application/json' }),
    body: JSON.stringify(body),
  })
  const answer = (await res.json().catch(() => ({}))) as {
    message?: string
    labels?: { sentiment: string; intent: string }
  }
  if (res.status === 401 || res.status === 403)
    throw new AccessError('an operator token is needed to correct')
  if (!res.ok || !answer.labels) throw new Error(answer.message ?? `correction: HTTP ${res.status}`)
  return answer.labels
}
