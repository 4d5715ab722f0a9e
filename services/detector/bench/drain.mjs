/**
 * How much CPU the detector spends per mention draining mentions.enriched (a script, not a
 * test). Produces N realistic enriched mentions (the load stream, lib/mentions.mjs, keyed and
 * placed as the enricher does: one copy per brand) to fresh topics, then starts the detector
 * (`startDetector`, as main.ts wires it, no /metrics server) on a fresh group and times it from
 * its start until it has observed every record. Prints records/s, the process's CPU ms per
 * mention over the drain (its start-up included: ~0.1 s), and one JSON line. `--profile FILE`
 * writes a V8 CPU profile of the drain alone (not the produce) for bench/load/cpu-top.mjs.
 *
 *   pnpm exec tsc -b
 *   KAFKA_BROKERS=127.0.0.1:29092 nice -n 5 node services/detector/bench/drain.mjs --count 60000
 */
import { loadavg } from 'node:os'
import { parseArgs } from 'node:util'
import { fillEnriched, freshBenchTopics, profileTo } from '../../../bench/load/lib/drain-bench.mjs'
import { createProducer } from '../../../packages/bus/dist/index.js'
import { loadBrands } from '../../../packages/config/dist/index.js'
import { brandPlacement } from '../../../packages/schema/dist/index.js'
import { startDetector } from '../dist/index.js'

const { values: args } = parseArgs({
  options: {
    count: { type: 'string', default: '60000' },
    partitions: { type: 'string', default: '3' },
    profile: { type: 'string' },
  },
})
const count = Number(args.count)
const partitions = Number(args.partitions)
const { kafka, logger, prefix, topics } = await freshBenchTopics('detector', partitions)
const brands = loadBrands()
const place = brandPlacement(brands, partitions)

const producer = await createProducer(kafka, logger)
const { records } = await fillEnriched(producer, topics.enriched, count, place)
console.log(`produced ${count} mentions as ${records} records`)

const stopProfile = await profileTo(args.profile)
const load0 = loadavg()[0]
const cpu0 = process.cpuUsage()
const started = performance.now()
const detector = await startDetector({
  kafka,
  producer,
  topics,
  logger,
  brands: brands.map((b) => ({ id: b.id, role: b.role, size: b.size })),
  groupId: `${prefix}detector`,
  stateGroupId: `${prefix}state`,
  feedbackGroupId: `${prefix}feedback`,
})
const deadline = Date.now() + 15 * 60_000
const seen = () => {
  const s = detector.stats()
  return s.observed + s.redeliveriesSkipped + s.deadLettered
}
while (seen() < records && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50))
const wallMs = performance.now() - started
const cpu = process.cpuUsage(cpu0)
await stopProfile()
const stats = detector.stats()
await detector.stop()
await producer.close()
const admin = kafka.admin()
await admin.connect()
await admin.deleteTopics({ topics: Object.values(topics) }).catch(() => {})
await admin.disconnect()

const cpuMs = (cpu.user + cpu.system) / 1000
const out = {
  mentions: count,
  records,
  observed: stats.observed,
  deadLettered: stats.deadLettered,
  seconds: Number((wallMs / 1000).toFixed(2)),
  perSecond: Math.round((records / wallMs) * 1000),
  cpuMsPerMention: Number((cpuMs / count).toFixed(4)),
  load: `${load0.toFixed(1)}→${loadavg()[0].toFixed(1)}`,
}
console.log(
  `${stats.observed} of ${records} records observed in ${out.seconds} s (${out.perSecond}/s), CPU ${out.cpuMsPerMention} ms per mention, load ${out.load}`,
)
console.log(JSON.stringify(out))
process.exit(0)
