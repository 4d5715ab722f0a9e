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
 *     number is a complaint; a problem named as solved with thanks is praise;
 *   - how the post ends (intent-resolution.ts): put right and thanked, sarcastic thanks,
 *     a question to the feed, contempt for staff, a recovery or account-data scam reply.
 * Without a model file the hand-written rules (intent.ts) answer.
 */
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { classifyIntent, type IntentInput, type IntentResult } from './intent.js'
import { applyContext, type IntentContext } from './intent-context.js'
import { contactChannel, failureTold, recoveryOffer } from './intent-grammar.js'
import { IntentMemory } from './intent-memory.js'
import {
  INTENT_CLASSES,
  type IntentSignals,
  intentOf,
  intentProbabilities,
  loadIntentModel,
  marksQuestion,
} from './intent-model.js'
import { applyProductRules } from './intent-overrides.js'
import { applyResolution, prepareResolution } from './intent-resolution.js'
import { applySecondLook, prepareSecondLook } from './intent-second-look.js'
import { applyShape, prepareShape } from './intent-shape.js'
import { applySocialShape, prepareSocialShape } from './intent-social-shape.js'
import { applyStakes, prepareStakes } from './intent-stakes.js'
import { type CueHits, intentWords } from './intent-words.js'
import { fixedIntentModel, type IntentModelSource } from './models/intent.js'
import type { WordTable } from './perf/word-table.js'
import { lexiconSentiment } from './sentiment/score.js'
import { tokenize } from './text.js'

export { articleSignal, type IntentContext } from './intent-context.js'

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

export function signalsOf(
  x: IntentInput,
  ctx: IntentContext,
  words: readonly string[],
  cues: CueHits = intentWords().all.find(words, x.folded, x.words !== undefined ? x.row : undefined),
): IntentSignals {
  const w = intentWords()
  const questionStart = w.questionStart.find(words, x.folded, true) !== null
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
      questionStart,
    },
    urls: x.urls.length,
    hashtags: x.hashtags.length,
    handles: x.handles.length,
    pii: ctx.pii,
    // The model reads a failure told only in a post that asks (intent-model.ts, slot 27):
    // elsewhere the grammar's regexes could not change a probability.
    failure: (questionStart || marksQuestion(x.text)) && failureTold(x.folded),
    recoveryOffer:
      recoveryOffer(x.folded) !== null && contactChannel(x.folded, x.handles.length, ctx.pii > 0),
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

/**
 * Every intent cue list built, then their opening words put in an enricher's word table: a
 * post's row then hands the rules their candidates without a look-up (intent-word-pass.ts).
 */
export function registerIntentWords(table: WordTable): void {
  intentWords()
  prepareSecondLook()
  prepareShape()
  prepareSocialShape()
  prepareResolution()
  prepareStakes()
  intentWords().all.register(table)
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
    if (model === null)
      return applyContext(classifyIntent(x), x, ctx, memory, {
        abuse: null,
        promo: false,
        concrete: false,
        trollP: 0,
      })
    const cues = intentWords().all.find(words, x.folded, x.words !== undefined ? x.row : undefined)
    const s = signalsOf(x, ctx, words, cues)
    const p = intentProbabilities(model, s, probs)
    let best = 0
    for (let c = 1; c < p.length; c++) if (p[c]! > p[best]!) best = c
    const intent = intentOf(best)
    const d: IntentResult = { intent, reasons: [`model: ${intent} ${pct(p[best]!)}`] }
    const reading = { x, ctx, s, cues, words, p }
    applyProductRules(d, reading)
    applySecondLook(d, reading)
    applyShape(d, reading)
    applySocialShape(d, reading)
    applyResolution(d, reading)
    applyStakes(d, reading)
    return applyContext(d, x, ctx, memory, {
      abuse: cues.abuse,
      promo: Boolean(cues.spam),
      concrete: cues.problem !== null && intentWords().concreteProblem(words, x.folded) !== null,
      trollP: p[INTENT_CLASSES.indexOf('troll')]!,
    })
  }

  return {
    get version() {
      return source.version
    },
    classify,
  }
}
