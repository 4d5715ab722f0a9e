/**
 * Back-pressure against a broker that goes away: a partner keeps posting mentions to the webhook
 * while the real broker is stopped and started again mid-stream. Ingest answers 503 with
 * Retry-After (or holds the request) instead of dropping; the sender retries as told; when the
 * broker is back every mention is on mentions.raw exactly once.
 *
 * Runs its own broker (infra/kafka/kafka.sh on a free port, its own data folder) so that stopping
 * it disturbs no other test.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createKafka, createProducer, ensureTopics } from '@vigil/bus'
import { createLogger, loadBrands } from '@vigil/config'
import type { Mention } from '@vigil/schema'
import { afterAll, describe, expect, it } from 'vitest'
import { uniqueName } from '../../../../tests/support/kafka.js'
import { waitFor } from '../../../../tests/support/wait.js'
import { buildIngestApp } from '../webhook.js'
import { Intake } from './intake.js'

const script = fileURLToPath(new URL('../../../../infra/kafka/kafka.sh', import.meta.url))
const logger = createLogger('broker-restart-int', 'error')
const dataDir = mkdtempSync(join(tmpdir(), 'vigil-broker-restart-'))
let env: NodeJS.ProcessEnv = {}

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number }
      s.close(() => resolve(port))
    })
  })
// Asynchronous, so the partner keeps posting (and being held or refused) while the broker stops and starts.
const broker = (cmd: 'start' | 'stop') =>
  new Promise<void>((resolve, reject) =>
    execFile('bash', [script, cmd], { env, timeout: 150_000 }, (err, _out, stderr) =>
      err ? reject(new Error(`kafka.sh ${cmd} failed: ${stderr}`)) : resolve(),
    ),
  )

afterAll(async () => {
  if (env.KAFKA_PORT) await broker('stop')
  rmSync(dataDir, { recursive: true, force: true })
})

const mention = (i: number): Mention => ({
  id: `x:restart-${i}`,
  event: 'create',
  platform: 'x',
  kind: 'post',
  url: '',
  author: { id: `u${i}`, handle: `@u${i}`, followers: 1, verified: false, isBrandAccount: false },
  text: `Northwind app down again ${i}`,
  createdAt: new Date(Date.UTC(2026, 10, 23, 10, 0, i)).toISOString(),
  receivedAt: new Date(Date.UTC(2026, 10, 23, 10, 0, i)).toISOString(),
  inReplyTo: null,
  conversationId: null,
  engagement: { likes: 0, shares: 0, replies: 0, views: 0 },
  rating: null,
  appVersion: null,
  lang: null,
})

describe('ingest while the broker stops and starts', () => {
  it(
    'counts every mention posted during an outage of the broker exactly once',
    { timeout: 400_000 },
    async () => {
      const port = await freePort()
      env = {
        ...process.env,
        KAFKA_PORT: String(port),
        KAFKA_CONTROLLER_PORT: String(await freePort()),
        KAFKA_DATA_DIR: dataDir,
      }
      await broker('start')
      const brokers = [`127.0.0.1:${port}`]
      const raw = `${uniqueName('restart')}.mentions.raw`
      const kafka = createKafka({ brokers, clientId: 'broker-restart-int', logger })
      await ensureTopics(kafka, [{ name: raw, partitions: 3 }])
      const producer = await createProducer(kafka, logger)
      const publish = (ms: Mention[]) =>
        producer.send(
          raw,
          ms.map((m) => ({ key: m.id, value: JSON.stringify(m) })),
        )
      const app = buildIngestApp({
        brands: loadBrands(),
        publish,
        intake: new Intake({ publish, retryAfterS: 2 }),
      })

      // The partner: batches of 10, resent as long as ingest says 503 (after its Retry-After).
      const N = 200
      let refused = 0
      let posted = 0
      const post = async (batch: Mention[]) => {
        for (;;) {
          const res = await app.inject({ method: 'POST', url: '/v1/mentions', payload: batch })
          if (res.statusCode === 202) {
            posted += batch.length
            return
          }
          expect(res.statusCode).toBe(503)
          expect(Number(res.headers['retry-after'])).toBeGreaterThan(0)
          refused++
          await new Promise((r) => setTimeout(r, Number(res.headers['retry-after']) * 1000))
        }
      }
      const sending = (async () => {
        for (let i = 0; i < N; i += 10) {
          await post(Array.from({ length: 10 }, (_, k) => mention(i + k)))
          await new Promise((r) => setTimeout(r, 100))
        }
      })()
      await new Promise((r) => setTimeout(r, 2_000))
      const postedBeforeStop = posted
      await broker('stop')
      await new Promise((r) => setTimeout(r, 5_000))
      await broker('start')
      await sending
      // The stream really crossed the outage: part was posted before the stop, the rest after.
      expect(postedBeforeStop).toBeGreaterThan(0)
      expect(postedBeforeStop).toBeLessThan(N)
      await producer.close()
      await app.close()

      const seen = new Map<string, number>()
      const consumer = kafka.consumer({ groupId: uniqueName('restart-observer') })
      await consumer.connect()
      await consumer.subscribe({ topics: [raw], fromBeginning: true })
      await consumer.run({
        eachMessage: async ({ message }) => {
          const id = message.key?.toString() ?? ''
          seen.set(id, (seen.get(id) ?? 0) + 1)
        },
      })
      await waitFor(() => seen.size >= N, { what: `all ${N} mentions on ${raw}`, timeoutMs: 60_000 })
      await new Promise((r) => setTimeout(r, 2_000))
      await consumer.disconnect()
      expect(seen.size).toBe(N)
      expect([...seen.values()].filter((n) => n !== 1)).toEqual([])
      logger.info({ event: 'broker_restart_refusals', refused })
    },
  )
})
