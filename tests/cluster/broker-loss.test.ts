/**
 * A three-broker KRaft cluster on loopback (infra/kafka/cluster.sh: replication factor 3,
 * min.insync.replicas 2) loses nothing when a broker is killed with SIGKILL under load: every
 * record the pipeline's own producer (idempotent, acks=all) was told is written is read back.
 * Without patches/kafkajs@2.2.4.patch this failed: 168 of 12,000 acknowledged records (one
 * partition's share of the batch sent right after the kill) were never written (kafkajs #1303).
 */
import { execFile } from 'node:child_process'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { createKafka, createProducer, ensureTopics } from '@vigil/bus'
import { createLogger } from '@vigil/config'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { uniqueName } from '../support/kafka.js'

const run = promisify(execFile)
const repo = join(import.meta.dirname, '../..')
const script = join(repo, 'infra/kafka/cluster.sh')
// Its own ports and data: never the single test broker's, never a developer's cluster.
const env = {
  ...process.env,
  KAFKA_CLUSTER_PORT: process.env.VIGIL_TEST_CLUSTER_PORT ?? '39192',
  KAFKA_CLUSTER_DIR: join(repo, '.cache/kafka-cluster-test'),
}
const cluster = (...args: string[]) => run('bash', [script, ...args], { env, timeout: 170_000 })

const BATCHES = 24
const PER_BATCH = 500
const KILL_AFTER = 8
const RESTART_AFTER = 16

describe('three-broker cluster', () => {
  let brokers: string[] = []
  const logger = createLogger('cluster-test', 'error')

  beforeAll(async () => {
    await cluster('stop').catch(() => undefined)
    rmSync(env.KAFKA_CLUSTER_DIR, { recursive: true, force: true })
    const { stdout } = await cluster('start')
    brokers = stdout.trim().split(',')
  }, 180_000)

  afterAll(async () => {
    await cluster('stop').catch(() => undefined)
    rmSync(env.KAFKA_CLUSTER_DIR, { recursive: true, force: true })
  }, 120_000)

  it('keeps every acknowledged record when a broker is killed mid-stream', async () => {
    expect(brokers).toHaveLength(3)
    const kafka = createKafka({ brokers, clientId: 'cluster-test', logger })
    const topic = uniqueName('cluster-loss')
    await ensureTopics(kafka, [{ name: topic, partitions: 3 }])

    const admin = kafka.admin()
    await admin.connect()
    const meta = await admin.fetchTopicMetadata({ topics: [topic] })
    // Three replicas of every partition, all in sync before the fault.
    expect(meta.topics[0]?.partitions).toHaveLength(3)
    for (const p of meta.topics[0]?.partitions ?? []) {
      expect(p.replicas).toHaveLength(3)
      expect(p.isr).toHaveLength(3)
    }

    const producer = await createProducer(kafka, logger)
    const acknowledged = new Set<string>()
    let resent = 0
    for (let b = 0; b < BATCHES; b++) {
      if (b === KILL_AFTER) await cluster('kill', '2')
      if (b === RESTART_AFTER) await cluster('start-node', '2')
      const records = Array.from({ length: PER_BATCH }, (_, i) => {
        const id = `m-${b}-${i}`
        return { key: id, value: JSON.stringify({ id, b }) }
      })
      // The services' contract: a failed send is retried by the caller (at least once);
      // consumers are idempotent on id.
      for (let attempt = 0; ; attempt++) {
        try {
          await producer.send(topic, records)
          break
        } catch (err) {
          if (attempt >= 3) throw err
          resent++
        }
      }
      for (const r of records) acknowledged.add(r.key)
    }
    await producer.close()

    const seen = new Map<string, number>()
    const consumer = kafka.consumer({ groupId: uniqueName('cluster-loss-reader') })
    await consumer.connect()
    await consumer.subscribe({ topic, fromBeginning: true })
    const done = new Promise<void>((resolve) => {
      void consumer.run({
        eachMessage: async ({ message }) => {
          const id = message.key?.toString() ?? ''
          seen.set(id, (seen.get(id) ?? 0) + 1)
          if (seen.size >= acknowledged.size) resolve()
        },
      })
    })
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, 90_000))
    await Promise.race([done, timeout])
    await consumer.disconnect()

    const after = await admin.fetchTopicMetadata({ topics: [topic] })
    await admin.disconnect()

    const missing = [...acknowledged].filter((id) => !seen.has(id))
    const twice = [...seen.values()].filter((n) => n > 1).length
    console.log(
      `[cluster] acknowledged ${acknowledged.size}, read ${seen.size} distinct, missing ${missing.length}, ` +
        `read twice ${twice}, batches resent by the caller ${resent}`,
    )
    expect(missing).toEqual([])
    // Duplicates: the batches the caller resent, and at most the one batch in flight when the
    // leader died, which kafkajs's own retry may write twice (once in a CI run: 168 of its
    // records, none resent by the caller; its sequence numbers do not always survive the leader
    // change). Consumers are idempotent on id (the sink checks its store), so none is counted
    // twice downstream; a systematic duplication would exceed this bound.
    expect(twice).toBeLessThanOrEqual((resent + 1) * PER_BATCH)
    // Every partition still has three replicas; the restarted broker is a replica again.
    expect(after.topics[0]?.partitions).toHaveLength(3)
    for (const p of after.topics[0]?.partitions ?? []) expect(p.replicas).toHaveLength(3)
  }, 300_000)
})
