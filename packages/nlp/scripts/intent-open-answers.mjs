#!/usr/bin/env node
/**
 * Every post of ../shared/data/intent-open (16,863 third-party posts the model is fitted on),
 * answered through `bin/vigil-enrich`, written as NDJSON {id, label, got, reasons}; with
 * `--against FILE` (an earlier run's output, e.g. main's build) it prints how many answers
 * changed, toward and away from the gold label, per source, and a sample of the changes.
 * An over-firing check for a new model or rule, not an evaluation: the model has seen these.
 *
 *   node packages/nlp/scripts/intent-open-answers.mjs --out FILE [--model FILE.json]
 *        [--against FILE] [--sample 30]
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { requireDataDir } from '@vigil/config'
import { openItems } from './lib/intent-data.mjs'
import { cliArgs, fnv } from './lib/linear-train.mjs'
import { runEnrichCli } from './lib/run-enrich-cli.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const args = cliArgs()
const items = openItems(requireDataDir('intent-open', { from: here, explicit: args.data }))
const env = args.model ? { ...process.env, VIGIL_INTENT_MODEL_PATH: args.model } : process.env
const { byId } = await runEnrichCli(
  items.map((it, n) => ({ id: it.id, text: it.text, author: `open-author-${n}` })),
  env,
)
const rows = items.map((it) => {
  const o = byId.get(it.id)
  return {
    id: it.id,
    source: it.source,
    label: it.label,
    got: o?.intent ?? '(error)',
    reasons: o?.intentReasons,
  }
})
if (args.out) writeFileSync(args.out, `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`)
console.log(
  `${rows.length} posts; ${rows.filter((r) => r.got === r.label).length} answered with the gold label`,
)
if (args.against) {
  const before = new Map(
    readFileSync(args.against, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l))
      .map((r) => [r.id, r]),
  )
  const changed = rows.filter((r) => before.get(r.id)?.got !== r.got)
  const toGold = changed.filter((r) => r.got === r.label).length
  const away = changed.filter((r) => before.get(r.id)?.got === r.label).length
  console.log(`${changed.length} answers changed: ${toGold} to the gold label, ${away} away from it`)
  const bySource = {}
  for (const r of changed) {
    const b = before.get(r.id).got
    const k = `${r.source} ${r.label}: ${b}→${r.got}`
    bySource[k] = (bySource[k] ?? 0) + 1
  }
  for (const [k, v] of Object.entries(bySource).sort((a, b) => b[1] - a[1])) console.log(`  ${v} ${k}`)
  const text = new Map(items.map((it) => [it.id, it.text]))
  const sample = changed
    .slice()
    .sort((a, b) => fnv(a.id) - fnv(b.id))
    .slice(0, Number(args.sample ?? 30))
  for (const r of sample)
    console.log(
      `${r.id} ${r.label}: ${before.get(r.id).got} → ${r.got} | ${text.get(r.id).slice(0, 160).replace(/\s+/g, ' ')}`,
    )
}
