/**
 * Which class does the NLP give the posts of a crisis-eval scenario, with the trained intent
 * model and with the rules only? A diagnostic, not a score: for each seed the scenario's window
 * (onset → end) of the generator's stream is enriched by both enrichers (each with its own
 * text cache, as crisis-eval's), and the scenario brand's genuine posts are counted by the
 * generator category they came from (found by matching the generator's templates), by
 * sentiment and by intent. What the detector reads of them: complaints (intent complaint,
 * not excluded), negatives, and what it excludes (troll, spam).
 *
 *   node bench/detect/intent-diag.mjs [seeds=3] [scenario=outage|complaint-wave|all]
 * Env: MODEL=<intent model path> to compare another model file with the rules.
 * Run after `pnpm exec tsc -b`.
 */
import { createEnricher } from '../../packages/nlp/dist/index.js'
import { TEMPLATES } from '../../services/ingest/dist/generator/templates.js'
import { brandConfigs, DAY, HOUR, newGenerator } from './lib/sim.mjs'

const SEEDS = Number(process.argv[2] ?? 3)
const WHICH = process.argv[3] ?? 'all'
const T0 = Date.UTC(2026, 10, 2)
const ONSET_HOURS = [9.5, 13.25, 17.75, 7.1, 20.4]
const own = brandConfigs.find((b) => b.role === 'own').id

const KINDS = [
  { name: 'outage doubling', kind: 'outage', intensity: 1, durationMs: HOUR },
  { name: 'complaint wave', kind: 'complaint-wave', durationMs: 3 * HOUR },
].filter((k) => WHICH === 'all' || k.kind === WHICH)

/** Generator templates as patterns: a post's category is the first template it matches. */
const PATTERNS = []
for (const [lang, byCat] of Object.entries(TEMPLATES)) {
  for (const [cat, list] of Object.entries(byCat)) {
    for (const tpl of list) {
      const parts = tpl.split(/\{\w+\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      PATTERNS.push({ lang, cat, re: new RegExp(`^${parts.join('[\\s\\S]*?')}$`) })
    }
  }
}
const categoryOf = (text) => PATTERNS.find((p) => p.re.test(text))?.cat ?? '?'

function cached(intentModelPath) {
  const nlp = createEnricher({
    brands: brandConfigs,
    ...(intentModelPath !== undefined ? { intentModelPath } : {}),
  })
  const cache = new Map()
  return (m) => {
    const key = `${m.platform}|${m.kind}|${m.lang}|${m.author.isBrandAccount}|${m.rating}|${m.text}`
    let e = cache.get(key)
    if (e === undefined) {
      e = nlp.enrich(m, m.createdAt)
      cache.set(key, e)
    }
    return e
  }
}

const modelPath = process.env.MODEL
const paths = { model: modelPath, rules: null }

for (const k of KINDS) {
  /** `${cat}` → { n, model: {intent: n}, rules: {intent: n}, neg: n }. */
  const table = new Map()
  const examples = new Map()
  const totals = { model: {}, rules: {} }
  for (let seed = 1; seed <= SEEDS; seed++) {
    const onsetMs = T0 + 2 * DAY + Math.round(ONSET_HOURS[(seed - 1) % ONSET_HOURS.length] * HOUR)
    const enrich = { model: cached(paths.model), rules: cached(paths.rules) }
    const gen = newGenerator(seed, T0)
    const s = gen.addScenario({
      kind: k.kind,
      brand: own,
      onsetMs,
      durationMs: k.durationMs,
      ...(k.intensity ? { intensity: k.intensity } : {}),
    })
    // The day before onset warms the enrichers' memories (same-text and author history).
    const warm = gen.generateUntil(onsetMs - DAY)
    void warm
    for (const m of gen.generateUntil(onsetMs)) {
      enrich.model(m)
      enrich.rules(m)
    }
    for (const m of gen.generateUntil(s.endMs)) {
      const em = enrich.model(m)
      const er = enrich.rules(m)
      if (!em.brands.some((b) => b.brand === own) || m.author.isBrandAccount) continue
      const cat = categoryOf(m.text)
      let row = table.get(cat)
      if (row === undefined) {
        row = { n: 0, neg: 0, model: {}, rules: {} }
        table.set(cat, row)
      }
      row.n++
      if (em.sentiment.label === 'negative') row.neg++
      row.model[em.intent] = (row.model[em.intent] ?? 0) + 1
      row.rules[er.intent] = (row.rules[er.intent] ?? 0) + 1
      totals.model[em.intent] = (totals.model[em.intent] ?? 0) + 1
      totals.rules[er.intent] = (totals.rules[er.intent] ?? 0) + 1
      if (em.intent !== er.intent) {
        const key = `${em.intent}←${er.intent}|${m.text.replace(/\d/g, '0')}`
        const ex = examples.get(key) ?? { n: 0, lang: em.lang, reasons: em.intentReasons }
        ex.n++
        examples.set(key, ex)
      }
    }
  }
  const fmt = (o) =>
    Object.entries(o)
      .sort((a, b) => b[1] - a[1])
      .map(([c, n]) => `${c} ${n}`)
      .join(', ')
  console.log(`\n== ${k.name} (${SEEDS} seeds, onset → end, brand ${own}) ==`)
  console.log(`all posts  model: ${fmt(totals.model)}`)
  console.log(`           rules: ${fmt(totals.rules)}`)
  for (const [cat, row] of [...table].sort((a, b) => b[1].n - a[1].n)) {
    console.log(`${cat.padEnd(11)} ${String(row.n).padStart(5)} posts, ${row.neg} negative`)
    console.log(`            model: ${fmt(row.model)}`)
    console.log(`            rules: ${fmt(row.rules)}`)
  }
  console.log('texts whose class differs (model←rules), most frequent first:')
  for (const [key, ex] of [...examples].sort((a, b) => b[1].n - a[1].n).slice(0, 25)) {
    const [pair, text] = key.split('|')
    console.log(
      `  ${String(ex.n).padStart(4)} ${pair.padEnd(20)} [${ex.lang}] ${text.slice(0, 90)}  {${ex.reasons.join('; ')}}`,
    )
  }
}
