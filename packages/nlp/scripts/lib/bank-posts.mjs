/**
 * Our own bank posts (data/intent/templates.mjs, written by the Vigil team, no third-party
 * text) as sentiment items: complaints and abuse are negative, praise positive, questions,
 * news and chatter neutral (spam left out). The held-out third of the template families
 * (`heldOut`) is trained on by no sentiment model: eval-sentiment.mjs scores every model on it.
 */
import { careEvalItems, ownItems } from './intent-data.mjs'

export const INTENT_SENTIMENT = {
  complaint: 'negative',
  troll: 'negative',
  praise: 'positive',
  question: 'neutral',
  news: 'neutral',
  other: 'neutral',
}

/** { id, text, lang, label, source: 'bank-posts', heldOut } for every template post but spam. */
export function bankSentimentItems() {
  return sentimentItems(ownItems(), 'bank-posts', (it) => ({ heldOut: it.heldOut }))
}

/**
 * The intent care evaluation posts (data/intent/care-eval.mjs, written by us, each filled
 * twice) as sentiment items, same mapping: no sentiment model trains or tunes on them.
 */
export function careSentimentItems() {
  return sentimentItems(careEvalItems(), 'care-eval', () => ({}))
}

/** Intent-labelled posts as sentiment items (spam, which has no sentiment, left out). */
function sentimentItems(items, source, extra) {
  return items
    .filter((it) => INTENT_SENTIMENT[it.label] !== undefined)
    .map((it) => ({
      id: it.id,
      text: it.text,
      lang: it.lang,
      label: INTENT_SENTIMENT[it.label],
      source,
      ...extra(it),
    }))
}
