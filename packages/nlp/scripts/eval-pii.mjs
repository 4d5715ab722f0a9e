#!/usr/bin/env node
/**
 * Personal-data evaluation on test-data/pii-eval.jsonl (built by make-pii-eval.mjs), through
 * the enricher as the service runs it. Prints, for the held-out part and the tuning part
 * separately: recall per kind (the kind reported AND the value no longer readable), the
 * false-positive rate on ordinary numbers (an amount, date, order number… no longer
 * readable), and every leaked value (readable in the masked text, once normalised: any
 * digit script, spaces and separators removed).
 *
 *   pnpm exec tsc -b && node packages/nlp/scripts/eval-pii.mjs [--show-misses]
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { createEnricher } from '../dist/index.js'
import { normaliseForPii } from '../dist/pii-normalise.js'

const showMisses = process.argv.includes('--show-misses')
const file = fileURLToPath(new URL('../test-data/pii-eval.jsonl', import.meta.url))
const rows = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l))
const enricher = createEnricher({ brands: [], sentimentModelPath: null })
const now = '2026-01-01T00:00:00.000Z'

const compact = (s) =>
  normaliseForPii(s)
    .norm.toUpperCase()
    .replace(/[^0-9A-Z\p{L}@.!#$%&*+-]/gu, '')
const bare = (s) => compact(s).replace(/[^0-9A-Z\p{L}]/gu, '')

function mention(id, text) {
  return {
    id,
    event: 'create',
    platform: 'x',
    kind: 'post',
    url: '',
    author: { id: '', handle: '', followers: 0, verified: false, isBrandAccount: false },
    text,
    createdAt: now,
    receivedAt: now,
    inReplyTo: null,
    conversationId: null,
    engagement: { likes: 0, shares: 0, replies: 0, views: 0 },
    rating: null,
    appVersion: null,
    lang: null,
  }
}

function evaluate(split) {
  const part = rows.filter((r) => r.split === split)
  const byKind = new Map()
  const leaks = []
  const misses = []
  let ordinary = 0
  let fp = 0
  const fps = []
  for (const r of part) {
    const e = enricher.enrich(mention(r.id, r.text), now)
    const masked = bare(e.text)
    for (const v of r.values) {
      const k = byKind.get(v.kind) ?? { n: 0, found: 0 }
      byKind.set(v.kind, k)
      k.n++
      const readable = masked.includes(bare(v.value))
      if (readable) leaks.push(`${v.kind} ${v.value} in: ${JSON.stringify(e.text)}`)
      if (!readable && e.pii.includes(v.kind)) k.found++
      else misses.push(`${v.kind} ${v.value} → pii ${JSON.stringify(e.pii)}: ${JSON.stringify(e.text)}`)
    }
    for (const o of r.ordinary) {
      ordinary++
      if (!masked.includes(bare(o))) {
        fp++
        fps.push(`${o} in: ${JSON.stringify(r.text)} → ${JSON.stringify(e.text)}`)
      }
    }
  }
  const total = [...byKind.values()].reduce((a, k) => ({ n: a.n + k.n, found: a.found + k.found }), {
    n: 0,
    found: 0,
  })
  console.log(
    `\n== ${split === 'tune' ? 'tuning part' : 'held-out part'}: ${part.length} posts, ${total.n} sensitive values, ${ordinary} ordinary numbers`,
  )
  console.log(
    `recall (kind reported and value masked): ${(total.found / total.n).toFixed(3)} (${total.found}/${total.n})`,
  )
  for (const [kind, k] of [...byKind].sort())
    console.log(`  ${kind.padEnd(15)} ${(k.found / k.n).toFixed(3)}  (${k.found}/${k.n})`)
  console.log(
    `false positives on ordinary numbers: ${((100 * fp) / Math.max(1, ordinary)).toFixed(1)}% (${fp}/${ordinary})`,
  )
  for (const f of fps) console.log(`  FP ${f}`)
  console.log(`leaked values (readable in maskedText): ${leaks.length}`)
  for (const l of leaks) console.log(`  LEAK ${l}`)
  if (showMisses) for (const m of misses) console.log(`  MISS ${m}`)
}

console.log(`PII evaluation: ${file}`)
evaluate('heldout')
evaluate('tune')
