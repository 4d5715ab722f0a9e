// Normaliser throughput per format on the fixtures (built code): node services/ingest/bench/normalise.mjs [seconds]
import { readdirSync, readFileSync } from 'node:fs'
import { loadBrands } from '@vigil/config'
import { FORMATS, OwnAccounts, readPayload } from '../dist/connectors/index.js'

const seconds = Number(process.argv[2] ?? 1)
const dir = new URL('../fixtures/', import.meta.url)
const ctx = { receivedAt: '2026-12-05T12:00:00.000Z', accounts: new OwnAccounts(loadBrands()) }
console.log('format             payload bytes  mentions/payload  payloads/s  mentions/s')
for (const format of FORMATS) {
  const files = readdirSync(new URL(`${format}/`, dir)).filter((f) => !f.startsWith('bad'))
  const bufs = files.map((f) => readFileSync(new URL(`${format}/${f}`, dir)))
  let payloads = 0
  let mentions = 0
  const end = performance.now() + seconds * 1000
  while (performance.now() < end) {
    for (const b of bufs) {
      mentions += readPayload(b, format, ctx).mentions.length
      payloads++
    }
  }
  const bytes = Math.round(bufs.reduce((s, b) => s + b.length, 0) / bufs.length)
  const line = [
    format.padEnd(18),
    String(bytes).padStart(13),
    (mentions / payloads).toFixed(1).padStart(17),
    Math.round(payloads / seconds)
      .toString()
      .padStart(11),
    Math.round(mentions / seconds)
      .toString()
      .padStart(11),
  ]
  console.log(line.join(' '))
}
