/**
 * The bank's corrections read from the store, for vigil-train: the store's own command
 * (packages/store/bin/vigil-export-corrections) runs the query with the services' configuration
 * (CLICKHOUSE_URL, else embedded chDB at CHDB_PATH; CLICKHOUSE_DATABASE), and its NDJSON is read
 * from its output, never written to a file. A child process, so that this package keeps no
 * dependency on the store (nlp imports no I/O package) and the store keeps the one query.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { workspaceRoot } from '../dist/sentiment/model-config.js'

/**
 * `{ ok: true, corrections }` (one object per corrected mention, the labels in force) or
 * `{ ok: false, error }` with the store command's own message.
 */
export function readStoreCorrections({ since, env = process.env } = {}) {
  const bin = join(workspaceRoot(), 'packages', 'store', 'bin', 'vigil-export-corrections')
  if (!existsSync(bin)) return { ok: false, error: `the store's export command is not at ${bin}` }
  const r = spawnSync(process.execPath, [bin, ...(since ? ['--since', since] : [])], {
    env,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  })
  if (r.error) return { ok: false, error: r.error.message }
  if (r.status !== 0) {
    const why = (r.stderr ?? '').trim().split('\n').slice(-3).join(' | ')
    return { ok: false, error: `vigil-export-corrections exited ${r.status}: ${why}` }
  }
  const corrections = []
  for (const line of r.stdout.split('\n')) if (line.trim() !== '') corrections.push(JSON.parse(line))
  return { ok: true, corrections }
}
