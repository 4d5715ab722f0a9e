/**
 * vigil-evidence: the evidence archive's key chores, against the configured store.
 *   node packages/store/dist/evidence/cli.js status      rows per key id
 *   node packages/store/dist/evidence/cli.js reencrypt   re-seal every row under the current key
 * Reads CLICKHOUSE_URL / CHDB_PATH / CLICKHOUSE_DATABASE and EVIDENCE_KEYS(_FILE) like the
 * services. On a ClickHouse server it runs beside the live services; an embedded chDB
 * directory opens in one process only, so there the api's POST /api/admin/evidence/reencrypt
 * does the same inside the running process.
 */
import { commonConfig, keyringFromEnv } from '@vigil/config'
import { createStore } from '../store.js'
import { evidenceKeyUsage, reencryptEvidence } from './archive.js'

async function main(): Promise<void> {
  const command = process.argv[2]
  if (command !== 'status' && command !== 'reencrypt') {
    process.stderr.write('usage: vigil-evidence status | reencrypt\n')
    process.exit(2)
  }
  const cfg = commonConfig(process.env, 'evidence')
  const store = await createStore({
    url: cfg.clickhouseUrl,
    database: cfg.clickhouseDatabase,
    chdbPath: cfg.chdbPath,
  })
  try {
    if (command === 'reencrypt') {
      const ring = keyringFromEnv(process.env)
      if (!ring) throw new Error('no evidence keys configured: set EVIDENCE_KEYS or EVIDENCE_KEYS_FILE')
      const n = await reencryptEvidence(store, ring)
      process.stdout.write(
        `${JSON.stringify({ event: 'evidence_reencrypted', rows: n, current: ring.current })}\n`,
      )
    }
    process.stdout.write(
      `${JSON.stringify({ event: 'evidence_keys', usage: await evidenceKeyUsage(store) })}\n`,
    )
  } finally {
    await store.close()
  }
}

main().catch((err: unknown) => {
  process.stderr.write(
    `${JSON.stringify({ event: 'evidence_cli_failed', message: (err as Error).message })}\n`,
  )
  process.exit(1)
})
