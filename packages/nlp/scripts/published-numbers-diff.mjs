#!/usr/bin/env node
/**
 * What this branch's masking changes on every post of the fresh sets (PII 5–13 sensitive and
 * ordinary, intent and sentiment 3–13) against another build (default: /work/main's dist):
 * each post whose masked text differs is printed, before and after, so that every number left
 * readable can be checked by eye to be a business's, and every newly masked one to be a code.
 *
 *   pnpm exec tsc -b && node packages/nlp/scripts/published-numbers-diff.mjs [--base path/to/dist/index.js]
 */
import { readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { maskPii } from '../dist/index.js'

const here = dirname(fileURLToPath(import.meta.url))
const fresh = join(here, '..', 'data', 'fresh')
const at = process.argv.indexOf('--base')
const basePath = at > 0 ? process.argv[at + 1] : '/work/main/packages/nlp/dist/index.js'
const base = await import(pathToFileURL(basePath).href)

const strings = (v, out = []) => {
  if (typeof v === 'string') out.push(v)
  else if (Array.isArray(v)) for (const x of v) strings(x, out)
  else if (v !== null && typeof v === 'object') for (const x of Object.values(v)) strings(x, out)
  return out
}

let posts = 0
let readable = 0
let masked = 0
for (const f of readdirSync(fresh).sort()) {
  const m = /^(pii|intent|sentiment)-fresh-(\d+)\.mjs$/.exec(f)
  if (m === null || (m[1] === 'pii' && (Number(m[2]) < 5 || Number(m[2]) > 13))) continue
  const mod = await import(pathToFileURL(join(fresh, f)).href)
  for (const raw of strings(Object.values(mod))) {
    if (raw.length < 12 || !/\d/.test(raw)) continue
    const t = raw.replace(/[⟪⟫]/g, '')
    posts++
    const a = base.maskPii(t).text
    const b = maskPii(t).text
    if (a === b) continue
    const more = (b.match(/\*/g) ?? []).length > (a.match(/\*/g) ?? []).length
    if (more) masked++
    else readable++
    console.log(
      `${f} ${more ? 'MORE MASKED' : 'MORE READABLE'}\n  main:  ${a.slice(0, 240)}\n  after: ${b.slice(0, 240)}`,
    )
  }
}
console.log(`${posts} strings with digits; ${readable} more readable, ${masked} more masked`)
