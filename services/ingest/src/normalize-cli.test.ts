import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { loadBrands } from '@vigil/config'
import { validateMention } from '@vigil/schema'
import { beforeAll, describe, expect, it } from 'vitest'
import { FORMATS, OwnAccounts, readPayload } from './connectors/index.js'

const bin = fileURLToPath(new URL('../bin/vigil-normalize', import.meta.url))
const fixtures = new URL('../fixtures/', import.meta.url)
const receivedAt = '2026-12-05T12:00:00.000Z'

function run(args: string[], input?: Buffer | string) {
  const r = spawnSync(bin, args, { input, encoding: 'utf8', env: { ...process.env, VIGIL_RECEIVED_AT: '' } })
  const lines = (s: string) =>
    s
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as Record<string, unknown>)
  return { status: r.status, out: lines(r.stdout), err: lines(r.stderr), stderr: r.stderr }
}

beforeAll(() => {
  if (!existsSync(fileURLToPath(new URL('../dist/normalize-cli.js', import.meta.url)))) {
    throw new Error('services/ingest is not built: run pnpm run build before this test')
  }
})

describe('vigil-normalize', () => {
  it('writes, for every fixture of every format, exactly the mentions ingest makes of it, each schema-valid', () => {
    const ctx = { receivedAt, accounts: new OwnAccounts(loadBrands()) }
    for (const format of FORMATS) {
      for (const f of readdirSync(new URL(`${format}/`, fixtures))) {
        const path = fileURLToPath(new URL(`${format}/${f}`, fixtures))
        const r = run(['--format', format, '--received-at', receivedAt, path])
        const expected = readPayload(readFileSync(path), format, ctx)
        expect([f, r.status]).toEqual([f, expected.readable ? 0 : 1])
        expect(r.out).toEqual(JSON.parse(JSON.stringify(expected.mentions)))
        expect(r.err.map((e) => (e.error as { item: string }).item)).toEqual(
          expected.errors.map((e) => e.item),
        )
        for (const m of r.out) {
          expect(validateMention(m).kind).toBe('ok')
          expect(Object.keys(m)).toContain('event')
          expect(Object.keys(m)).toContain('territory')
        }
      }
    }
  }, 120_000)

  it('reads stdin and sniffs the format with --format auto', () => {
    const body = readFileSync(new URL('reddit/post-comments.json', fixtures))
    const r = run(['--format', 'auto', '--received-at', receivedAt], body)
    expect(r.status).toBe(0)
    expect(r.out.map((m) => m.id)).toContain('reddit:t1_m0aaa02')
    expect(r.out.every((m) => m.receivedAt === receivedAt)).toBe(true)
  })

  it('exits non-zero with a reason when nothing can be read; zero when only some items are bad', () => {
    const truncated = run(['--format', 'x-v2', fileURLToPath(new URL('x-v2/bad-truncated.txt', fixtures))])
    expect(truncated.status).toBe(1)
    expect(truncated.err[0]).toMatchObject({ error: { code: 'VIGIL_ERR_MALFORMED_JSON' } })
    const missing = run(['--format', 'rss', '/nonexistent/feed.xml'])
    expect(missing.status).toBe(1)
    expect(missing.err[0]).toMatchObject({ error: { code: 'VIGIL_ERR_CANNOT_READ' } })
    const empty = run(['--format', 'auto'], '')
    expect(empty.status).toBe(1)
    const partly = run(['--format', 'google-play', fileURLToPath(new URL('google-play/bad.json', fixtures))])
    expect([partly.status, partly.out.length, partly.err.length]).toEqual([0, 1, 3])
  })

  it('answers a wrong format or option with usage and exit 2', () => {
    const r = spawnSync(bin, ['--format', 'myspace'], { input: '{}', encoding: 'utf8' })
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/unknown format myspace/)
    expect(r.stderr).toMatch(/x-v2, x-compliance, meta-webhook/)
  })

  it('stamps the current time when --received-at is not given', () => {
    const before = Date.now()
    const r = run(
      ['--format', 'generic'],
      JSON.stringify({
        id: 'x:1',
        platform: 'x',
        text: 'hi',
        author: { id: '1', handle: 'a' },
        createdAt: '2026-01-01T00:00:00Z',
      }),
    )
    const at = Date.parse(String(r.out[0]?.receivedAt))
    expect(at).toBeGreaterThanOrEqual(before - 1000)
    expect(at).toBeLessThanOrEqual(Date.now() + 1000)
  })
})
