/**
 * Intent, as the enricher asks for it: the trained model (intent-model.ts) reads the text
 * and its shape; then signals beyond the text, each recorded as a reason:
 *   - the platform: a post on `news` (a publisher's article) is news, never a complaint;
 *   - the same text from many authors within a day (a coordinated raid or a spam run);
 *   - the author's history in this enricher's bounded memory (posting rate, share of
 *     abusive posts): a repeat abuser's insult is troll even when the model hesitates;
 *   - link-heavy promotion: several links with a promotional cue is spam;
 *   - the product rules that the model must not break: an angry customer who names a
 *     concrete problem is a complaint, not a troll; "charged twice, refund" with a card
 *     number is a complaint; a problem named as solved with thanks is praise.
 * Without a model file the hand-written rules (intent.ts) answer.
 */
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Intent } from '@vigil/schema'
import { classifyIntent, type IntentInput, type IntentResult } from './intent.js'
import { type AuthorStats, IntentMemory } from './intent-memory.js'
import { type IntentSignals, intentOf, intentProbabilities, loadIntentModel } from './intent-model.js'
import { type CueHits, intentWords } from './intent-words.js'
import { fixedIntentModel, type IntentModelSource } from './models/intent.js'
import { isSarcasticThanks } from './sentiment/sarcasm.js'
import type { LexiconScore } from './sentiment/score.js'
import { lexiconSentiment } from './sentiment/score.js'
import { tokenize } from './text.js'

/** What the enricher knows of the post beyond IntentInput. */
export interface IntentContext {
  lang: string
  /** Number of personal-data kinds found. */
  pii: number
  platform: string | null
  authorId: string | null
  brandAccount: boolean
  /** Event time, ISO-8601 (author rates). */
  createdAt: string | null
  evidence: LexiconScore
}

export interface IntentClassifier {
  /** `intent-shipped@<hash>`, `intent-local@<version>` (published), or `intent-rules@builtin`. */
  readonly version: string
  classify(x: IntentInput, ctx: IntentContext): IntentResult
}

export interface IntentClassifierOptions {
  /** Model file; `null`: the rules only. */
  modelPath: string | null
  /** A missing file is an error (default); false: the rules answer instead. */
  required?: boolean
  /** Bounded memory sizes (authors, distinct texts); 0 turns the history signals off. */
  memory?: { authors: number; texts: number }
  /**
   * The model, read before each post (the models watcher's, which swaps published versions
   * between batches, keeping this classifier's memory of authors and texts); overrides modelPath.
   */
  model?: IntentModelSource
}

/** A publisher's handle or name ("Reuters", "nos", "@FT") also marks news on other platforms. */
const PUBLISHER_RE =
  /^(?:reuters|bloomberg|ft|financialtimes|bbcnews|bbcbusiness|nos|nosnieuws|rtlnieuws|handelsblatt|lesechos|elpais|expansion|xinhua|caixin|alarabiya|aljazeera|cnbc|wsj|afp|ap|dpa|anp)/i

/** What marks an article: the news platform, a publisher's account, or a link to the piece. */
export function articleSignal(
  x: Pick<IntentInput, 'urls'>,
  ctx: Pick<IntentContext, 'platform' | 'authorId'>,
): boolean {
  return (
    ctx.platform === 'news' || (ctx.authorId !== null && PUBLISHER_RE.test(ctx.authorId)) || x.urls.length > 0
  )
}

export function signalsOf(
  x: IntentInput,
  ctx: IntentContext,
  words: readonly string[],
  cues: CueHits = intentWords().all.find(words, x.folded, x.words !== undefined ? x.row : undefined),
): IntentSignals {
  const w = intentWords()
  return {
    folded: x.folded,
    text: x.text,
    lang: ctx.lang,
    sentimentScore: lexiconSentiment(ctx.evidence).score,
    lexPos: ctx.evidence.pos,
    lexNeg: ctx.evidence.neg,
    cues: {
      problem: cues.problem !== null,
      abuse: cues.abuse !== null,
      spam: cues.spam !== null,
      praise: cues.praise !== null,
      // Read only where it matters (a thank-you): the list scan costs a look-up per word.
      resolved: cues.praise !== null && w.resolved.find(words, x.folded) !== null,
      questionStart: w.questionStart.find(words, x.folded, true) !== null,
    },
    urls: x.urls.length,
    hashtags: x.hashtags.length,
    handles: x.handles.length,
    pii: ctx.pii,
    platform: ctx.platform,
    brandAccount: ctx.brandAccount,
  }
}

/**
 * The intent model file from configuration: VIGIL_INTENT_MODEL=rules → none;
 * VIGIL_INTENT_MODEL_PATH, else the package's models/intent-shipped.json.
 */
export function defaultIntentModelPath(env: Record<string, string | undefined> = process.env): string | null {
  if (env.VIGIL_INTENT_MODEL === 'rules') return null
  return resolve(
    env.VIGIL_INTENT_MODEL_PATH ?? fileURLToPath(new URL('../models/intent-shipped.json', import.meta.url)),
  )
}

const pct = (p: number): string => `${Math.round(p * 100)}%`

export function createIntentClassifier(opts: IntentClassifierOptions): IntentClassifier {
  intentWords()
  const source =
    opts.model ??
    fixedIntentModel(
      opts.modelPath === null ? null : loadIntentModel(opts.modelPath, opts.required !== false),
    )
  const memory = opts.memory === undefined || opts.memory.authors > 0 ? new IntentMemory(opts.memory) : null
  const probs = new Float64Array(7)

  function classify(x: IntentInput, ctx: IntentContext): IntentResult {
    const model = source.model
    const words = x.words ?? tokenize(x.folded).words
    if (model === null) return withContext(classifyIntent(x), x, ctx, null, false)
    const cues = intentWords().all.find(words, x.folded, x.words !== undefined ? x.row : undefined)
    const s = signalsOf(x, ctx, words, cues)
    const p = intentProbabilities(model, s, probs)
    let best = 0
    for (let c = 1; c < p.length; c++) if (p[c]! > p[best]!) best = c
    let intent = intentOf(best)
    const reasons = [`model: ${intent} ${pct(p[best]!)}`]
    if (cues.abuse) reasons.push(`abusive term "${cues.abuse}"`)
    if (cues.problem) reasons.push(`problem term "${cues.problem}"`)
    if (cues.spam) reasons.push(`promotional phrase "${cues.spam}"`)
    // Product rules the model may not break.
    const ironic = isSarcasticThanks(x.folded)
    if (intent === 'troll' && cues.problem) {
      intent = 'complaint'
      reasons.push(`abusive term but a concrete problem: angry customer, not a troll`)
    } else if (intent === 'troll') {
      reasons.push('no concrete banking problem named')
    } else if (intent === 'praise' && ironic) {
      intent = cues.problem || s.sentimentScore < 0 ? 'complaint' : 'other'
      reasons.push('ironic thanks ("thanks for nothing")')
    } else if (
      (intent === 'other' || intent === 'question' || (intent === 'spam' && !cues.spam && s.urls === 0)) &&
      ctx.pii > 0 &&
      cues.problem
    ) {
      // A card number next to "blocked" or "charged twice" reads like a scammer's phone
      // number to the model; without a promotional phrase or a link it is a customer.
      intent = 'complaint'
      reasons.push('personal data next to a problem: a customer in trouble')
    } else if (intent === 'other' && cues.problem && s.sentimentScore <= 0) {
      // "can't log in since this morning", "website not loading": a named failure in a post
      // that is not positive is care's work (and the detector's complaint count), whatever
      // the model's share between complaint and chatter.
      intent = 'complaint'
      reasons.push('names a problem and is not positive')
    } else if (intent === 'other' && cues.praise && !cues.problem && !cues.abuse && s.sentimentScore > 0) {
      // 'other' is "nothing for anyone to do": a thank-you in a positive post is not that.
      intent = 'praise'
      reasons.push('praise term in a positive post')
    } else if (
      intent === 'complaint' &&
      ironic === false &&
      s.cues.praise &&
      s.cues.resolved &&
      !cues.abuse
    ) {
      if (p[2]! > 0.2) {
        intent = 'praise'
        reasons.push('thanks for a problem named as solved')
      }
    }
    if (intent === 'news' && s.sentimentScore < 0 && !articleSignal(x, ctx)) {
      // "Northwind suddenly charges new monthly fees, ridiculous" reads like a fee headline to
      // the model; a problem or a charge told in the writer's own negative words, with no
      // publisher, news platform or link behind it, is a customer's complaint, not an article.
      const named = cues.problem ?? intentWords().charges.find(words, x.folded)
      if (named !== null) {
        intent = 'complaint'
        reasons.push(`"${named}" in a negative post with no publisher or link: a customer, not an article`)
      }
    }
    if ((intent === 'troll' || intent === 'other') && s.sentimentScore <= 0 && !cues.praise) {
      // "another €8 'service charge', you thieves": a fee told in angry words is a customer's
      // complaint (fr and ar fee complaints were read as troll), never chatter or abuse.
      const charge = intentWords().charges.find(words, x.folded)
      if (charge !== null) {
        intent = 'complaint'
        reasons.push(`names a charge ("${charge}") in a post that is not positive: a customer, not a troll`)
      }
    } else if ((intent === 'complaint' || intent === 'other') && !cues.problem && ctx.pii === 0) {
      // "Lotus Bank Q3 net profit falls 8%": a bank's results are news, not a complaint,
      // when no problem, charge or personal data is named.
      const figure = intentWords().results.find(words, x.folded)
      if (figure !== null && intentWords().charges.find(words, x.folded) === null) {
        intent = 'news'
        reasons.push(`names the bank's results ("${figure}") and no problem: news, not a complaint`)
      }
    }
    // A question about a named problem ("why was I charged twice?") is care's work: a
    // complaint. Chatter that asks something is a question.
    if (intent === 'question' && cues.problem && !cues.abuse) {
      if (ctx.pii === 0 && intentWords().isPolicyQuestion(cues.problem, words, x.folded)) {
        // "Does Northwind refund the fee?": asking how refunds or fees work names no harm
        // done to the writer ("refund my", "charged twice" would); a question, not care's work.
        reasons.push(`asks about a refund or a charge ("${cues.problem}") and names no harm done: a question`)
      } else {
        intent = 'complaint'
        reasons.push('asks about a concrete problem')
      }
    } else if (intent === 'other' && (s.cues.questionStart || /[?？؟]/.test(x.text))) {
      intent = 'question'
      reasons.push('question mark or question word')
    }
    if (s.urls >= 2 && cues.spam && intent !== 'spam') {
      intent = 'spam'
      reasons.push(`${s.urls} links with a promotional phrase`)
    } else if (
      cues.spam &&
      !cues.problem &&
      intent !== 'spam' &&
      intent !== 'complaint' &&
      intent !== 'news'
    ) {
      // "check out my channel", "sub4sub": comment spam, whatever else the text says; the
      // model, which learnt spam from links and earnings, reads it as chatter or praise.
      const promo = intentWords().selfPromo.find(words, x.folded)
      if (promo !== null) {
        intent = 'spam'
        reasons.push(`self-promotion ("${promo}") and no banking problem`)
      }
    }
    return withContext({ intent, reasons }, x, ctx, cues.abuse, Boolean(cues.spam))
  }

  /** Signals beyond the text: platform, publisher, duplicates, the author's history. */
  function withContext(
    r: IntentResult,
    x: IntentInput,
    ctx: IntentContext,
    abuse: string | null,
    /** The text has a promotional phrase ("free money", "dm me", "免费领取", …). */
    promo: boolean,
  ): IntentResult {
    let { intent } = r
    const reasons = [...r.reasons]
    const publisher = ctx.platform === 'news' || (ctx.authorId !== null && PUBLISHER_RE.test(ctx.authorId))
    if (publisher && intent !== 'spam' && !ctx.brandAccount) {
      if (intent !== 'news')
        reasons.push(
          `${ctx.platform === 'news' ? 'news platform' : 'publisher account'}: an article, not a customer`,
        )
      intent = 'news'
    }
    if (memory !== null) {
      const dup = memory.sameText(x.folded, ctx.authorId, ctx.createdAt)
      const stats: AuthorStats | null =
        ctx.authorId === null
          ? null
          : memory.author(ctx.authorId, ctx.createdAt, intent === 'troll' || abuse !== null)
      if (dup >= 3) {
        reasons.push(`same text from ${dup} authors within a day`)
        // A crowd writing the same words ("app down again?? cannot log in", "charged twice,
        // please refund", "love the new app") is customers, the very voice Vigil must count, not
        // a raid. Repeated words make a raid only when they are abusive, and a spam run only when
        // they promote (a promotional phrase, or a link that is not a customer's complaint or question).
        if (intent !== 'troll' && intent !== 'spam' && intent !== 'news') {
          if (abuse !== null) intent = 'troll'
          else if (promo || (x.urls.length > 0 && intent !== 'complaint' && intent !== 'question'))
            intent = 'spam'
        }
      }
      if (stats !== null && stats.posts >= 3) {
        if (
          stats.abusive / stats.posts >= 0.5 &&
          abuse !== null &&
          intent !== 'troll' &&
          intent !== 'complaint'
        ) {
          intent = 'troll'
        }
        if (stats.abusive / stats.posts >= 0.5)
          reasons.push(`author: ${stats.abusive} of ${stats.posts} recent posts abusive`)
        if (stats.perHour >= 20) {
          reasons.push(`author posts ${Math.round(stats.perHour)} times an hour`)
          if (x.urls.length > 0 && intent !== 'complaint' && intent !== 'news') intent = 'spam'
        }
      }
    }
    return { intent: intent as Intent, reasons }
  }

  return {
    get version() {
      return source.version
    },
    classify,
  }
}
