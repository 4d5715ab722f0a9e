/**
 * The shipped model and the team's own sentiment sets (scripts/train-shipped.mjs, round
 * seventeen, sets 13 and 14 since round eighteen): the committed model is trained on sets 5–14, which
 * are ours and may ship, and on nothing held out (sets 15 and later) or research-only (../shared/data/sentiment); the trainer
 * refuses the held-out sets and a set that would both train the model and choose its lexicon
 * weight. Reads the committed metadata and runs the trainer's argument checks only (no fit).
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const script = new URL('../../scripts/train-shipped.mjs', import.meta.url).pathname
const metaPath = new URL('../../models/sentiment-shipped.json', import.meta.url).pathname
const SET_LANGS = ['en', 'zh', 'ar', 'nl', 'es', 'fr', 'de']

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' })
  return { status: r.status, out: `${r.stdout}${r.stderr}` }
}

describe('the shipped sentiment model and our own sets', () => {
  const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as {
    trainedOn: Record<string, string[]>
    calibratedOn?: string[]
  }

  it('is trained on sets 5–14 in every language they have, and on no held-out set', () => {
    for (const lang of SET_LANGS) {
      const sets = meta.trainedOn[lang]!.map((f) => /sentiment-fresh-(\d+)\.mjs$/.exec(f)?.[1])
        .filter((n) => n !== undefined)
        .map(Number)
      expect(sets, lang).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13, 14])
    }
    // A set it trains on no longer chooses its lexicon weight after the fit.
    expect(meta.calibratedOn).toBeUndefined()
  })

  it('names no research-only source among what it was trained on', () => {
    for (const [lang, files] of Object.entries(meta.trainedOn)) {
      for (const f of files)
        expect(f, lang).not.toMatch(/shared\/data\/sentiment\/|^(en|ar|nl|fr|es|de|zh)\//)
    }
  })

  it('refuses to train on, or leave out and score, held-out set 15', () => {
    const r = run('--own-sets', '14,15', '--out', '/nonexistent/m.json')
    expect(r.status).not.toBe(0)
    expect(r.out).toContain('sets 15 and later are held out')
    const loso = run('--loso', '14,15', '--out', '/nonexistent/m.json')
    expect(loso.status).not.toBe(0)
    expect(loso.out).toContain('sets 15 and later are held out')
  }, 60_000)

  it('refuses a set that would both train the model and choose its lexicon weight', () => {
    const r = run('--own-sets', '5,6', '--calibrate-sets', '6', '--out', '/nonexistent/m.json')
    expect(r.status).not.toBe(0)
    expect(r.out).toContain('a set the model trains on cannot choose its lexicon weight')
  }, 60_000)
})
