/**
 * vigil-train's intent gate: a retrained intent model that reads the held-out posts worse than
 * the model in force is not published (exit 3) unless --force; one as good is published. Runs
 * the built command (`pnpm exec tsc -b` first); the candidate is given with --intent-candidate
 * so that no training runs here.
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const bin = new URL('../../bin/vigil-train', import.meta.url).pathname
const shipped = new URL('../../models/intent-shipped.json', import.meta.url).pathname

/** The shipped model's metadata with all-zero weights: every post gets the same logits. */
function blankModel(dir: string): string {
  const meta = JSON.parse(readFileSync(shipped, 'utf8')) as { file: string }
  const size = statSync(new URL(`../../models/${meta.file}`, import.meta.url)).size
  writeFileSync(join(dir, 'blank.bin'), Buffer.alloc(size))
  const path = join(dir, 'blank.json')
  writeFileSync(path, JSON.stringify({ ...meta, file: 'blank.bin' }))
  return path
}

function train(modelsDir: string, candidate: string, ...more: string[]) {
  const r = spawnSync(
    process.execPath,
    [
      bin,
      '--task',
      'intent',
      '--corrections',
      'none',
      '--models-dir',
      modelsDir,
      '--intent-candidate',
      candidate,
      ...more,
    ],
    { encoding: 'utf8', env: { ...process.env, VIGIL_INTENT_MODEL_PATH: undefined } },
  )
  return { status: r.status, out: `${r.stdout}${r.stderr}` }
}

const current = (modelsDir: string) => join(modelsDir, 'intent', 'CURRENT')

describe('vigil-train intent gate', () => {
  it('refuses a worse intent model (exit 3, nothing published) and publishes it with --force', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-intent-gate-'))
    const models = join(dir, 'models')
    const blank = blankModel(dir)
    const refused = train(models, blank)
    expect(refused.status, refused.out).toBe(3)
    expect(refused.out).toMatch(
      /intent model not published: worse than the model in force by more than 0\.02 on all own held-out -0\.\d+/,
    )
    expect(existsSync(current(models))).toBe(false)

    const forced = train(models, blank, '--force')
    expect(forced.status, forced.out).toBe(0)
    expect(readFileSync(current(models), 'utf8').trim()).toMatch(/^[0-9a-f]{12}-\d{8}T\d{6}Z$/)
  }, 120_000)

  it('publishes a model that reads the held-out posts as well as the one in force', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-intent-gate-'))
    const models = join(dir, 'models')
    copyFileSync(shipped, join(dir, 'same.json'))
    const meta = JSON.parse(readFileSync(shipped, 'utf8')) as { file: string }
    copyFileSync(new URL(`../../models/${meta.file}`, import.meta.url), join(dir, meta.file))
    const r = train(models, join(dir, 'same.json'))
    expect(r.status, r.out).toBe(0)
    expect(r.out).toMatch(/all\s+own held-out\s+\d+\s+0\.\d{3}\s+0\.\d{3}\s+\+0\.000/)
    expect(existsSync(current(models))).toBe(true)
  }, 120_000)

  it('measures before against the published version in force, not the shipped model', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-intent-gate-'))
    const models = join(dir, 'models')
    const blank = blankModel(dir)
    expect(train(models, blank, '--force').status).toBe(0)
    // The blank version is in force now: the shipped model is better than it and passes.
    const r = train(models, shipped)
    expect(r.status, r.out).toBe(0)
    expect(r.out).toMatch(/before = intent-local@/)
  }, 120_000)
})
