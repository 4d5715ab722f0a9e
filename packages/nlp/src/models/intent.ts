/**
 * The intent model in the models directory, as the sentiment model (registry.ts, watcher.ts):
 * every model vigil-train publishes is kept under its own version, `intent/CURRENT` names the
 * one in force, and a running enricher swaps to a new one between two batches, without a
 * restart. Layout:
 *
 *   <dir>/intent/<version>/intent.json   metadata (intent-model.ts format)
 *   <dir>/intent/<version>/intent.bin    Int8 weights
 *   <dir>/intent/CURRENT                 one line: the version in force
 *
 * A version is `<content hash>-<UTC time>`, the hash being the loader's digest of both files,
 * so a copy cut short or altered later no longer matches its name and is refused. Mentions
 * scored by a published version carry `models.intent = "intent-local@<version>"`.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import {
  type IntentModel,
  type IntentSignals,
  intentProbabilities,
  loadIntentModel,
} from '../intent-model.js'
import {
  currentOnShelf,
  defaultModelsDir,
  hashOfVersion,
  ModelRegistryError,
  type ModelShelf,
  type PublishedModel,
  publishOnShelf,
} from './registry.js'
import { type ModelCheck, throttledLooks } from './watcher.js'

const MODEL_FILE = 'intent.json'
const WEIGHTS_FILE = 'intent.bin'

export const intentDir = (modelsDir: string) => join(modelsDir, 'intent')
export const intentModelPathOf = (modelsDir: string, version: string) =>
  join(intentDir(modelsDir), version, MODEL_FILE)

/** What the intent classifier reads before each post: the model in force and its version. */
export interface IntentModelSource {
  /** null: the hand-written rules answer. */
  readonly model: IntentModel | null
  /** `intent-shipped@<hash>`, `intent-local@<version>` or `intent-rules@builtin`. */
  readonly version: string
}

/** A source that never changes (a file read at start-up, or the rules). */
export function fixedIntentModel(model: IntentModel | null): IntentModelSource {
  return { model, version: model?.version ?? 'intent-rules@builtin' }
}

const intentShelf = (modelsDir: string): ModelShelf => ({ dir: intentDir(modelsDir), modelFile: MODEL_FILE })

/** The intent version in force, or null when none was published. */
export function currentIntentModel(modelsDir: string): PublishedModel | null {
  return currentOnShelf(intentShelf(modelsDir))
}

/**
 * Copy a trained intent model (metadata + weights, as train-intent.mjs writes them) into the
 * models directory under a new version, check that it loads, then point CURRENT at it.
 */
export function publishIntentModel(modelsDir: string, trainedPath: string, at = new Date()): PublishedModel {
  const meta = JSON.parse(readFileSync(trainedPath, 'utf8')) as { file?: unknown }
  const weights = meta.file
  if (typeof weights !== 'string')
    throw new ModelRegistryError(`${trainedPath} is not an intent model (no weights file)`)
  return publishOnShelf(
    intentShelf(modelsDir),
    at,
    (staging) => {
      writeFileSync(join(staging, WEIGHTS_FILE), readFileSync(join(dirname(trainedPath), weights)))
      writeFileSync(join(staging, MODEL_FILE), JSON.stringify({ ...meta, file: WEIGHTS_FILE }))
    },
    (file) => hashOf(loadIntentModel(file, true)!),
  )
}

const hashOf = (m: IntentModel) => m.version.slice(m.version.indexOf('@') + 1)

/** A post every model must score to finite probabilities before it may answer. */
const PROBE: IntentSignals = {
  folded: 'my card was charged twice, please refund',
  text: 'My card was charged twice, please refund',
  lang: 'en',
  sentimentScore: -0.5,
  lexPos: 0,
  lexNeg: 1,
  cues: { problem: true, abuse: false, spam: false, praise: false, resolved: false, questionStart: false },
  urls: 0,
  hashtags: 0,
  handles: 0,
  pii: 0,
  failure: false,
  recoveryOffer: false,
  platform: 'x',
  brandAccount: false,
}

/** A published version, checked: its files hash to its name and it scores the probe. */
function loadPublishedIntent(p: PublishedModel): IntentModel {
  const expected = hashOfVersion(p.version)
  if (expected === null) throw new Error(`"${p.version}" is not a model version (<hash>-<time>)`)
  const model = loadIntentModel(p.path, true)!
  const hash = hashOf(model)
  if (hash !== expected)
    throw new Error(`files hash to ${hash}, the version says ${expected}: incomplete or altered`)
  const probs = intentProbabilities(model, PROBE, new Float64Array(model.k))
  if (!probs.every(Number.isFinite)) throw new Error('scores a test post as NaN')
  return { ...model, version: `intent-local@${p.version}` }
}

export interface IntentModelWatcher {
  /** Stable: always the model in force. Give it to createEnricher (`intentModel`). */
  readonly source: IntentModelSource
  /** What happened at construction (a published version loaded or refused). */
  readonly initial: ModelCheck
  /** Look at CURRENT (at most every `intervalMs`); swap to a new version that loads. */
  check(): ModelCheck
}

export interface IntentModelWatcherOptions {
  modelsDir: string
  /** Answers while nothing is published: the configured model (shipped file or rules). */
  fallback: IntentModelSource
  /** Minimum milliseconds between two looks at CURRENT (default 0: every call). */
  intervalMs?: number
  now?: () => number
}

export function createIntentModelWatcher(opts: IntentModelWatcherOptions): IntentModelWatcher {
  let current: IntentModelSource = opts.fallback
  /** The version CURRENT named when last looked at ('' = none). */
  let seen = ''

  function look(): ModelCheck {
    const published = currentIntentModel(opts.modelsDir)
    if (published === null || published.version === seen) return { kind: 'unchanged' }
    seen = published.version
    let model: IntentModel
    try {
      model = loadPublishedIntent(published)
    } catch (err) {
      return { kind: 'refused', version: published.version, reason: (err as Error).message }
    }
    const from = current.version
    current = fixedIntentModel(model)
    return { kind: 'swapped', from, to: current.version }
  }

  return {
    source: {
      get model() {
        return current.model
      },
      get version() {
        return current.version
      },
    },
    ...throttledLooks(look, opts.intervalMs, opts.now),
  }
}

/**
 * For one-shot tools (vigil-enrich): the intent version published in the models directory
 * (`VIGIL_MODELS_DIR`) when there is one and it loads, else the configured model (`path`; null:
 * the rules, and then nothing published is read either).
 */
export function publishedOrConfiguredIntent(
  path: string | null,
  required: boolean,
  env: Record<string, string | undefined> = process.env,
): IntentModelSource {
  const configured = fixedIntentModel(path === null ? null : loadIntentModel(path, required))
  if (path === null) return configured
  return createIntentModelWatcher({ modelsDir: defaultModelsDir(env), fallback: configured }).source
}
