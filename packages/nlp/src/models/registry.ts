/**
 * The models directory: every retrained sentiment model kept under its own version, and a
 * `CURRENT` pointer naming the one in force. vigil-train publishes here; the enricher watches
 * the pointer (watcher.ts). Layout:
 *
 *   <dir>/sentiment/<version>/sentiment.json   metadata (linear.ts format)
 *   <dir>/sentiment/<version>/sentiment.<lang>.bin
 *   <dir>/sentiment/CURRENT                    one line: the version in force
 *
 * A version is `<content hash>-<UTC time>` (`3f9a0c1b2d4e-20261205T201500Z`): the hash is the
 * loader's own digest of the files, so a copy that was cut short or altered no longer matches
 * its name and is refused. Publishing writes the version's folder completely, then replaces the
 * pointer by a rename: a reader sees the old version or the new one, never half of one.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { loadLinearModel } from '../sentiment/linear.js'
import { defaultCacheDir } from '../sentiment/model-config.js'

const MODEL_FILE = 'sentiment.json'
const VERSION_RE = /^([0-9a-f]{12})-(\d{8}T\d{6}Z)$/

export class ModelRegistryError extends Error {
  readonly code = 'VIGIL_ERR_MODEL_REGISTRY'
}

/** VIGIL_MODELS_DIR, else <VIGIL_CACHE_DIR>/nlp/models. */
export function defaultModelsDir(env: Record<string, string | undefined> = process.env): string {
  return resolve(env.VIGIL_MODELS_DIR ?? join(defaultCacheDir(env), 'nlp', 'models'))
}

export const sentimentDir = (modelsDir: string) => join(modelsDir, 'sentiment')

/** `20261205T201500Z` */
const stamp = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z')

function versionName(hash: string, at: Date): string {
  return `${hash}-${stamp(at)}`
}

/** The content hash a version name carries, or null when the name is not a version. */
export function hashOfVersion(version: string): string | null {
  return VERSION_RE.exec(version)?.[1] ?? null
}

export interface PublishedModel {
  version: string
  /** The version's metadata file: what the scorer loads. */
  path: string
}

export const modelPathOf = (modelsDir: string, version: string) =>
  join(sentimentDir(modelsDir), version, MODEL_FILE)

/** One kind of model in the models directory: its folder (with CURRENT) and metadata file name. */
export interface ModelShelf {
  dir: string
  modelFile: string
}

/** The version a shelf's CURRENT names, or null when nothing was published (or it is empty). */
export function currentOnShelf(shelf: ModelShelf): PublishedModel | null {
  let version: string
  try {
    version = readFileSync(join(shelf.dir, 'CURRENT'), 'utf8').trim()
  } catch {
    return null
  }
  return version === '' ? null : { version, path: join(shelf.dir, version, shelf.modelFile) }
}

/**
 * Publish on a shelf: `fill` writes the trained model's files into a staging folder, `hashOf`
 * loads and checks the staged metadata file and returns the loader's digest (what the enricher
 * will load is what was checked, and the digest names the version); the folder is then moved
 * into place and CURRENT replaced by a rename.
 */
export function publishOnShelf(
  shelf: ModelShelf,
  at: Date,
  fill: (staging: string) => void,
  hashOf: (stagedModelFile: string) => string,
): PublishedModel {
  const staging = join(shelf.dir, `.staging-${process.pid}-${Date.now()}`)
  mkdirSync(staging, { recursive: true })
  try {
    fill(staging)
    const version = versionName(hashOf(join(staging, shelf.modelFile)), at)
    const dest = join(shelf.dir, version)
    if (existsSync(dest)) rmSync(dest, { recursive: true, force: true })
    renameSync(staging, dest)
    const pointer = join(shelf.dir, 'CURRENT')
    const tmp = `${pointer}.${process.pid}.tmp`
    writeFileSync(tmp, `${version}\n`)
    renameSync(tmp, pointer)
    return { version, path: join(dest, shelf.modelFile) }
  } finally {
    rmSync(staging, { recursive: true, force: true })
  }
}

const sentimentShelf = (modelsDir: string): ModelShelf => ({
  dir: sentimentDir(modelsDir),
  modelFile: MODEL_FILE,
})

/** The version in force, or null when nothing was published (or the pointer is empty). */
export function currentSentimentModel(modelsDir: string): PublishedModel | null {
  return currentOnShelf(sentimentShelf(modelsDir))
}

/**
 * Copy a trained model (metadata + weight files) into the models directory under a new version,
 * check that it loads, then point CURRENT at it. Returns the new version.
 */
export function publishSentimentModel(
  modelsDir: string,
  trainedPath: string,
  at = new Date(),
): PublishedModel {
  const meta = JSON.parse(readFileSync(trainedPath, 'utf8')) as { langs?: Record<string, { file: string }> }
  const langs = meta.langs
  if (langs === undefined) throw new ModelRegistryError(`${trainedPath} is not a sentiment model (no langs)`)
  return publishOnShelf(
    sentimentShelf(modelsDir),
    at,
    (staging) => {
      const renamed: Record<string, unknown> = {}
      for (const [lang, info] of Object.entries(langs)) {
        const file = `sentiment.${lang}.bin`
        copyFileSync(join(dirname(trainedPath), info.file), join(staging, file))
        renamed[lang] = { ...info, file }
      }
      writeFileSync(join(staging, MODEL_FILE), JSON.stringify({ ...meta, langs: renamed }))
    },
    (file) => loadLinearModel(file, true)!.hash,
  )
}
