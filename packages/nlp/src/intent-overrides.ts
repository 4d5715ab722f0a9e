/**
 * The product rules the intent model may not break (intent-classifier.ts applies them to the
 * model's answer, before the signals beyond the text): an angry customer who names a concrete
 * problem is a complaint, not a troll; ironic thanks are not praise; a card number next to a
 * problem is a customer in trouble; a fee or a problem told in the writer's own negative words
 * is a complaint, not an article; a bank's results are news; a question about a problem is a
 * complaint unless it asks how a fee or refund works; links or self-promotion with a promotional
 * phrase are spam. Each rule records its reason.
 */
import type { IntentInput, IntentResult } from './intent.js'
import { articleSignal, type IntentContext } from './intent-context.js'
import type { IntentSignals } from './intent-model.js'
import { type CueHits, intentWords } from './intent-words.js'
import { isSarcasticThanks } from './sentiment/sarcasm.js'

/** What the model's answer rests on. */
export interface ModelReading {
  x: IntentInput
  ctx: IntentContext
  s: IntentSignals
  cues: CueHits
  words: readonly string[]
  /** The model's probability of each class (intent-model.ts INTENT_CLASSES order). */
  p: Float64Array
}

/** Corrects `d` (the model's intent and reasons) in place, rule by rule, in this order. */
export function applyProductRules(d: IntentResult, r: ModelReading): void {
  const { cues } = r
  if (cues.abuse) d.reasons.push(`abusive term "${cues.abuse}"`)
  if (cues.problem) d.reasons.push(`problem term "${cues.problem}"`)
  if (cues.spam) d.reasons.push(`promotional phrase "${cues.spam}"`)
  correctModel(d, r)
  customerNotArticle(d, r)
  chargesAndResults(d, r)
  questionsAndLinks(d, r)
}

/** The model's slips on troll, ironic praise, personal data, named problems and thanks. */
function correctModel(d: IntentResult, r: ModelReading): void {
  const { x, ctx, s, cues } = r
  const ironic = isSarcasticThanks(x.folded)
  if (d.intent === 'troll' && cues.problem) {
    d.intent = 'complaint'
    d.reasons.push(`abusive term but a concrete problem: angry customer, not a troll`)
  } else if (d.intent === 'troll') {
    d.reasons.push('no concrete banking problem named')
  } else if (d.intent === 'praise' && ironic) {
    d.intent = cues.problem || s.sentimentScore < 0 ? 'complaint' : 'other'
    d.reasons.push('ironic thanks ("thanks for nothing")')
  } else if (
    (d.intent === 'other' ||
      d.intent === 'question' ||
      (d.intent === 'spam' && !cues.spam && s.urls === 0)) &&
    ctx.pii > 0 &&
    cues.problem
  ) {
    // A card number next to "blocked" or "charged twice" reads like a scammer's phone
    // number to the model; without a promotional phrase or a link it is a customer.
    d.intent = 'complaint'
    d.reasons.push('personal data next to a problem: a customer in trouble')
  } else if (d.intent === 'other' && cues.problem && s.sentimentScore <= 0) {
    // "can't log in since this morning", "website not loading": a named failure in a post
    // that is not positive is care's work (and the detector's complaint count), whatever
    // the model's share between complaint and chatter.
    d.intent = 'complaint'
    d.reasons.push('names a problem and is not positive')
  } else if (d.intent === 'other' && cues.praise && !cues.problem && !cues.abuse && s.sentimentScore > 0) {
    // 'other' is "nothing for anyone to do": a thank-you in a positive post is not that.
    d.intent = 'praise'
    d.reasons.push('praise term in a positive post')
  } else if (
    d.intent === 'complaint' &&
    ironic === false &&
    s.cues.praise &&
    s.cues.resolved &&
    !cues.abuse
  ) {
    if (r.p[2]! > 0.2) {
      d.intent = 'praise'
      d.reasons.push('thanks for a problem named as solved')
    }
  }
}

/** A negative post that reads like a headline but has no publisher, news platform or link. */
function customerNotArticle(d: IntentResult, r: ModelReading): void {
  const { x, ctx, s, cues, words } = r
  if (d.intent === 'news' && s.sentimentScore < 0 && !articleSignal(x, ctx)) {
    // "Northwind suddenly charges new monthly fees, ridiculous" reads like a fee headline to
    // the model; a problem or a charge told in the writer's own negative words, with no
    // publisher, news platform or link behind it, is a customer's complaint, not an article.
    const named = cues.problem ?? intentWords().charges.find(words, x.folded)
    if (named !== null) {
      d.intent = 'complaint'
      d.reasons.push(`"${named}" in a negative post with no publisher or link: a customer, not an article`)
    }
  }
}

/** A fee told in angry words is a complaint; a bank's results with no problem are news. */
function chargesAndResults(d: IntentResult, r: ModelReading): void {
  const { x, ctx, s, cues, words } = r
  if ((d.intent === 'troll' || d.intent === 'other') && s.sentimentScore <= 0 && !cues.praise) {
    // "another €8 'service charge', you thieves": a fee told in angry words is a customer's
    // complaint (fr and ar fee complaints were read as troll), never chatter or abuse.
    const charge = intentWords().charges.find(words, x.folded)
    if (charge !== null) {
      d.intent = 'complaint'
      d.reasons.push(`names a charge ("${charge}") in a post that is not positive: a customer, not a troll`)
    }
  } else if ((d.intent === 'complaint' || d.intent === 'other') && !cues.problem && ctx.pii === 0) {
    // "Lotus Bank Q3 net profit falls 8%": a bank's results are news, not a complaint,
    // when no problem, charge or personal data is named.
    const figure = intentWords().results.find(words, x.folded)
    if (figure !== null && intentWords().charges.find(words, x.folded) === null) {
      d.intent = 'news'
      d.reasons.push(`names the bank's results ("${figure}") and no problem: news, not a complaint`)
    }
  }
}

/** A question about a problem is a complaint; other questions are questions; link spam. */
function questionsAndLinks(d: IntentResult, r: ModelReading): void {
  const { x, s, ctx, cues, words } = r
  // A question about a named problem ("why was I charged twice?") is care's work: a
  // complaint. Chatter that asks something is a question.
  if (d.intent === 'question' && cues.problem && !cues.abuse) {
    if (ctx.pii === 0 && intentWords().isPolicyQuestion(cues.problem, words, x.folded)) {
      // "Does Northwind refund the fee?": asking how refunds or fees work names no harm
      // done to the writer ("refund my", "charged twice" would); a question, not care's work.
      d.reasons.push(`asks about a refund or a charge ("${cues.problem}") and names no harm done: a question`)
    } else {
      d.intent = 'complaint'
      d.reasons.push('asks about a concrete problem')
    }
  } else if (d.intent === 'other' && (s.cues.questionStart || /[?？؟]/.test(x.text))) {
    d.intent = 'question'
    d.reasons.push('question mark or question word')
  }
  if (s.urls >= 2 && cues.spam && d.intent !== 'spam') {
    d.intent = 'spam'
    d.reasons.push(`${s.urls} links with a promotional phrase`)
  } else if (
    cues.spam &&
    !cues.problem &&
    d.intent !== 'spam' &&
    d.intent !== 'complaint' &&
    d.intent !== 'news'
  ) {
    // "check out my channel", "sub4sub": comment spam, whatever else the text says; the
    // model, which learnt spam from links and earnings, reads it as chatter or praise.
    const promo = intentWords().selfPromo.find(words, x.folded)
    if (promo !== null) {
      d.intent = 'spam'
      d.reasons.push(`self-promotion ("${promo}") and no banking problem`)
    }
  }
}
