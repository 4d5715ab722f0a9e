/**
 * Waiting for the stack to drain and checking, by mention id, what it stored.
 */
import type { Kafka } from '@vigil/bus'
import { createStore } from '@vigil/store'
import type { KafkaMessage } from 'kafkajs'
import type { FaultStack } from './stack.js'
import { sleep } from './stack.js'

/** Total committed lag of the stack's consumer groups on the topics each of them reads. */
export async function groupLag(kafka: Kafka, stack: FaultStack): Promise<number> {
  const admin = kafka.admin()
  await admin.connect()
  try {
    const t = stack.topics
    const reads: [string, string][] = [
      [stack.groups.enricher, t.raw],
      [stack.groups.detector, t.enriched],
      [stack.groups.sink, t.enriched],
      [stack.groups.sink, t.alerts],
    ]
    let lag = 0
    for (const [groupId, topic] of reads) {
      const high = await admin.fetchTopicOffsets(topic).catch(() => [])
      const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] })
      for (const p of high) {
        const c = committed?.partitions.find((x) => x.partition === p.partition)
        const done = c && Number(c.offset) >= 0 ? Number(c.offset) : Number(p.low)
        lag += Math.max(0, Number(p.high) - done)
      }
    }
    return lag
  } finally {
    await admin.disconnect()
  }
}

/** Polls until every group has committed everything, twice in a row (bounded). */
export async function waitDrained(kafka: Kafka, stack: FaultStack, timeoutMs = 180_000): Promise<number> {
  const start = Date.now()
  let zeros = 0
  while (Date.now() - start < timeoutMs) {
    const lag = await groupLag(kafka, stack)
    zeros = lag === 0 ? zeros + 1 : 0
    if (zeros >= 2) return Date.now() - start
    await sleep(1_000)
  }
  throw new Error(`the stack did not drain within ${timeoutMs} ms (lag ${await groupLag(kafka, stack)})`)
}

export interface Stored {
  produced: number
  stored: number
  missing: string[]
  twice: string[]
  /** Ids whose latest row (mentions FINAL) is absent or repeated. */
  finalWrong: string[]
  /** (minute, brand) keys where mention_minute's volume differs from the stored create events. */
  minuteMismatches: { minute: string; brand: string; aggregated: number; events: number }[]
  minutesChecked: number
  alertVersions: number
  /** `id@version` of each incident as the store keeps it (alerts FINAL: the newest version). */
  latestAlerts: string[]
  duplicateAlertVersions: { id: string; version: string; n: number }[]
}

/**
 * Opens the stack's chDB directory (after the stack stopped: chDB is one process per directory)
 * and checks every produced id: one create event in mention_events, one row in mentions FINAL;
 * mention_minute summed per (minute, brand) equals the create events; no alert (id, version)
 * stored twice.
 */
export async function readStored(stack: FaultStack, produced: string[]): Promise<Stored> {
  const store = await createStore({ chdbPath: stack.chdbPath, database: 'vigil' })
  const q = async <T>(query: string): Promise<T[]> =>
    (await (await store.client.query({ query, format: 'JSONEachRow' })).json()) as T[]
  try {
    const db = store.database
    const events = new Map<string, number>()
    for (const r of await q<{ id: string; n: string }>(
      `SELECT id, count() AS n FROM ${db}.mention_events WHERE event = 'create' GROUP BY id`,
    ))
      events.set(r.id, Number(r.n))
    const latest = new Map<string, number>()
    for (const r of await q<{ id: string; n: string }>(
      `SELECT id, count() AS n FROM ${db}.mentions FINAL GROUP BY id`,
    ))
      latest.set(r.id, Number(r.n))
    const missing = produced.filter((id) => !events.has(id))
    const twice = produced.filter((id) => (events.get(id) ?? 0) > 1)
    const finalWrong = produced.filter((id) => latest.get(id) !== 1)

    const aggregated = await q<{ minute: string; brand: string; n: string }>(
      `SELECT toString(minute) AS minute, brand, sum(volume) AS n FROM ${db}.mention_minute GROUP BY minute, brand`,
    )
    const fromEvents = await q<{ minute: string; brand: string; n: string }>(
      `SELECT toString(toStartOfMinute(created_at)) AS minute, arrayJoin(brands) AS brand, count() AS n
         FROM ${db}.mention_events WHERE event = 'create' GROUP BY minute, brand`,
    )
    const key = (r: { minute: string; brand: string }) => `${r.minute}|${r.brand}`
    const agg = new Map(aggregated.map((r) => [key(r), Number(r.n)]))
    const evs = new Map(fromEvents.map((r) => [key(r), Number(r.n)]))
    const minuteMismatches = [...new Set([...agg.keys(), ...evs.keys()])]
      .filter((k) => (agg.get(k) ?? 0) !== (evs.get(k) ?? 0))
      .map((k) => {
        const [minute = '', brand = ''] = k.split('|')
        return { minute, brand, aggregated: agg.get(k) ?? 0, events: evs.get(k) ?? 0 }
      })

    const [versions] = await q<{ n: string }>(`SELECT count() AS n FROM ${db}.alerts`)
    const dupes = await q<{ id: string; version: string; n: string }>(
      `SELECT id, toString(version) AS version, count() AS n FROM ${db}.alerts GROUP BY id, version HAVING n > 1`,
    )
    const newestAlerts = await q<{ v: string }>(
      `SELECT concat(id, '@', toString(version)) AS v FROM ${db}.alerts FINAL ORDER BY v`,
    )
    return {
      produced: produced.length,
      stored: produced.length - missing.length,
      missing,
      twice,
      finalWrong,
      minuteMismatches,
      minutesChecked: evs.size,
      alertVersions: Number(versions?.n ?? 0),
      latestAlerts: newestAlerts.map((r) => r.v),
      duplicateAlertVersions: dupes.map((d) => ({ id: d.id, version: d.version, n: Number(d.n) })),
    }
  } finally {
    await store.close()
  }
}

export interface DeadLettered {
  owed: number
  missing: string[]
  /** Keys dead-lettered more than once (allowed only for a batch not committed at a crash). */
  twice: string[]
}

/** Reads the stack's dead-letter topic to its end and counts the enricher's by original key. */
export async function readDeadLetters(
  kafka: Kafka,
  stack: FaultStack,
  owed: string[],
): Promise<DeadLettered> {
  const seen = new Map<string, number>()
  await readToEnd(kafka, stack.topics.dlq, `${stack.run}-dlq-check`, (message) => {
    if (String(message.headers?.['vigil.dlq.stage'] ?? '') === 'enricher') {
      const key = String(message.key)
      seen.set(key, (seen.get(key) ?? 0) + 1)
    }
  })
  return {
    owed: owed.length,
    missing: owed.filter((k) => !seen.has(k)),
    twice: owed.filter((k) => (seen.get(k) ?? 0) > 1),
  }
}

/** Every record of `topic` up to its end as the read begins (within 60 s), in its own group. */
export async function readToEnd(
  kafka: Kafka,
  topic: string,
  groupId: string,
  each: (message: KafkaMessage) => void,
): Promise<void> {
  const admin = kafka.admin()
  await admin.connect()
  const ends = await admin.fetchTopicOffsets(topic).finally(() => admin.disconnect())
  const left = new Map(ends.filter((p) => Number(p.high) > 0).map((p) => [p.partition, Number(p.high)]))
  if (left.size === 0) return
  const reader = kafka.consumer({ groupId })
  await reader.connect()
  try {
    await reader.subscribe({ topics: [topic], fromBeginning: true })
    await reader.run({
      eachMessage: async ({ partition, message }) => {
        each(message)
        if (Number(message.offset) + 1 >= (left.get(partition) ?? 0)) left.delete(partition)
      },
    })
    const start = Date.now()
    while (left.size > 0) {
      if (Date.now() - start > 60_000) throw new Error(`${topic} not read to its end within 60 s`)
      await sleep(200)
    }
  } finally {
    await reader.disconnect()
  }
}

/** The one summary line per fault the suite prints. */
export function summary(fault: string, s: Stored, tookMs: number, extra = ''): string {
  return (
    `[fault] ${fault}: produced ${s.produced} / stored ${s.stored} / missing ${s.missing.length} / twice ${s.twice.length}` +
    ` | minutes ${s.minutesChecked} checked, ${s.minuteMismatches.length} off | alert versions ${s.alertVersions}, ${s.duplicateAlertVersions.length} duplicated` +
    ` | ${(tookMs / 1000).toFixed(1)} s${extra ? ` | ${extra}` : ''}`
  )
}
