import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { validateMention } from '@vigil/schema'
import { describe, expect, it } from 'vitest'
import { OwnAccounts } from './connectors/index.js'
import type { RawRecord } from './raw-record.js'
import { replayCsv, replayFile, replayPayload } from './replay.js'

describe('replayFile', () => {
  it('forwards every non-empty line in order, good ones keyed by id, bad bytes untouched', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-replay-'))
    const file = join(dir, 'in.ndjson')
    const lines = [
      JSON.stringify({ id: 'x:1', text: 'a' }),
      '{not json',
      '',
      JSON.stringify({ id: 'x:2', text: 'b' }),
    ]
    writeFileSync(
      file,
      Buffer.concat([Buffer.from(`${lines.join('\r\n')}\n`), Buffer.from([0xff, 0xfe, 0x0a])]),
    )
    const got: RawRecord[] = []
    const { lines: n } = await replayFile(file, async (b) => void got.push(...b), { batchSize: 2 })
    expect(n).toBe(4)
    expect(got.map((r) => r.key)).toEqual(['x:1', null, 'x:2', null])
    expect(got[1]!.value.toString()).toBe('{not json')
    expect([...got[3]!.value]).toEqual([0xff, 0xfe])
  })
})

describe('replay pacing and formats', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-replay-pace-'))
  const at = (iso: string, id: string) => JSON.stringify({ id, text: id, createdAt: iso })
  const file = join(dir, 'paced.ndjson')
  writeFileSync(
    file,
    [
      at('2026-12-05T10:00:00Z', 'x:1'),
      at('2026-12-05T10:00:10Z', 'x:2'),
      at('2026-12-05T10:01:10Z', 'x:3'),
    ].join('\n'),
  )

  /** A fake clock: sleeping moves it, so the waits the replay asked for can be read back. */
  function clock() {
    let t = 1_000_000
    const waits: number[] = []
    return {
      now: () => t,
      sleep: async (ms: number) => {
        waits.push(ms)
        t += ms
      },
      waits,
    }
  }

  it('waits the gaps between event times at the original pace, divided by the speed-up, and not at all at fastest', async () => {
    for (const [pace, expected] of [
      [{ mode: 'paced', speed: 1 }, [10_000, 60_000]],
      [{ mode: 'paced', speed: 10 }, [1_000, 6_000]],
      [{ mode: 'fastest' }, []],
    ] as const) {
      const c = clock()
      const sent: Array<string | null> = []
      await replayFile(file, async (b) => void sent.push(...b.map((r) => r.key)), {
        pace,
        now: c.now,
        sleep: c.sleep,
      })
      expect(c.waits).toEqual(expected)
      expect(sent).toEqual(['x:1', 'x:2', 'x:3'])
    }
  })

  it('replays a CSV export as Mention records with their event times kept', async () => {
    const csv = join(dir, 'export.csv')
    writeFileSync(
      csv,
      'id,platform,kind,text,createdAt,author_id,author_handle,author.followers,likes,rating\n' +
        'x:9,x,post,"Northwind, again down",2026-12-05T10:00:00Z,u1,@kat,12,3,\n' +
        'appstore:7,appstore,review,"Crashes ""always""",2026-12-05T10:05:00Z,u2,bo,,,2\n',
    )
    const got: RawRecord[] = []
    const { lines } = await replayCsv(csv, async (b) => void got.push(...b))
    expect(lines).toBe(2)
    const [a, b] = got.map((r) => validateMention(JSON.parse(r.value.toString())))
    expect(a).toMatchObject({
      kind: 'ok',
      value: {
        id: 'x:9',
        text: 'Northwind, again down',
        createdAt: '2026-12-05T10:00:00.000Z',
        author: { handle: '@kat', followers: 12 },
        engagement: { likes: 3 },
      },
    })
    expect(b).toMatchObject({ kind: 'ok', value: { id: 'appstore:7', text: 'Crashes "always"', rating: 2 } })
  })

  it('replays a recorded platform payload through its connector, oldest first when paced', async () => {
    const feed = fileURLToPath(new URL('../fixtures/x-v2/recent-search-page.json', import.meta.url))
    const c = clock()
    const got: RawRecord[] = []
    const r = await replayPayload(
      feed,
      'auto',
      { receivedAt: '2026-12-05T12:00:00.000Z', accounts: OwnAccounts.none() },
      async (b) => void got.push(...b),
      { pace: { mode: 'paced', speed: 60 }, now: c.now, sleep: c.sleep },
    )
    expect(r).toMatchObject({ format: 'x-v2', sent: 4, errors: [] })
    const times = got.map((x) => JSON.parse(x.value.toString()).createdAt)
    expect(times).toEqual([...times].sort())
    expect(c.waits.reduce((s, w) => s + w, 0)).toBe((20 * 60_000) / 60)
  })
})
