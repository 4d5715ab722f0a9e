import { parseArgs } from 'node:util'
import { createKafka, createProducer, ensureTopics, vigilTopicSpecs } from '@vigil/bus'
import { commonConfig, createLogger, loadBrands } from '@vigil/config'
import { topicNames } from '@vigil/schema'
import { type Format, isFormat, OwnAccounts } from './connectors/index.js'
import { type Pace, replayCsv, replayFile, replayPayload } from './replay.js'

const USAGE = `usage: node services/ingest/dist/replay-cli.js [--speed original|N|fastest] [--csv | --format FORMAT] FILE
  FILE.ndjson: one Mention a line, sent as is (bad lines dead-lettered by the enricher)
  --csv (or a .csv FILE): an export with a header line, columns named like Mention fields
  --format FORMAT: a recorded platform payload, normalised by its connector (as vigil-normalize)
  --speed: original = at the pace of the event times, N = N times faster, fastest (default)`

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { speed: { type: 'string' }, csv: { type: 'boolean' }, format: { type: 'string' } },
})
const file = positionals[0]
const speed = values.speed ?? 'fastest'
const n = speed === 'original' ? 1 : Number(speed)
if (
  !file ||
  (speed !== 'fastest' && !(n > 0)) ||
  (values.format && values.format !== 'auto' && !isFormat(values.format))
) {
  process.stderr.write(`${USAGE}\n`)
  process.exit(2)
}
const pace: Pace = speed === 'fastest' ? { mode: 'fastest' } : { mode: 'paced', speed: n }
const cfg = commonConfig(process.env, 'ingest-replay')
const logger = createLogger('ingest-replay', cfg.logLevel)
const topics = topicNames(cfg.topicPrefix)
const kafka = createKafka({ brokers: cfg.kafkaBrokers, clientId: cfg.kafkaClientId, logger })
await ensureTopics(kafka, vigilTopicSpecs(topics, cfg.partitions))
const producer = await createProducer(kafka, logger)
const send = (batch: Parameters<typeof producer.send>[1]) => producer.send(topics.raw, batch)
if (values.format) {
  const ctx = { receivedAt: new Date().toISOString(), accounts: new OwnAccounts(loadBrands(cfg.brandsPath)) }
  const r = await replayPayload(file, values.format as Format | 'auto', ctx, send, { pace })
  logger.info({ event: 'replay_done', file, format: r.format, sent: r.sent, errors: r.errors.slice(0, 50) })
  if (!r.readable) process.exitCode = 1
} else {
  const csv = values.csv || file.toLowerCase().endsWith('.csv')
  const { lines } = await (csv ? replayCsv : replayFile)(file, send, { pace })
  logger.info({ event: 'replay_done', file, lines, csv })
}
await producer.close()
