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
import { INTENT_CLASSES, type IntentSignals, intentOf } from './intent-model.js'
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
  if (d.intent === 'troll' && cues.problem && intentWords().concreteProblem(r.words, x.folded) === null) {
    // "stel prutsers en oplichters, rot op": calling the bank thieves, with nothing taken or
    // broken named, is abuse; "thieves, you charged me twice" names the problem and stays care's.
    d.reasons.push(`only an accusation ("${cues.problem}"), no concrete problem: abuse`)
  } else if (d.intent === 'troll' && cues.problem) {
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
    cues.problem &&
    // "I help victims get their money back, WhatsApp +44 …": the number is the scammer's way in.
    !s.recoveryOffer
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

const NEWS = INTENT_CLASSES.indexOf('news')
/** The writer speaks of themselves ("me iba a llamar", "ik", "mir", "我"): a headline does not. */
const FIRST_PERSON_RE =
  /(?:^|[^\p{L}])(?:i|me|my|ik|mij|mijn|ich|mir|mich|mein\p{L}*|je|j['’]|moi|mon|ma|mes|yo|mi|mis)(?![\p{L}])|我|حسابي|بطاقتي|فلوسي|راتبي/u

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
      return
    }
  }
  if (d.intent === 'news' && r.p[NEWS]! < 0.5 && !articleSignal(x, ctx) && FIRST_PERSON_RE.test(x.folded)) {
    // Trained on the blind sets' articles (nearly all on the news platform or from a
    // publisher), the model's news guess without an article behind it is weak: a doubtful
    // news reading, with none, told by the writer about themselves takes the model's next class.
    let next = 0
    for (let c = 1; c < NEWS; c++) if (r.p[c]! > r.p[next]!) next = c
    d.intent = intentOf(next)
    d.reasons.push(`news only ${Math.round(r.p[NEWS]! * 100)}% and no publisher or link: ${d.intent}`)
  }
}

/** A fee told in angry words is a complaint; a bank's results with no problem are news. */
function chargesAndResults(d: IntentResult, r: ModelReading): void {
  const { x, s, cues, words } = r
  if ((d.intent === 'troll' || d.intent === 'other') && s.sentimentScore <= 0 && !cues.praise) {
    // "another €8 'service charge', you thieves": a fee told in angry words is a customer's
    // complaint (fr and ar fee complaints were read as troll), never chatter or abuse.
    const charge = intentWords().charges.find(words, x.folded)
    if (charge !== null && cues.abuse === null && articleSignal(x, r.ctx)) {
      // "… erhöht die Kontoführungsgebühren, unverschämt https://…": a fee rise with a link or
      // a publisher behind it and no abuse is the article the model half read as a rant.
      d.intent = 'news'
      d.reasons.push(`names a charge ("${charge}") with a publisher or link behind it: an article`)
    } else if (charge !== null) {
      d.intent = 'complaint'
      d.reasons.push(`names a charge ("${charge}") in a post that is not positive: a customer, not a troll`)
    } else if (d.intent === 'other' || cues.abuse === null) {
      // A fine told in a headline's flat or negative words is news, not chatter or abuse
      // (whether the model says other, troll or complaint for "Toezichthouder legt … boete op"
      // moves between retrains).
      corporateNews(d, r)
    }
  } else if (d.intent === 'complaint' || d.intent === 'other' || d.intent === 'praise') {
    if (!corporateNews(d, r) && r.ctx.pii === 0 && d.intent !== 'praise' && !cues.problem) resultsNews(d, r)
  }
}

/**
 * "Regulator fines Northwind over failings in fraud checks", "LotusPay收购一家金融科技公司":
 * a fine, takeover or appointment told about the bank, with nothing of the writer's own, no
 * personal data and no question, is news, even when the failings it was fined for are problem
 * words. True when it answered.
 */
function corporateNews(d: IntentResult, r: ModelReading): boolean {
  const { x, ctx, s, words } = r
  if (ctx.pii > 0 || s.cues.questionStart || ownsIt(words, x.folded)) return false
  const event = intentWords().corporate.find(words, x.folded)
  if (event === null) return false
  d.intent = 'news'
  d.reasons.push(`names a corporate event ("${event}") and nothing of the writer's own: news`)
  return true
}

/** "my", "mijn", "mein", "ma", "mi", "我的", "حسابي": the writer's own account, card or money. */
function ownsIt(words: readonly string[], folded: string): boolean {
  return (
    words.some((w) => MY_WORDS.has(w)) ||
    folded.includes('我的') ||
    /(?:حسابي|بطاقتي|فلوسي|راتبي)/.test(folded)
  )
}

/** "Lotus Bank Q3 net profit falls 8%": results are news when no problem, charge or personal data is named. */
function resultsNews(d: IntentResult, r: ModelReading): void {
  const { x, words } = r
  const figure = intentWords().results.find(words, x.folded)
  if (figure !== null && intentWords().charges.find(words, x.folded) === null) {
    d.intent = 'news'
    d.reasons.push(`names the bank's results ("${figure}") and no problem: news, not a complaint`)
  }
}

/** A question about a problem is a complaint; other questions are questions; link spam. */
function questionsAndLinks(d: IntentResult, r: ModelReading): void {
  const { x, s, ctx, cues, words } = r
  // A question about a named problem ("why was I charged twice?") is care's work: a
  // complaint. Chatter that asks something is a question.
  // The model may call "如果转账失败了，会退手续费吗？" a complaint from its problem words alone.
  const asksIf =
    d.intent === 'complaint' && /[?？؟]/.test(x.text) && ctx.pii === 0 && isHypothetical(words, x.folded)
  if ((d.intent === 'question' || asksIf) && cues.problem && !cues.abuse) {
    if (ctx.pii === 0 && isHypothetical(words, x.folded)) {
      d.intent = 'question'
      // "转账失败的话会退手续费吗？", "if a transfer fails, do I get the fee back?": asks what
      // happens when, names nothing that happened to the writer.
      d.reasons.push(`asks what happens if ("${cues.problem}"), names no harm done: a question`)
    } else if (ctx.pii === 0 && intentWords().isPolicyQuestion(cues.problem, words, x.folded)) {
      // "Does Northwind refund the fee?": asking how refunds or fees work names no harm
      // done to the writer ("refund my", "charged twice" would); a question, not care's work.
      d.reasons.push(`asks about a refund or a charge ("${cues.problem}") and names no harm done: a question`)
    } else {
      d.intent = 'complaint'
      d.reasons.push('asks about a concrete problem')
    }
  } else if (
    (d.intent === 'other' || (d.intent === 'troll' && !cues.abuse)) &&
    (s.cues.questionStart || /[?？؟]/.test(x.text))
  ) {
    // A troll reading with no abusive word that asks something is a question.
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
  if (d.intent !== 'spam') promotion(d, r)
}

/** The writer's own: "my card", "mijn pas", "我的卡" (a problem that happened to them). */
const MY_WORDS = new Set(['my', 'mijn', 'mein', 'meine', 'meinen', 'meiner', 'ma', 'mon', 'mes', 'mi', 'mis'])

// Arabic "if" as a whole word: as a substring "اذا" is also inside "لماذا" ("why").
const ARABIC_IF_RE = /(?:^|[\s،,.؟])(?:اذا|لو|في حال)(?=\s)/u

/** A conditional question that names nothing of the writer's own. */
function isHypothetical(words: readonly string[], folded: string): boolean {
  if (intentWords().hypothetical.find(words, folded) === null && !ARABIC_IF_RE.test(folded)) return false
  return !words.some((w) => MY_WORDS.has(w)) && !folded.includes('我的')
}

/** The writer's own thing ("my video", "onze pagina", "我的"): what a call to act promotes. */
const OWN_WORDS = new Set([
  'my',
  'our',
  'mijn',
  'onze',
  'ons',
  'mein',
  'meine',
  'meinen',
  'unser',
  'unsere',
  'unseren',
  'ma',
  'mon',
  'mes',
  'notre',
  'nos',
  'mi',
  'mis',
  'nuestro',
  'nuestra',
  'nuestros',
])

/**
 * Comment spam: a call to the reader to act ("check out", "subscribe", "klik hier",
 * "abonnez-vous", "关注我") pointing at a link, a handle or the writer's own channel, in a post
 * that names no banking problem, is promotion. A bank's own account is exempt (its campaigns
 * are marketing, not spam); a post with "?" that the model calls a question asks something.
 */
function promotion(d: IntentResult, r: ModelReading): void {
  const { x, s, ctx, cues, words } = r
  if (cues.problem || ctx.brandAccount) return
  const asks = d.intent === 'question' && /[?？؟]/.test(x.text)
  if (
    !(
      d.intent === 'other' ||
      d.intent === 'praise' ||
      d.intent === 'troll' ||
      (d.intent === 'question' && !asks)
    )
  )
    return
  const cta = intentWords().callToAction.find(words, x.folded)
  if (cta === null) return
  const own = words.some((w) => OWN_WORDS.has(w)) || x.folded.includes('我的')
  if (s.urls === 0 && s.handles === 0 && !own) return
  d.intent = 'spam'
  d.reasons.push(
    `call to act ("${cta}") with ${s.urls > 0 ? 'a link' : s.handles > 0 ? 'a handle' : "the writer's own channel"} and no banking problem`,
  )
}
