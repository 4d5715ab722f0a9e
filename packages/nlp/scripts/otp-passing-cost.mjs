#!/usr/bin/env node
/**
 * What the structural one-time-code rule (src/pii-otp-passing.ts) costs on ordinary posts: it is
 * run ALONE (not the rest of the masking) on every ordinary post of the fresh PII sets 5–13 and
 * every post of the fresh intent and sentiment sets (3–13, written by other authors, full of
 * ordinary numbers: amounts, dates, references), and every number it would mask is printed with
 * its post. A hit in an intent/sentiment post is a false positive unless the post shares a code.
 *
 *   pnpm exec tsc -b && node packages/nlp/scripts/otp-passing-cost.mjs [--show]
 */
import { readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { normaliseForPii } from '../dist/pii-normalise.js'
import { findPassingOtps } from '../dist/pii-otp-passing.js'

const here = dirname(fileURLToPath(import.meta.url))
const fresh = join(here, '..', 'data', 'fresh')
const show = process.argv.includes('--show')

/** Every string of a row that reads as a post (the fresh files' rows are arrays). */
function texts(rows) {
  const out = []
  for (const row of rows) {
    if (typeof row === 'string') out.push(row)
    else if (Array.isArray(row)) for (const x of row) if (typeof x === 'string' && x.length > 12) out.push(x)
  }
  return out
}

const groups = []
for (const f of readdirSync(fresh).sort()) {
  const m = /^(pii|intent|sentiment)-fresh-(\d+)\.mjs$/.exec(f)
  if (m === null) continue
  const [, kind, n] = m
  if (kind === 'pii' && (Number(n) < 5 || Number(n) > 13)) continue
  const mod = await import(pathToFileURL(join(fresh, f)).href)
  const rows = kind === 'pii' ? (mod.ordinary ?? []) : Object.values(mod).filter(Array.isArray).flat()
  // The PII sets mark ordinary numbers ⟪like this⟫ for their scorer: the marks are no part of the post.
  groups.push({ name: f, posts: texts(rows).map((t) => t.replace(/[⟪⟫]/g, '')) })
}

let posts = 0
let withDigits = 0
let hits = 0
for (const g of groups) {
  let gh = 0
  for (const t of g.posts) {
    posts++
    if (!/\d{4}|\d\D\d\d\D\d/.test(normaliseForPii(t).norm)) continue
    withDigits++
    const norm = normaliseForPii(t).norm
    const out = []
    findPassingOtps(norm, out)
    if (out.length === 0) continue
    gh++
    hits++
    if (show)
      console.log(
        `  ${g.name}: ${out.map((s) => `[${norm.slice(s.start, s.end)}]`).join(' ')} ← ${t.slice(0, 220).replace(/\n/g, ' ')}`,
      )
  }
  console.log(`${g.name}: ${gh} of ${g.posts.length} posts with a number taken as a passing code`)
}
console.log(
  `all: ${hits} of ${posts} posts (${withDigits} with 4+ digits) have a number the rule takes as a code`,
)
