import { createKafka, createProducer, ensureTopics, vigilTopicSpecs } from '@vigil/bus'
import { commonConfig, createLogger } from '@vigil/config'
import { topicNames } from '@vigil/schema'
import { replayFile } from './replay.js'

const file = process.argv[2]
if (!file) {
  process.stderr.write('usage: node services/ingest/dist/replay-cli.js FILE.ndjson\n')
  process.exit(2)
}
const cfg = commonConfig(process.env, 'ingest-replay')
const logger = createLogger('ingest-replay', cfg.logLevel)
const topics = topicNames(cfg.topicPrefix)
const kafka = createKafka({ brokers: cfg.kafkaBrokers, clientId: cfg.kafkaClientId, logger })
await ensureTopics(kafka, vigilTopicSpecs(topics, cfg.partitions))
const producer = await createProducer(kafka, logger)
const { lines } = await replayFile(file, (batch) => producer.send(topics.raw, batch))
await producer.close()
logger.info({ event: 'replay_done', file, lines })
