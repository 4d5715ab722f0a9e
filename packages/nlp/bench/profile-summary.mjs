#!/usr/bin/env node
/**
 * Self and inclusive time per function of a V8 `.cpuprofile` (from `node --cpu-prof`), as
 * shares of the samples: where the milliseconds go. Not a figure to compare across runs.
 *
 *   node packages/nlp/bench/profile-summary.mjs FILE.cpuprofile [--top 40] [--under enrich]
 *
 * `--under NAME`: shares of the samples under the first frame named NAME (e.g. `enrich`).
 */
import { readFileSync } from 'node:fs'

const file = process.argv[2]
const args = {}
for (let i = 3; i < process.argv.length; i++) {
  if (process.argv[i].startsWith('--')) args[process.argv[i].slice(2)] = process.argv[i + 1]
}
const TOP = Number(args.top ?? 40)
const prof = JSON.parse(readFileSync(file, 'utf8'))
const byId = new Map(prof.nodes.map((n) => [n.id, n]))
const parent = new Map()
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
const hits = new Map()
for (const s of prof.samples) hits.set(s, (hits.get(s) ?? 0) + 1)
const label = (n) => {
  const f = n.callFrame
  const where = f.url ? `${f.url.split('/').slice(-2).join('/')}:${f.lineNumber + 1}` : ''
  return `${f.functionName || '(anonymous)'} ${where}`.trim()
}
const self = new Map()
const incl = new Map()
let total = 0
for (const [id, k] of hits) {
  // The stack of this sample, from the leaf up; keep it only under --under when asked.
  const stack = []
  for (let at = id; at !== undefined; at = parent.get(at)) stack.push(byId.get(at))
  if (args.under !== undefined) {
    const i = stack.findIndex((n) => n.callFrame.functionName === args.under)
    if (i < 0) continue
    stack.length = i + 1
  }
  total += k
  const leaf = label(stack[0])
  self.set(leaf, (self.get(leaf) ?? 0) + k)
  for (const l of new Set(stack.map(label))) incl.set(l, (incl.get(l) ?? 0) + k)
}
const pct = (k) => `${((100 * k) / total).toFixed(1).padStart(5)}%`
console.log(`${total} samples${args.under ? ` under ${args.under}` : ''}`)
console.log('--- self')
for (const [l, k] of [...self].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`${pct(k)}  ${l}`)
console.log('--- inclusive')
for (const [l, k] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`${pct(k)}  ${l}`)

// --lines NAME: the hottest source lines of the functions named NAME (self samples, by line).
if (args.lines !== undefined) {
  const lines = new Map()
  let all = 0
  for (const n of prof.nodes) {
    if (n.callFrame.functionName !== args.lines) continue
    for (const t of n.positionTicks ?? []) {
      const key = `${n.callFrame.url.split('/').slice(-2).join('/')}:${t.line}`
      lines.set(key, (lines.get(key) ?? 0) + t.ticks)
      all += t.ticks
    }
  }
  console.log(`--- lines of ${args.lines} (${all} self samples)`)
  for (const [l, k] of [...lines].sort((a, b) => b[1] - a[1]).slice(0, 20))
    console.log(`${((100 * k) / all).toFixed(1).padStart(5)}%  ${l}`)
}
