/**
 * Which payday posts does intent call complaints? A diagnostic, not a score: the crisis
 * evaluation's stream for one seed (ordinary traffic from the first day, the payday scenario at
 * the seed's onset hour), enriched as crisis-eval enriches it (one cached enricher, its intent
 * memory carried along), and for one brand the complaints per 5 minutes before and during
 * payday, with the generator category each complaint's text came from (by template).
 *
 *   node bench/detect/payday-diag.mjs [seed=1] [brand=lotus]
 * Run after `pnpm exec tsc -b`.
 */
import { TEMPLATES } from '../../services/ingest/dist/generator/templates.js'
import { ONSET_HOURS } from './lib/scenarios.mjs'
import { cachedEnricher, DAY, HOUR, MIN, newGenerator } from './lib/sim.mjs'

const SEED = Number(process.argv[2] ?? 1)
const BRAND = process.argv[3] ?? 'lotus'
const T0 = Date.UTC(2026, 10, 2)
const onsetMs = T0 + 2 * DAY + Math.round(ONSET_HOURS[(SEED - 1) % ONSET_HOURS.length] * HOUR)
const endMs = onsetMs + 8 * HOUR

const PATTERNS = []
for (const [lang, byCat] of Object.entries(TEMPLATES))
  for (const [cat, list] of Object.entries(byCat))
    for (const tpl of list) {
      const parts = tpl.split(/\{\w+\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      PATTERNS.push({ lang, cat, tpl, re: new RegExp(`^${parts.join('[\\s\\S]*?')}$`) })
    }
const templateOf = (text) => PATTERNS.find((p) => p.re.test(text)) ?? { cat: '?', tpl: text }

const nlp = cachedEnricher()
const gen = newGenerator(SEED, T0)
gen.addScenario({ kind: 'payday', brand: null, onsetMs, durationMs: 8 * HOUR })
/** 5-minute bucket start → complaints; template → intent → count, before and during. */
const buckets = new Map()
const byTpl = { before: new Map(), during: new Map() }
for (let t = T0; t < endMs; t += 10 * MIN) {
  for (const m of gen.generateUntil(t + 10 * MIN)) {
    const e = nlp.enrich(m)
    if (!e.brands.some((b) => b.brand === BRAND)) continue
    const at = Date.parse(m.createdAt)
    if (at < onsetMs - 6 * HOUR) continue
    const phase = at < onsetMs ? 'before' : 'during'
    const { cat, tpl } = templateOf(m.text)
    const key = `${cat} | ${tpl}`
    const row = byTpl[phase].get(key) ?? {}
    row[e.intent] = (row[e.intent] ?? 0) + 1
    byTpl[phase].set(key, row)
    if (e.intent === 'complaint') {
      const b = Math.floor(at / (5 * MIN)) * 5 * MIN
      buckets.set(b, (buckets.get(b) ?? 0) + 1)
    }
  }
}
const before = [...buckets].filter(([b]) => b < onsetMs).map(([, n]) => n)
const during = [...buckets].filter(([b]) => b >= onsetMs).map(([, n]) => n)
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)
console.log(
  `seed ${SEED} ${BRAND}: complaints per 5 min, 6 h before onset mean ${mean(before).toFixed(1)} max ${Math.max(...before)}; payday mean ${mean(during).toFixed(1)} max ${Math.max(...during)}`,
)
for (const phase of ['before', 'during']) {
  console.log(`-- ${phase}`)
  for (const [k, row] of [...byTpl[phase]].sort()) console.log(`  ${k}  ${JSON.stringify(row)}`)
}
