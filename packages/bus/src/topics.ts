import type { Topics } from '@vigil/schema'
import type { Kafka } from 'kafkajs'
import { BusError, BusErrorCode } from './errors.js'

export interface TopicSpec {
  name: string
  partitions: number
  /** Keep only the latest record per key (state snapshots). */
  compacted?: boolean
  retentionMs?: number
}

/** Every topic the pipeline uses. The detector's state is a compacted changelog keyed by brand. */
export function vigilTopicSpecs(topics: Topics, partitions: number): TopicSpec[] {
  const week = 7 * 24 * 3_600_000
  return [
    { name: topics.raw, partitions, retentionMs: week },
    { name: topics.dlq, partitions, retentionMs: 4 * week },
    { name: topics.enriched, partitions, retentionMs: week },
    { name: topics.alerts, partitions, retentionMs: 4 * week },
    { name: topics.metrics, partitions, retentionMs: 24 * 3_600_000 },
    { name: topics.detectorState, partitions, compacted: true },
    { name: topics.feedback, partitions, retentionMs: 4 * week },
    { name: topics.deliveries, partitions, retentionMs: 4 * week },
    { name: topics.outletOutbox, partitions, compacted: true },
  ]
}

export function topicConfigEntries(spec: TopicSpec): Array<{ name: string; value: string }> {
  const entries: Array<{ name: string; value: string }> = []
  if (spec.compacted) entries.push({ name: 'cleanup.policy', value: 'compact' })
  if (spec.retentionMs !== undefined) entries.push({ name: 'retention.ms', value: String(spec.retentionMs) })
  return entries
}

/**
 * Create missing topics and grow partition counts that are too small; never shrinks or
 * rewrites config of an existing topic. Safe to call from every service at start-up, also
 * concurrently (a topic created by someone else in between counts as success).
 */
export async function ensureTopics(kafka: Kafka, specs: TopicSpec[]): Promise<void> {
  const admin = kafka.admin()
  await admin.connect()
  try {
    const deadline = Date.now() + 30_000
    for (let attempt = 0; ; attempt++) {
      try {
        await ensureOnce(admin, specs)
        await waitForLeaders(
          admin,
          specs.map((s) => s.name),
        )
        return
      } catch (err) {
        // A concurrent creator can turn part of a multi-topic create into TOPIC_ALREADY_EXISTS;
        // re-listing resolves that. On a cluster the brokers learn of a topic created a moment
        // ago one after another: a broker that does not host it yet answers a retriable
        // UNKNOWN_TOPIC_OR_PARTITION (seen in CI on the three-broker cluster under load), so
        // retriable errors are retried, with a pause, until the deadline.
        const retriable = (err as { retriable?: boolean }).retriable === true
        if (attempt >= 2 && !(retriable && Date.now() < deadline)) {
          throw new BusError(BusErrorCode.topics, `ensureTopics failed: ${(err as Error).message}`, {
            cause: err,
          })
        }
        if (attempt >= 2) await new Promise((r) => setTimeout(r, Math.min(100 * 2 ** (attempt - 2), 1_000)))
      }
    }
  } finally {
    await admin.disconnect()
  }
}

async function ensureOnce(admin: ReturnType<Kafka['admin']>, specs: TopicSpec[]): Promise<void> {
  const existing = new Set(await admin.listTopics())
  const missing = specs.filter((s) => !existing.has(s.name))
  if (missing.length > 0) {
    await admin.createTopics({
      waitForLeaders: true,
      topics: missing.map((s) => ({
        topic: s.name,
        numPartitions: s.partitions,
        // -1: the broker's default.replication.factor, so one spec fits a dev node and a cluster.
        replicationFactor: -1,
        configEntries: topicConfigEntries(s),
      })),
    })
  }
  const present = specs.filter((s) => existing.has(s.name))
  if (present.length === 0) return
  const meta = await admin.fetchTopicMetadata({ topics: present.map((s) => s.name) })
  const grow = present.flatMap((s) => {
    const have = meta.topics.find((t) => t.name === s.name)?.partitions.length ?? 0
    return have < s.partitions ? [{ topic: s.name, count: s.partitions }] : []
  })
  if (grow.length === 0) return
  await admin.createPartitions({ topicPartitions: grow })
  await waitForPartitions(admin, grow)
}

/**
 * A topic another service created a moment ago may exist before its partitions have leaders;
 * reading offsets then fails with NOT_LEADER_FOR_PARTITION. Wait until every partition of every
 * topic answers a ListOffsets, so "ensureTopics resolved" means the topics are usable.
 */
async function waitForLeaders(admin: ReturnType<Kafka['admin']>, topics: string[]): Promise<void> {
  const deadline = Date.now() + 30_000
  for (;;) {
    try {
      for (const topic of topics) await admin.fetchTopicOffsets(topic)
      return
    } catch (err) {
      const retriable = (err as { retriable?: boolean }).retriable === true
      if (!retriable || Date.now() > deadline) throw err
      await new Promise((r) => setTimeout(r, 200))
    }
  }
}

/**
 * createPartitions returns before every broker's metadata shows the new partitions; wait so
 * that "ensureTopics resolved" means producers can address them.
 */
async function waitForPartitions(
  admin: ReturnType<Kafka['admin']>,
  want: Array<{ topic: string; count: number }>,
): Promise<void> {
  const deadline = Date.now() + 15_000
  for (;;) {
    const meta = await admin.fetchTopicMetadata({ topics: want.map((w) => w.topic) })
    const short = want.filter(
      (w) => (meta.topics.find((t) => t.name === w.topic)?.partitions.length ?? 0) < w.count,
    )
    if (short.length === 0) return
    if (Date.now() > deadline) {
      throw new Error(`partitions of ${short.map((w) => w.topic).join(', ')} not visible after 15 s`)
    }
    await new Promise((r) => setTimeout(r, 100))
  }
}
