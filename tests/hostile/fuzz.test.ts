/**
 * Hostile input on the real stack: ~100,000 seeded bad records through ingest's HTTP doors and
 * straight into every topic a service consumes, with good records interleaved. Afterwards no
 * process has died, every bad record is dead-lettered (or, at an HTTP door, answered) with its
 * reason, counted exactly, and every good record is stored in ClickHouse by id.
 * Reproduce a failure with FUZZ_SEED=<the printed seed>.
 */
import { createHash, createHmac } from 'node:crypto'
import { mkdirSync, rmSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import { join } from 'node:path'
import { topicNames } from '@vigil/schema'
import { createStore } from '@vigil/store'
import { Kafka, logLevel, type Message, type Producer } from 'kafkajs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repoRoot, type Service, stopService } from '../e2e/launch.js'
import { groupLag } from '../e2e/observe.js'
import { stackEnv, stackPorts, startStack } from '../e2e/whole-stack.js'
import { testBrokers, uniqueName } from '../support/kafka.js'
import { waitFor } from '../support/wait.js'
import { badRecord, type GoodMention, goodBytes, goodMention, pickBadKind, seededRandom } from './generate.js'

const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000_007)
// Bad records per door; the sum is the run's total (≥ 100,000).
const PLAN = {
  raw: 46_000,
  enriched: 16_000,
  alerts: 16_000,
  feedback: 10_000,
  httpItems: 12_000,
  httpBodies: 300,
  metaPayloads: 400,
  metaRefused: 100,
}
const GOOD_RAW = 4_000
const HTTP_BATCH = { bad: 30, good: 10 }

const run = uniqueName('hostile')
const prefix = `${run}.`
const topics = topicNames(prefix)
const chdbPath = join(repoRoot, '.cache', 'hostile-chdb', run)
const INGEST_TOKEN = `fuzz-relay-${run}`
const META_SECRET = `meta-secret-${run}`
const services = new Map<string, Service>()
let brokers: string[]
let ingestUrl: string
let apiUrl: string
let metrics: { enricher: string; detector: string; outlet: string }

const r = seededRandom(SEED)
const goodIds = new Set<string>()
let goodSeq = 0
const nextGood = (): GoodMention => {
  const m = goodMention(r, `x:${run}-${goodSeq++}`)
  goodIds.add(m.id)
  return m
}

beforeAll(async () => {
  console.log(`hostile fuzz seed: ${SEED} (rerun with FUZZ_SEED=${SEED})`)
  brokers = testBrokers()
  const ports = await stackPorts()
  apiUrl = `http://127.0.0.1:${ports.api}`
  ingestUrl = `http://127.0.0.1:${ports.ingest}`
  metrics = {
    enricher: `http://127.0.0.1:${ports.enr}/metrics`,
    detector: `http://127.0.0.1:${ports.det}/metrics`,
    outlet: `http://127.0.0.1:${ports.out}/metrics`,
  }
  const env = {
    ...stackEnv({ brokers, run, chdbPath, ports }),
    // Nothing good is ever alerted here; the webhook only has to be configured.
    ALERT_WEBHOOK_URL: 'http://127.0.0.1:9/alerts',
    ALERT_WEBHOOK_SECRET: `webhook-secret-${run}`,
    INGEST_TOKENS: `fuzz:${INGEST_TOKEN}`,
    META_APP_SECRET: META_SECRET,
    META_VERIFY_TOKEN: `verify-${run}`,
    VIGIL_OPEN_DEMO: '1',
    INGEST_RATE_LIMIT_MAX: '1000000',
    API_RATE_LIMIT_MAX: '1000000',
    GENERATOR: 'false',
    LOG_LEVEL: 'warn',
  }
  const logDir = join(repoRoot, 'test-output', 'hostile', 'logs')
  mkdirSync(logDir, { recursive: true })
  await startStack(env, logDir, services, ports)
})

afterAll(async () => {
  for (const s of services.values()) await stopService(s)
  rmSync(chdbPath, { recursive: true, force: true })
})

/** Sends in chunks under the broker's 1 MB batch limit; a record over 256 KiB goes alone. */
async function produceAll(producer: Producer, topic: string, messages: Message[]): Promise<void> {
  let chunk: Message[] = []
  let bytes = 0
  const flush = async () => {
    if (chunk.length > 0) await producer.send({ topic, messages: chunk })
    chunk = []
    bytes = 0
  }
  for (const m of messages) {
    const size = (m.value as Buffer | null)?.length ?? 0
    if (bytes + size > 600_000 || chunk.length >= 1000) await flush()
    chunk.push(m)
    bytes += size
  }
  await flush()
}

/** Bad records for a topic, `good` good mentions interleaved at random places. */
function topicMessages(bad: number, good: number): Message[] {
  const out: Message[] = []
  const total = bad + good
  let goodLeft = good
  for (let i = 0; i < total; i++) {
    if (goodLeft > 0 && r() < goodLeft / (total - i)) {
      const m = nextGood()
      out.push({ key: m.id, value: goodBytes(r, m) })
      goodLeft--
    } else {
      const b = badRecord(r, goodMention(r, `x:${run}-bad-${i}`))
      out.push({ key: r() < 0.1 ? null : `bad-${i}`, value: b.value })
    }
  }
  return out
}

/** Items that are JSON but not mentions, for the generic webhook's per-item validation. */
function badItem(): unknown {
  for (;;) {
    const kind = pickBadKind(r)
    if (!['wrong-types', 'missing-field', 'json-scalar', 'bidi-controls', 'over-limit-field'].includes(kind))
      continue
    return JSON.parse(badRecord(r, goodMention(r, 'x:item'), kind).value!.toString())
  }
}

const tally = { generated: 0, httpRejectedWithReason: 0, metaRefused: 0, hungUp: 0, resent: 0 }

const auth = { authorization: `Bearer ${INGEST_TOKEN}` }

/**
 * A body over the server's limit is answered 413 and the connection closed while the client is
 * still writing; fetch reports that as a failure, so those go through node:http, which keeps the
 * answer that came before the broken pipe.
 */
async function postHuge(path: string, body: Buffer, headers: Record<string, string>): Promise<Response> {
  return await new Promise((resolve, reject) => {
    let answered = false
    const req = httpRequest(
      `${ingestUrl}${path}`,
      { method: 'POST', headers: { ...headers, 'content-length': String(body.length) } },
      (res) => {
        answered = true
        res.resume()
        // The status is the answer; the body may be cut when the server hangs up.
        resolve(new Response(null, { status: res.statusCode ?? 500 }))
      },
    )
    req.on('error', (err) => {
      if (answered) return
      // The server refused the body by hanging up before its answer was read: a refusal too,
      // counted apart so the summary says how many were answered 413 and how many cut off.
      const code = (err as NodeJS.ErrnoException).code
      if (code === 'EPIPE' || code === 'ECONNRESET') {
        answered = true
        tally.hungUp++
        resolve(new Response(null, { status: 413 }))
      } else reject(err)
    })
    // Written a chunk at a time and stopped once answered, as a real sender would.
    const write = async () => {
      for (let at = 0; at < body.length && !answered && !req.destroyed; at += 64 * 1024) {
        await new Promise<void>((ok) => req.write(body.subarray(at, at + 64 * 1024), () => ok()))
      }
      if (!answered && !req.destroyed) req.end()
    }
    void write()
  })
}

async function post(path: string, body: Buffer | string, headers: Record<string, string>): Promise<Response> {
  for (;;) {
    const res =
      typeof body !== 'string' && body.length > 1024 * 1024
        ? await postHuge(path, body, headers)
        : await fetch(`${ingestUrl}${path}`, {
            method: 'POST',
            body: typeof body === 'string' ? body : new Uint8Array(body),
            headers,
          })
    // Back-pressure is an answer, not a refusal: the sender resends (as platforms do).
    if (res.status === 503) tally.resent++
    if (res.status !== 503) return res
    await new Promise((ok) => setTimeout(ok, 500))
  }
}

async function pool<T>(items: T[], width: number, fn: (t: T) => Promise<void>): Promise<void> {
  let next = 0
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await fn(items[next++]!)
    }),
  )
}

const sign = (body: Buffer): string =>
  `sha256=${createHmac('sha256', META_SECRET).update(body).digest('hex')}`

/** A Page feed notification: one good comment and 1–4 changes that cannot be mentions. */
function metaPayload(i: number): { body: Buffer; id: string } {
  const commentId = `${run}_${i}`
  const good = {
    field: 'feed',
    value: {
      item: 'comment',
      verb: 'add',
      comment_id: commentId,
      post_id: '1_2',
      from: { id: '77', name: 'Fuzz\u202e' },
      message: 'Northwind kaart\u200b geblokkeerd',
      created_time: Math.floor(Date.now() / 1000),
    },
  }
  const bads = [
    'not a change',
    { field: 'feed', value: { item: 'comment', verb: 'add', message: 'no id', post_id: '1_2' } },
    {
      field: 'feed',
      value: {
        item: 'comment',
        verb: 'add',
        comment_id: `${commentId}_b`,
        post_id: '1_2',
        message: { html: '<b>x</b>' },
      },
    },
    { field: 'feed', value: null },
  ]
  const changes = [good, ...bads.slice(0, 1 + Math.floor(r() * 4))]
  return {
    body: Buffer.from(
      JSON.stringify({
        object: 'page',
        entry: [{ id: '104857600000001', time: Math.floor(Date.now() / 1000), changes }],
      }),
    ),
    id: `facebook:${commentId}`,
  }
}

interface DlqCounts {
  byDoor: Map<string, Set<string>>
  withoutReason: number
  stop(): Promise<void>
}

/** Counts DLQ records by stage and source topic, distinct by source position. */
async function countDeadLetters(): Promise<DlqCounts> {
  const kafka = new Kafka({ brokers, clientId: 'hostile-dlq', logLevel: logLevel.NOTHING })
  const consumer = kafka.consumer({ groupId: `${run}-dlq-count`, maxBytesPerPartition: 4 << 20 })
  await consumer.connect()
  await consumer.subscribe({ topic: topics.dlq, fromBeginning: true })
  const counts: DlqCounts = { byDoor: new Map(), withoutReason: 0, stop: () => consumer.disconnect() }
  await consumer.run({
    eachMessage: async ({ message }) => {
      const h = (k: string) => message.headers?.[k]?.toString() ?? ''
      const door = `${h('vigil.dlq.stage')} ${h('vigil.dlq.source.topic')}`
      if (h('vigil.dlq.code') === '' || h('vigil.dlq.reason') === '') counts.withoutReason++
      const seen = counts.byDoor.get(door) ?? new Set<string>()
      // A record from a topic is one by its source position; a webhook payload (no position) by
      // its bytes, since a payload answered 503 and sent again is dead-lettered again.
      const offset = h('vigil.dlq.source.offset')
      seen.add(
        offset === ''
          ? createHash('sha256')
              .update(message.value ?? Buffer.alloc(0))
              .digest('hex')
          : `${h('vigil.dlq.source.partition')}:${offset}`,
      )
      counts.byDoor.set(door, seen)
    },
  })
  return counts
}

describe('hostile input', () => {
  it(
    'survives 100,000 bad records at every door, dead-letters each with its reason and delivers every good one',
    { timeout: 900_000 },
    async () => {
      const dlq = await countDeadLetters()
      const kafka = new Kafka({ brokers, clientId: 'hostile', logLevel: logLevel.NOTHING })
      const producer = kafka.producer({ allowAutoTopicCreation: false })
      await producer.connect()
      const t0 = Date.now()

      // Straight into every consumed topic. Only mentions.raw carries good records: a good record
      // on the later topics would be the producer's (enricher's, detector's) job to make.
      await produceAll(producer, topics.raw, topicMessages(PLAN.raw, GOOD_RAW))
      await produceAll(producer, topics.enriched, topicMessages(PLAN.enriched, 0))
      await produceAll(producer, topics.alerts, topicMessages(PLAN.alerts, 0))
      await produceAll(producer, topics.feedback, topicMessages(PLAN.feedback, 0))
      tally.generated += PLAN.raw + PLAN.enriched + PLAN.alerts + PLAN.feedback

      // The generic webhook: batches with bad items beside good ones, then whole bad bodies.
      const batches = Array.from({ length: PLAN.httpItems / HTTP_BATCH.bad }, () => {
        const items: unknown[] = []
        const bad = new Set<number>()
        for (let i = 0; i < HTTP_BATCH.bad + HTTP_BATCH.good; i++) {
          if (i % 4 === 3) items.push(nextGood())
          else {
            bad.add(items.length)
            items.push(badItem())
          }
        }
        return { items, bad }
      })
      await pool(batches, 6, async ({ items, bad }) => {
        const res = await post('/v1/mentions', JSON.stringify(items), {
          ...auth,
          'content-type': 'application/json',
        })
        expect(res.status).toBe(202)
        const body = (await res.json()) as {
          accepted: number
          rejected: Array<{ index: number; code: string; reason: string }>
        }
        const rejected = new Set(body.rejected.map((x) => x.index))
        expect(
          [...bad].filter((i) => !rejected.has(i)).map((i) => items[i]),
          'bad items accepted',
        ).toEqual([])
        expect(rejected).toEqual(bad)
        expect(body.accepted).toBe(items.length - bad.size)
        for (const x of body.rejected)
          if (x.code.startsWith('VIGIL_ERR_') && x.reason.length > 0) tally.httpRejectedWithReason++
      })
      tally.generated += PLAN.httpItems
      const bodies = Array.from({ length: PLAN.httpBodies }, (_, i) => {
        // A 10 MB line, a form instead of JSON, then bad records as whole bodies.
        if (i < 5)
          return { body: Buffer.alloc(10 * 1024 * 1024, 'a'), type: 'application/json', kind: '10 MB' }
        if (i % 10 === 0)
          return { body: Buffer.from('id=1&text=x'), type: 'application/x-www-form-urlencoded', kind: 'form' }
        let kind = pickBadKind(r)
        // A JSON list is a batch (covered item by item above); an empty one is no fault.
        while (kind === 'json-scalar') kind = pickBadKind(r)
        const b = badRecord(r, goodMention(r, `x:${run}-body-${i}`), kind).value ?? Buffer.alloc(0)
        return { body: b, type: 'application/json', kind }
      })
      await pool(bodies, 4, async ({ body, type, kind }) => {
        const res = await post('/v1/mentions', body, { ...auth, 'content-type': type })
        expect([400, 413, 415], `${kind}: ${body.subarray(0, 160).toString()}`).toContain(res.status)
        if (kind !== '10 MB') {
          const answer = (await res.json()) as { code?: string; rejected?: unknown[] }
          expect(answer.code ?? (answer.rejected?.length ? 'rejected' : undefined)).toBeTruthy()
        }
        tally.httpRejectedWithReason++
      })
      tally.generated += PLAN.httpBodies

      // Meta's webhook: signed notifications with bad changes (dead-lettered whole, good kept), and
      // requests refused at the door (no or wrong signature, truncated JSON, 10 MB).
      const metas = Array.from({ length: PLAN.metaPayloads }, (_, i) => metaPayload(i))
      for (const m of metas) goodIds.add(m.id)
      await pool(metas, 4, async (m) => {
        const res = await post('/webhooks/meta', m.body, {
          'content-type': 'application/json',
          'x-hub-signature-256': sign(m.body),
        })
        expect(res.status).toBe(200)
      })
      const refused = Array.from({ length: PLAN.metaRefused }, (_, i) => {
        const body = i < 3 ? Buffer.alloc(10 * 1024 * 1024, '{') : metaPayload(10_000 + i).body
        if (i % 3 === 0) return { body, sig: undefined }
        if (i % 3 === 1) return { body, sig: sign(Buffer.from('something else')) }
        const cut = body.subarray(0, body.length - 7)
        return { body: cut, sig: sign(cut) }
      })
      // Signed by Meta but cut short: answered 400 and, being Meta's own bytes, dead-lettered too
      // (the 10 MB ones are refused before the signature is read).
      const signedCut = refused.filter((x, i) => i >= 3 && i % 3 === 2 && x.sig !== undefined).length
      await pool(refused, 4, async ({ body, sig }) => {
        const headers: Record<string, string> = { 'content-type': 'application/json' }
        if (sig !== undefined) headers['x-hub-signature-256'] = sig
        const res = await post('/webhooks/meta', body, headers)
        expect([400, 401, 413]).toContain(res.status)
        tally.metaRefused++
      })
      tally.generated += PLAN.metaPayloads + PLAN.metaRefused
      console.log(
        `hostile: ${tally.generated} bad records sent in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
      )

      // Every dead-lettering reader of each topic files each bad record once, with code and reason.
      const expected: Record<string, number> = {
        [`enricher ${topics.raw}`]: PLAN.raw,
        [`detector ${topics.enriched}`]: PLAN.enriched,
        [`sink ${topics.enriched}`]: PLAN.enriched,
        [`sink ${topics.alerts}`]: PLAN.alerts,
        [`detector ${topics.feedback}`]: PLAN.feedback,
        'ingest ingest:meta-webhook': PLAN.metaPayloads + signedCut,
      }
      const seen = () => Object.fromEntries([...dlq.byDoor].map(([door, s]) => [door, s.size]))
      try {
        await waitFor(
          () => Object.entries(expected).every(([door, n]) => (dlq.byDoor.get(door)?.size ?? 0) >= n),
          {
            what: `every bad record on the dead-letter topic (expected ${JSON.stringify(expected)})`,
            timeoutMs: 300_000,
            intervalMs: 1000,
          },
        )
      } finally {
        console.log('hostile dead letters by stage and source topic:', seen())
      }

      // The sink files unreadable alerts (above). The detector no longer reads the alerts topic at
      // all (it is the one writer of alert versions; acknowledgements come on alerts.feedback).
      const detectorMetrics = await (await fetch(metrics.detector)).text()
      const droppedAlerts = detectorMetrics
        .split('\n')
        .filter(
          (l) => l.startsWith('vigil_bus_dropped_records_total') && l.includes('VIGIL_DROP_UNREADABLE_ALERT'),
        )
        .reduce((sum, l) => sum + Number(l.split(' ').pop()), 0)
      expect(droppedAlerts).toBe(0)

      // Still alive and still consuming: a last good batch after the storm gets through.
      for (const [name, s] of services) expect(s.child.exitCode, `${name} exited`).toBeNull()
      for (const url of [`${apiUrl}/healthz`, `${ingestUrl}/healthz`, ...Object.values(metrics)])
        expect((await fetch(url)).status, url).toBe(200)
      const last = Array.from({ length: 100 }, () => nextGood())
      await produceAll(
        producer,
        topics.raw,
        last.map((m) => ({ key: m.id, value: Buffer.from(JSON.stringify(m)) })),
      )
      await producer.disconnect()
      const admin = kafka.admin()
      await admin.connect()
      for (const [group, topic] of [
        [`${run}-enricher`, topics.raw],
        [`${run}-sink`, topics.enriched],
        [`${run}-sink`, topics.dlq],
        [`${run}-outlet`, topics.alerts],
      ] as const) {
        await waitFor(async () => (await groupLag(admin, group, topic)) === 0, {
          what: `${group} to read all of ${topic}`,
          timeoutMs: 300_000,
          intervalMs: 1000,
        })
      }
      await admin.disconnect()
      await dlq.stop()
      expect(seen()).toEqual(expected)
      expect(dlq.withoutReason).toBe(0)
      for (const [name, s] of services) {
        expect(s.child.exitCode, `${name} exited`).toBeNull()
        expect(await stopService(s), `${name} exit code`).toBe(0)
      }

      const store = await createStore({ database: 'vigil', chdbPath })
      try {
        const rows = (await (
          await store.client.query({
            query: 'SELECT id, count() AS c FROM vigil.mentions FINAL GROUP BY id',
            format: 'JSONEachRow',
          })
        ).json()) as Array<{ id: string; c: string }>
        const stored = new Map(rows.map((x) => [x.id, Number(x.c)]))
        const missing = [...goodIds].filter((id) => !stored.has(id))
        const doubled = [...stored].filter(([, c]) => c !== 1)
        const unexpected = [...stored.keys()].filter((id) => !goodIds.has(id))
        const filed = (await (
          await store.client.query({
            query: 'SELECT stage, count() AS c FROM vigil.dead_letters FINAL GROUP BY stage ORDER BY stage',
            format: 'JSONEachRow',
          })
        ).json()) as Array<{ stage: string; c: string }>
        console.log('hostile dead_letters rows in ClickHouse:', filed)
        const table = {
          seed: SEED,
          generatedBad: tally.generated,
          deadLettered: Object.values(seen()).reduce((a, b) => a + b, 0),
          answeredAtHttpDoor: tally.httpRejectedWithReason + tally.metaRefused,
          goodSent: goodIds.size,
          goodStored: goodIds.size - missing.length,
          hungUpOnHugeBodies: tally.hungUp,
          resentAfter503: tally.resent,
          crashes: [...services.values()].filter((s) => s.child.exitCode !== 0).length,
        }
        console.log(`hostile summary: ${JSON.stringify(table)}`)
        expect({
          missing: missing.slice(0, 5),
          doubled: doubled.slice(0, 5),
          unexpected: unexpected.slice(0, 5),
        }).toEqual({ missing: [], doubled: [], unexpected: [] })
        expect(tally.generated).toBeGreaterThanOrEqual(100_000)
        expect(table.answeredAtHttpDoor).toBe(PLAN.httpItems + PLAN.httpBodies + PLAN.metaRefused)
        // The sink filed every dead letter it read (rows collapse per source record and stage).
        const filedTotal = filed.reduce((a, x) => a + Number(x.c), 0)
        expect(filedTotal).toBe(table.deadLettered)
      } finally {
        await store.close()
      }
    },
  )
})
