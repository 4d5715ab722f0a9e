/**
 * The linear sentiment model that answers now (index.ts scores with it): the first candidate
 * file that loads, chosen by configuration, or the lexicon. Every `reloadMs` the mtimes of
 * the candidates are compared with what was loaded; when one changed (or appeared) the new
 * file is loaded completely and only then swapped in, so a post is always scored by one whole
 * model. A file that fails to load leaves the previous model answering, the reason in `note`
 * and in a process warning (code VIGIL_SENTIMENT_MODEL_NOT_LOADED): the lexicon standing in
 * for a model that was meant to answer changes every sentiment figure, so it must not be silent.
 */
import { statSync } from 'node:fs'
import type { SentimentModelKind, SentimentOptions } from './index.js'
import { autoLangsOnly, type LinearModel, loadLinearModel } from './linear.js'
import { sentimentModelConfig } from './model-config.js'
import { DECISION_LAYER } from './resolution.js'

interface Candidate {
  kind: Exclude<SentimentModelKind, 'lexicon'>
  path: string
  /** An explicitly chosen file must load; a default one may be absent or stale. */
  required: boolean
  /** Only the languages the file lists for `auto` (linear.ts `autoLangsOnly`); the lexicon answers the rest. */
  autoOnly?: boolean
}

export interface Loaded {
  kind: SentimentModelKind
  model: LinearModel | null
  version: string
}

const LEXICON: Loaded = { kind: 'lexicon', model: null, version: 'lexicon@builtin' }

function candidatesOf(opts: SentimentOptions): { list: Candidate[]; reloadMs: number } {
  if (opts.modelPath === null) return { list: [], reloadMs: 0 }
  if (typeof opts.modelPath === 'string') {
    return {
      list: [{ kind: 'trained', path: opts.modelPath, required: true }],
      reloadMs: opts.config?.reloadMs ?? 0,
    }
  }
  const cfg = opts.config ?? sentimentModelConfig()
  const local: Candidate = { kind: 'trained', path: cfg.localPath, required: cfg.mode === 'local' }
  const shipped: Candidate = { kind: 'shipped', path: cfg.shippedPath, required: cfg.mode === 'shipped' }
  const list =
    // auto: local, else the shipped model in the languages where it beat the lexicon on our own
    // posts (its `autoLangs`), the lexicon in the others.
    cfg.mode === 'lexicon'
      ? []
      : cfg.mode === 'local'
        ? [local]
        : cfg.mode === 'shipped'
          ? [shipped]
          : [local, { ...shipped, autoOnly: true }]
  return { list, reloadMs: cfg.reloadMs }
}

const mtimeOf = (path: string): number => {
  try {
    return statSync(path).mtimeMs
  } catch {
    return -1
  }
}

export interface HotModel {
  readonly current: Loaded
  /** Why a file was not used (an older build's cache, a broken new file), or null. */
  readonly note: string | null
  /** Check the model files now; true if another model answers since. */
  reload(): boolean
  /** Before each post: checks the files when `reloadMs` has passed since the last check. */
  tick(): void
}

export function createHotModel(opts: SentimentOptions): HotModel {
  const { list, reloadMs } = candidatesOf(opts)
  const now = opts.now ?? Date.now
  let note: string | null = null
  let seen = ''
  let nextCheck = 0

  /** Keep why a file was not used; warn once per distinct reason (reloads repeat it). */
  function tell(reason: string): void {
    if (reason === note) return
    note = reason
    process.emitWarning(reason, { code: 'VIGIL_SENTIMENT_MODEL_NOT_LOADED' })
  }

  /**
   * A model written before this build's decision layer answers as it did (its version says
   * which layer it runs), but without the later rules: round nine's two-class abstention, so a
   * local Chinese table from before it never says neutral (set 7's local zh 0.50 → 0.68 once the
   * layer was on). Named in `note` and warned once, so that whoever reads it retrains.
   */
  function staleLayer(path: string, m: LinearModel): void {
    if (m.decisionLayer >= DECISION_LAYER) return
    const reason = `sentiment model ${path} runs decision layer ${m.decisionLayer}, this build's is ${DECISION_LAYER}: retrain it (scripts/train-sentiment.mjs or bin/vigil-train) for the newer rules`
    if (reason === note) return
    note = reason
    process.emitWarning(reason, { code: 'VIGIL_SENTIMENT_MODEL_OLD_LAYER' })
  }

  /** The first candidate that loads; throws only for a required file at start-up. */
  function resolveModel(startup: boolean): Loaded {
    for (const c of list) {
      try {
        const loaded = loadLinearModel(c.path, c.required, tell)
        const m = loaded !== null && c.autoOnly === true ? autoLangsOnly(loaded) : loaded
        if (m !== null) {
          staleLayer(c.path, m)
          // `shipped-auto`: not every language was answered by the shipped model (the mention's
          // trace must say the lexicon may have answered it).
          const name = c.kind === 'trained' ? 'local' : c.autoOnly === true ? 'shipped-auto' : c.kind
          return { kind: c.kind, model: m, version: `${name}@${m.hash}` }
        }
      } catch (err) {
        if (startup && c.required) throw err
        tell(`sentiment model ${c.path} not loaded: ${(err as Error).message}`)
      }
    }
    return LEXICON
  }

  const stamp = () => list.map((c) => mtimeOf(c.path)).join(',')
  seen = stamp()
  let current = resolveModel(true)
  nextCheck = now() + reloadMs

  function reload(): boolean {
    const s = stamp()
    if (s === seen) return false
    seen = s
    const next = resolveModel(false)
    // A required file that broke keeps the model that was answering.
    if (next === LEXICON && current !== LEXICON && list.every((c) => c.required)) return false
    const swapped = next.version !== current.version
    current = next
    return swapped
  }

  return {
    get current() {
      return current
    },
    get note() {
      return note
    },
    reload,
    tick() {
      if (reloadMs > 0 && list.length > 0) {
        const t = now()
        if (t >= nextCheck) {
          nextCheck = t + reloadMs
          reload()
        }
      }
    },
  }
}
