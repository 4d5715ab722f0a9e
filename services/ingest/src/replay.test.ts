import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { RawRecord } from './raw-record.js'
import { replayFile } from './replay.js'

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
