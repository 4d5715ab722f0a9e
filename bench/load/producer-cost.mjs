/**
 * What the load bench's producer costs (a script, not a test): lib/producer-child.mjs forked as
 * run.mjs forks it, producing to a fresh topic at `--rate` for `--seconds`, its CPU (user +
 * system, /proc) per mention produced. Runs alternate between the producer's ways of building
 * records (`--modes bytes,template,json`: LOAD_PRODUCER of each child), so that a busy machine
 * weighs on each alike; medians per mode at the end, then one JSON line. Each child also says how
 * varied its stream is: templates in its pool and distinct texts among them.
 *
 *   pnpm exec tsc -b
 *   KAFKA_BROKERS=127.0.0.1:29092 nice -n 5 node bench/load/producer-cost.mjs --rate 10000 --seconds 20 --runs 3
 *
 * `--cpu-prof DIR`: a V8 profile of each child (bench/load/cpu-top.mjs). The topic is deleted at
 * the end.
 */
import { fork } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { createKafka } from '../../packages/bus/dist/index.js'
import { createLogger } from '../../packages/config/dist/index.js'

const here = dirname(fileURLToPath(import.meta.url))
const { values: args } = parseArgs({
  options: {
    rate: { type: 'string', default: '10000' },
    seconds: { type: 'string', default: '20' },
    runs: { type: 'string', default: '3' },
    modes: { type: 'string', default: 'bytes,template' },
    partitions: { type: 'string', default: '3' },
    'cpu-prof': { type: 'string' },
  },
})
const brokers = process.env.KAFKA_BROKERS ?? '127.0.0.1:29092'
const HZ = 100 // USER_HZ: /proc's clock ticks
const load = () => loadavg()[0].toFixed(1)

const logger = createLogger('producer-cost', 'error')
const kafka = createKafka({ brokers: brokers.split(','), clientId: 'producer-cost', logger })
const admin = kafka.admin()
await admin.connect()
const topic = `producer-cost-${Date.now().toString(36)}`
await admin.createTopics({
  topics: [{ topic, numPartitions: Number(args.partitions), replicationFactor: 1 }],
})

const results = []
try {
  for (let r = 1; r <= Number(args.runs); r++) {
    for (const mode of args.modes.split(',')) {
      const before = load()
      const res = await runOnce(mode)
      Object.assign(res, { mode, run: r, load: `${before}→${load()}` })
      results.push(res)
      console.log(
        `[producer] ${mode} #${r} · produced ${res.produced} (${Math.round(res.perSecond)}/s) · CPU ${res.cpuMsPerMention.toFixed(4)} ms/mention · ${res.templates} templates, ${res.distinctTexts} distinct texts · load ${res.load}`,
      )
    }
  }
} finally {
  await admin.deleteTopics({ topics: [topic] }).catch(() => undefined)
  await admin.disconnect()
}
const summary = {}
for (const mode of args.modes.split(',')) {
  const mine = results.filter((x) => x.mode === mode)
  summary[mode] = {
    cpuMsPerMention: median(mine.map((x) => x.cpuMsPerMention)),
    perSecond: median(mine.map((x) => x.perSecond)),
    distinctTexts: mine[0]?.distinctTexts,
  }
  console.log(`[producer] median ${mode}: ${JSON.stringify(summary[mode])}`)
}
console.log(
  JSON.stringify({ rate: Number(args.rate), seconds: Number(args.seconds), summary, runs: results }),
)

/** One child: ready, one step at the rate, its CPU over the step alone. */
async function runOnce(mode) {
  const execArgv = args['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${args['cpu-prof']}`] : []
  const child = fork(join(here, 'lib', 'producer-child.mjs'), [], {
    env: { ...process.env, KAFKA_BROKERS: brokers, LOAD_RAW_TOPIC: topic, LOAD_PRODUCER: mode },
    execArgv,
  })
  const next = (type) =>
    new Promise((resolve) => {
      const on = (msg) => {
        if (msg.type !== type) return
        child.off('message', on)
        resolve(msg)
      }
      child.on('message', on)
    })
  const ready = await next('ready')
  const cpu0 = cpuSeconds(child.pid)
  const t0 = performance.now()
  child.send({ type: 'step', rate: Number(args.rate), seconds: Number(args.seconds) })
  const stepped = await next('stepped')
  const cpuS = cpuSeconds(child.pid) - cpu0
  const wallS = (performance.now() - t0) / 1000
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.send({ type: 'close' })
  await exited
  return {
    produced: stepped.produced,
    perSecond: stepped.produced / wallS,
    cpuMsPerMention: (cpuS * 1000) / stepped.produced,
    templates: ready.templates,
    distinctTexts: ready.distinctTexts,
  }
}

function cpuSeconds(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
  return (Number(stat[11]) + Number(stat[12])) / HZ
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}
