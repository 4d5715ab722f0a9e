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
import { type LinearModel, loadLinearModel } from './linear.js'
import { sentimentModelConfig } from './model-config.js'

interface Candidate {
  kind: Exclude<SentimentModelKind, 'lexicon'>
  path: string
  /** An explicitly chosen file must load; a default one may be absent or stale. */
  required: boolean
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
    // auto: local, else the lexicon. The shipped model is opt-in until it beats the lexicon.
    cfg.mode === 'lexicon'
      ? []
      : cfg.mode === 'local'
        ? [local]
        : cfg.mode === 'shipped'
          ? [shipped]
          : [local]
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

  /** The first candidate that loads; throws only for a required file at start-up. */
  function resolveModel(startup: boolean): Loaded {
    for (const c of list) {
      try {
        const m = loadLinearModel(c.path, c.required, tell)
        if (m !== null)
          return { kind: c.kind, model: m, version: `${c.kind === 'trained' ? 'local' : c.kind}@${m.hash}` }
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
