/**
 * Which sentiment model answers, from configuration (`VIGIL_SENTIMENT_*`), read by the
 * factories, never at import:
 *
 *   VIGIL_SENTIMENT_MODEL  auto (default) | shipped | local | lexicon
 *     auto     the local model when present and built by this feature code, else the shipped
 *              model in the languages its metadata lists as `autoLangs` (chosen on our own
 *              posts by scripts/choose-auto-langs.mjs) and the lexicon in the others; re-made
 *              when a file appears
 *     shipped  only the committed model trained on openly licensed data (error if missing)
 *     local    only the locally trained model (research data and/or corrections; error if missing)
 *     lexicon  only the hand-written lexicon
 *   VIGIL_SENTIMENT_SHIPPED_PATH  default: <package>/models/sentiment-shipped.json
 *   VIGIL_SENTIMENT_LOCAL_PATH    default: <VIGIL_CACHE_DIR>/nlp/sentiment-model.json, where
 *                                 VIGIL_CACHE_DIR defaults to <workspace root>/.cache
 *   VIGIL_MODEL_RELOAD_MS         how often the model file's mtime is checked (default 5000; 0: never)
 */
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const SENTIMENT_MODES = ['auto', 'shipped', 'local', 'lexicon'] as const
export type SentimentMode = (typeof SENTIMENT_MODES)[number]

export interface SentimentModelConfig {
  mode: SentimentMode
  shippedPath: string
  localPath: string
  /** Milliseconds between checks of the model files' mtimes; 0 turns hot reload off. */
  reloadMs: number
}

type Env = Record<string, string | undefined>

class SentimentConfigError extends Error {
  readonly code = 'VIGIL_ERR_CONFIG'
}

/** The package's own model folder (dist/sentiment/… → models/). */
export function defaultShippedPath(): string {
  return fileURLToPath(new URL('../../models/sentiment-shipped.json', import.meta.url))
}

/** The folder holding pnpm-workspace.yaml above this package, or the working directory. */
export function workspaceRoot(from = fileURLToPath(import.meta.url)): string {
  let dir = dirname(from)
  for (;;) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir
    const up = dirname(dir)
    if (up === dir) return process.cwd()
    dir = up
  }
}

export function defaultCacheDir(env: Env = process.env): string {
  return resolve(env.VIGIL_CACHE_DIR ?? join(workspaceRoot(), '.cache'))
}

export function defaultLocalPath(env: Env = process.env): string {
  return join(defaultCacheDir(env), 'nlp', 'sentiment-model.json')
}

export function sentimentModelConfig(env: Env = process.env): SentimentModelConfig {
  const mode = (env.VIGIL_SENTIMENT_MODEL ?? 'auto').trim() || 'auto'
  if (!(SENTIMENT_MODES as readonly string[]).includes(mode)) {
    throw new SentimentConfigError(
      `VIGIL_SENTIMENT_MODEL is "${mode}"; expected one of ${SENTIMENT_MODES.join(', ')}`,
    )
  }
  const reload = env.VIGIL_MODEL_RELOAD_MS === undefined ? 5000 : Number(env.VIGIL_MODEL_RELOAD_MS)
  if (!Number.isFinite(reload) || reload < 0) {
    throw new SentimentConfigError(`VIGIL_MODEL_RELOAD_MS is "${env.VIGIL_MODEL_RELOAD_MS}"; expected ms ≥ 0`)
  }
  return {
    mode: mode as SentimentMode,
    shippedPath: resolve(env.VIGIL_SENTIMENT_SHIPPED_PATH ?? defaultShippedPath()),
    localPath: resolve(env.VIGIL_SENTIMENT_LOCAL_PATH ?? defaultLocalPath(env)),
    reloadMs: reload,
  }
}
