#!/usr/bin/env node
/**
 * What a change to the PII finders costs on ordinary posts: every distinct text of the open
 * intent and sentiment data (and the research sentiment data where it is present) masked by a
 * base build and by this one; prints how many texts differ and each difference, to be read by
 * a person (a newly masked value may be personal data the base missed, or a false positive).
 *
 *   pnpm exec tsc -b && node packages/nlp/scripts/pii-diff.mjs --base <other build's packages/nlp/dist> [--show 40]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    dist: { type: 'string', default: new URL('../dist', import.meta.url).pathname },
    data: { type: 'string', default: new URL('../../../../shared/data', import.meta.url).pathname },
    show: { type: 'string', default: '40' },
  },
})
if (values.base === undefined) {
  console.error('usage: pii-diff.mjs --base DIR [--dist DIR] [--data DIR] [--show 40]')
  process.exit(2)
}
const base = (await import(`${values.base}/pii.js`)).maskPii
const mine = (await import(`${values.dist}/pii.js`)).maskPii

function* jsonlFiles(dir) {
  let names = []
  try {
    names = readdirSync(dir)
  } catch {
    return
  }
  for (const name of names) {
    const p = join(dir, name)
    if (statSync(p).isDirectory()) yield* jsonlFiles(p)
    else if (name.endsWith('.jsonl')) yield p
  }
}

const texts = new Set()
for (const corpus of ['intent-open', 'sentiment-open', 'sentiment'])
  for (const file of jsonlFiles(join(values.data, corpus)))
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (line === '') continue
      const t = JSON.parse(line).text
      if (typeof t === 'string' && t.length <= 25000) texts.add(t)
    }

let differ = 0
let shown = 0
for (const t of texts) {
  const a = base(t).text
  const b = mine(t).text
  if (a === b) continue
  differ++
  if (shown++ < Number(values.show)) console.log(`- base: ${JSON.stringify(a)}\n  this: ${JSON.stringify(b)}`)
}
console.log(`${texts.size} distinct texts: ${differ} masked differently`)
