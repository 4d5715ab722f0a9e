import { loadavg } from 'node:os'
import { loadBrands, requireDataDir } from '@vigil/config'
import { benchRecords, createRng } from './records.mjs'
import { createEnricher, loadLanguageDetector } from '../dist/index.js'
const DATA = requireDataDir('sentiment', { from: new URL('.', import.meta.url).pathname })
const base = { brands: loadBrands(), language: await loadLanguageDetector() }
const { recs } = benchRecords(20000, DATA, createRng(7))
const seen = new Set(); const distinct = []
for (const r of recs) { const m = JSON.parse(r); if (!seen.has(m.text)) { seen.add(m.text); distinct.push(m) } }
const now = '2026-01-01T00:00:02.000Z'
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6 }
const variants = [['memo off', { ...base, textMemo: 0 }], ['memo on', base]]
const spent = [0, 0]; let done = 0; let sink = 0
for (let p = 0; p < Number(process.argv[2] ?? 6); p++) {
  const es = variants.map(([, o]) => createEnricher(o))
  for (let at = 0; at < distinct.length; at += 100) {
    for (const k of (at / 100) % 2 === 0 ? [0, 1] : [1, 0]) { const t0 = cpu(); for (let i = at; i < Math.min(at + 100, distinct.length); i++) sink += es[k].enrich(distinct[i], now).terms.length; spent[k] += cpu() - t0 }
  }
  done += distinct.length
}
console.log(variants.map(([n], k) => `${n} ${Math.round(done / spent[k])}/s`).join(', '), 'on/off', (spent[0] / spent[1]).toFixed(3), 'load', loadavg().map((x) => x.toFixed(1)).join(' '))
