#!/usr/bin/env node
/**
 * Writes src/fixtures/checkpoint-main.json: the checkpoints another build's engine (`--dist`,
 * e.g. main's, copied inside this package as for check-identity.mjs) wrote after 150 minutes
 * of two brands' traffic ending in a raid (`raidMinutes`), and what that build's engine then
 * published over 30 more minutes (a sha256 of every alert and metric, and the raided brand's
 * per-minute counts). checkpoint-compat.test.ts restores those checkpoints into this build and
 * must publish the same: the detector service upgrades in place from its last checkpoint.
 *
 *   node packages/detect/bench/checkpoint-fixture.mjs --dist node_modules/.dist-main [--label main@b67d677]
 *   pnpm exec biome check --write packages/detect/src/fixtures   # the fixture as biome formats JSON
 */
import { createHash } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const here = fileURLToPath(new URL('.', import.meta.url))
const args = {}
for (let i = 2; i < process.argv.length; i += 2)
  args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1]
const dist = resolve(here, '..', args.dist ?? 'dist')
const writer = await import(pathToFileURL(resolve(dist, 'index.js')).href)
const { raidMinutes } = await import(pathToFileURL(resolve(here, '../dist/index.js')).href)

const BRANDS = [
  { id: 'northwind', role: 'own', size: 'mid' },
  { id: 'crest', role: 'competitor', size: 'large' },
]
const ids = BRANDS.map((b) => b.id)
const MIN = 60_000
const T0 = Date.UTC(2026, 10, 2, 8, 0)
const WARM = 150

const e = writer.createDetectorEngine({ brands: BRANDS })
raidMinutes(1, ids, T0, WARM, WARM - 10).forEach((batch, m) => {
  for (const x of batch) e.observe(x, 'p0')
  e.advance(T0 + (m + 1) * MIN)
})
const checkpoints = Object.fromEntries(ids.map((id) => [id, JSON.parse(JSON.stringify(e.snapshot(id)))]))
const hash = createHash('sha256')
const counts = []
let alerts = 0
raidMinutes(2, ids, T0 + WARM * MIN, 30, -10).forEach((batch, m) => {
  for (const x of batch) e.observe(x, 'p0')
  const res = e.advance(T0 + (WARM + m + 1) * MIN)
  alerts += res.alerts.length
  hash.update(`${JSON.stringify(res.alerts)}\n${JSON.stringify(res.metrics)}\n`)
  for (const x of res.metrics) if (x.brand === 'northwind') counts.push([x.minute, x.volume, x.negative])
})
const out = {
  writtenBy: args.label ?? dist,
  brands: BRANDS,
  startMs: T0 + WARM * MIN,
  checkpoints,
  expected: { alerts, northwind: counts, sha256: hash.digest('hex') },
}
writeFileSync(resolve(here, '../src/fixtures/checkpoint-main.json'), `${JSON.stringify(out)}\n`)
console.log(
  `checkpoints of ${out.writtenBy}: ${JSON.stringify(out).length} bytes; ${alerts} alerts, sha256 ${out.expected.sha256.slice(0, 8)}`,
)
