/**
 * The local trainer (scripts/train-sentiment.mjs) and the red-team sets: with them the Chinese
 * table learns a neutral class (its research data has none), without them it stays two-class,
 * and blind set 15 onwards can never be trained on. Runs the built code (`pnpm exec tsc -b` first) on
 * a few posts written here, never the research data.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const script = new URL('../../scripts/train-sentiment.mjs', import.meta.url).pathname

/** A data folder shaped like the research data: a few two-class Chinese items (and an English file it checks for). */
function tinyData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-train-local-'))
  const zh = [
    ['服务很好，很满意', 'positive'],
    ['非常好，推荐', 'positive'],
    ['太差了，再也不来', 'negative'],
    ['很失望，态度差', 'negative'],
  ]
  const lines = Array.from({ length: 6 }, (_, r) =>
    zh.map(([text, label], i) =>
      JSON.stringify({ id: `zh-t-${r}-${i}`, text: `${text}${r}`, label, source: 'weibo' }),
    ),
  ).flat()
  mkdirSync(join(dir, 'zh'))
  mkdirSync(join(dir, 'en'))
  writeFileSync(join(dir, 'zh', 'train.jsonl'), `${lines.join('\n')}\n`)
  writeFileSync(join(dir, 'en', 'train.jsonl'), '')
  return dir
}

function train(freshSets: string, more: string[] = []) {
  const data = tinyData()
  const out = join(data, 'model.json')
  const r = spawnSync(
    process.execPath,
    [
      script,
      '--data',
      data,
      '--out',
      out,
      '--langs',
      'zh',
      '--bits',
      '12',
      '--shipped-mix',
      '0',
      '--fresh-sets',
      freshSets,
      ...more,
    ],
    { encoding: 'utf8' },
  )
  return { status: r.status, out: `${r.stdout}${r.stderr}`, model: out }
}

describe('train-sentiment.mjs with the red-team sets', () => {
  it('gives Chinese a neutral class learnt from the sets; without them it stays two-class', () => {
    const withSets = train('5')
    expect(withSets.status, withSets.out).toBe(0)
    const meta = JSON.parse(readFileSync(withSets.model, 'utf8'))
    expect(meta.langs.zh.classes).toEqual(['negative', 'neutral', 'positive'])
    expect(meta.sources.zh.join(' ')).toContain('sentiment-fresh-{5}')

    const without = train('none')
    expect(without.status, without.out).toBe(0)
    expect(JSON.parse(readFileSync(without.model, 'utf8')).langs.zh.classes).toEqual(['negative', 'positive'])
  }, 120_000)

  it('refuses to train on blind set 15 and later', () => {
    const r = train('12,15')
    expect(r.status).not.toBe(0)
    expect(r.out).toContain('set 15 and later are blind')
  }, 60_000)

  it('marks the tables it writes as fitted with the discourse cues on --cues 1, and not by default', () => {
    const withCues = train('5', ['--cues', '1'])
    expect(withCues.status, withCues.out).toBe(0)
    expect(JSON.parse(readFileSync(withCues.model, 'utf8')).langs.zh.cues).toBe(true)
    const without = train('5')
    expect(without.status, without.out).toBe(0)
    expect(JSON.parse(readFileSync(without.model, 'utf8')).langs.zh.cues).toBeUndefined()
  }, 120_000)
})
