/**
 * How mentions.enriched spreads over its partitions: the ingest generator's multilingual stream,
 * enriched by the real NLP and written by the enricher's own record builder to fresh topics of
 * the broker in KAFKA_BROKERS, once keyed by brand with murmur2 (before) and once with the
 * brands balanced over the partitions (after, @vigil/schema placement.ts). Counts the records
 * each partition holds (the broker's end offsets) and prints the busiest partition's share,
 * which bounds what adding instances can add: 1 / share is the most instances' worth of work.
 *
 *   pnpm exec tsc -b
 *   KAFKA_BROKERS=127.0.0.1:29092 node bench/load/partition-spread.mjs --count 20000 --partitions 3,6
 */
import { loadavg } from 'node:os'
import { parseArgs } from 'node:util'
import { createKafka, createProducer, ensureTopics } from '../../packages/bus/dist/index.js'
import { createLogger, loadBrands } from '../../packages/config/dist/index.js'
import { brandPlacement } from '../../packages/schema/dist/index.js'
import { enrichedRecords } from '../../services/enricher/dist/step.js'
import { enrichedStream } from './lib/mentions.mjs'

const { values: args } = parseArgs({
  options: { count: { type: 'string', default: '20000' }, partitions: { type: 'string', default: '3,6' } },
})
const logger = createLogger('partition-spread', 'error')
const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:29092').split(',')
const kafka = createKafka({ brokers, clientId: 'partition-spread', logger })
const producer = await createProducer(kafka, logger)
const admin = kafka.admin()
await admin.connect()
const brands = loadBrands()
const mentions = [...enrichedStream(Number(args.count))].flat()
const run = `spread-${Date.now().toString(36)}`
const created = []
const rows = []
console.log(
  `[spread] ${mentions.length} mentions, load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
)
for (const n of args.partitions.split(',').map(Number)) {
  for (const [how, place] of [
    ['murmur2(brand)', undefined],
    ['balanced', brandPlacement(brands, n)],
  ]) {
    const topic = `${run}.${how === 'balanced' ? 'after' : 'before'}.${n}`
    await ensureTopics(kafka, [{ name: topic, partitions: n }])
    created.push(topic)
    const recs = mentions.flatMap((m) => enrichedRecords(m, place))
    for (let i = 0; i < recs.length; i += 5000) await producer.send(topic, recs.slice(i, i + 5000))
    const offsets = await admin.fetchTopicOffsets(topic)
    const counts = offsets.sort((a, b) => a.partition - b.partition).map((p) => Number(p.high))
    const total = counts.reduce((a, b) => a + b, 0)
    const share = Math.max(...counts) / total
    rows.push({
      partitions: n,
      keys: how,
      counts,
      busiestShare: Number(share.toFixed(3)),
      speedupBound: Number((1 / share).toFixed(2)),
    })
    console.log(
      `[spread] ${n} partitions, ${how.padEnd(14)} records per partition ${counts.join(' / ')}; busiest ${(share * 100).toFixed(1)} %; at most ${(1 / share).toFixed(2)} instances' worth`,
    )
  }
}
await admin.deleteTopics({ topics: created }).catch(() => {})
await admin.disconnect()
await producer.close()
console.log(JSON.stringify({ mentions: mentions.length, rows, loadavg: loadavg() }))
