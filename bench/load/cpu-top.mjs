/**
 * Where a process's CPU went: reads V8 CPU profiles (`node --cpu-prof`, e.g. every service of a
 * load run started with VIGIL_NODE_ARGS="--cpu-prof --cpu-prof-dir=DIR") and prints, per profile,
 * the share of sampled time by area (our packages and services, each dependency, Node's
 * internals, GC, idle) and the top functions by self time.
 *
 *   node bench/load/cpu-top.mjs DIR/*.cpuprofile [--top 12]
 */
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { parseArgs } from 'node:util'

const { values: args, positionals: files } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '12' } },
})

/** The area a frame's script belongs to: `packages/nlp`, `kafkajs`, `node:internal`, … */
function areaOf(url, name) {
  if (name === '(garbage collector)') return 'GC'
  if (name === '(idle)') return 'idle'
  if (name === '(program)') return 'program (native, not JS)'
  if (!url) return name.startsWith('(') ? name : 'native'
  const dep = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url)
  if (dep) return dep[1]
  const ours = /\/(packages|services)\/([^/]+)\//.exec(url)
  if (ours) return `${ours[1]}/${ours[2]}`
  if (url.startsWith('node:')) return 'node internals'
  return 'other'
}

for (const file of files) {
  const prof = JSON.parse(readFileSync(file, 'utf8'))
  const byId = new Map(prof.nodes.map((n) => [n.id, n]))
  const dt = new Map()
  for (let i = 0; i < prof.samples.length; i++) {
    const id = prof.samples[i]
    dt.set(id, (dt.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0))
  }
  let total = 0
  let busy = 0
  const areas = new Map()
  const fns = new Map()
  for (const [id, us] of dt) {
    const n = byId.get(id)
    const { functionName, url, lineNumber } = n.callFrame
    const area = areaOf(url, functionName)
    total += us
    if (area !== 'idle') busy += us
    areas.set(area, (areas.get(area) ?? 0) + us)
    const fn = `${functionName || '(anonymous)'} ${url ? `${url.replace(/^.*\/(packages|services|node_modules)\//, '$1/')}:${lineNumber + 1}` : ''}`
    fns.set(fn, (fns.get(fn) ?? 0) + us)
  }
  const pct = (us) => `${((us / busy) * 100).toFixed(1)} %`
  console.log(
    `\n== ${basename(file)}: ${(total / 1e6).toFixed(1)} s sampled, ${(busy / 1e6).toFixed(1)} s busy (not idle)`,
  )
  console.log('  by area (share of busy time):')
  for (const [a, us] of [...areas]
    .filter(([a]) => a !== 'idle')
    .sort((x, y) => y[1] - x[1])
    .slice(0, 12))
    console.log(`    ${pct(us).padStart(7)}  ${a}`)
  console.log(`  top ${args.top} functions by self time:`)
  for (const [f, us] of [...fns]
    .filter(([f]) => !f.startsWith('(idle)'))
    .sort((x, y) => y[1] - x[1])
    .slice(0, Number(args.top)))
    console.log(`    ${pct(us).padStart(7)}  ${f}`)
}
