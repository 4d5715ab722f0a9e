/**
 * No alert delivered twice (or lost) across a kill -9 of the outlet stage. The real outlet
 * process (services/outlet) reads the alerts topic and delivers to a signed webhook on
 * 127.0.0.1; incidents arrive steadily (open → escalating → resolved), the outlet is killed with
 * SIGKILL half-way and started again (same group, same outbox topic), and the versions published
 * since the last ten seconds are published again, as a detector killed -9 and resumed from its
 * committed offsets republishes them. Each delivery is counted at the receiver by its
 * idempotency key (X-Vigil-Delivery, `<incident>@<version>:<outlet>`).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createKafka, createProducer, ensureTopics, vigilTopicSpecs } from '@vigil/bus'
import { createLogger } from '@vigil/config'
import { type Alert, topicNames } from '@vigil/schema'
import { expect, test } from 'vitest'
import { alert } from '../../services/outlet/src/test-fixtures.js'
import { freePort, type Service, startService, stopService } from '../e2e/launch.js'
import { httpReceiver } from '../outlets/receivers.js'
import { testBrokers, uniqueName } from '../support/kafka.js'
import { sleep } from './stack.js'

const INCIDENTS = Number(process.env.FAULT_OUTLET_INCIDENTS ?? 40)
const BRANDS = ['northwind', 'crest', 'havenbank', 'lotus', 'alnoor']

/** Three versions of each incident, interleaved as a detector publishes them over time. */
function versions(run: string, now: number): Alert[] {
  const out: Alert[] = []
  for (let i = 0; i < INCIDENTS; i++) {
    const brand = BRANDS[i % BRANDS.length]!
    const id = `${brand}-${run}-${i}`
    const at = new Date(now).toISOString()
    const base = { id, brand, brandName: brand, openedAt: at, updatedAt: at, sampleMentionIds: [] }
    out.push(alert({ ...base, version: 1, status: 'open', severity: 'high' }))
    out.push(alert({ ...base, version: 2, status: 'escalating', severity: 'critical' }))
    out.push(
      alert({
        ...base,
        version: 3,
        status: 'resolved',
        severity: 'critical',
        resolvedAt: new Date(now).toISOString(),
      }),
    )
  }
  // Incident i's versions spread over the stream: opened early, resolved later.
  return out.sort(
    (a, b) =>
      a.version * 1000 + Number(a.id.split('-').pop()) - (b.version * 1000 + Number(b.id.split('-').pop())),
  )
}

test('kill -9 of the outlet mid-stream, alerts republished after it: every opening, escalation and resolution delivered exactly once', async () => {
  const started = Date.now()
  const brokers = testBrokers()
  const run = uniqueName('fault-outlet')
  const topics = topicNames(`${run}.`)
  const logger = createLogger('fault-outlet', 'error')
  const kafka = createKafka({ brokers, clientId: run, logger })
  await ensureTopics(kafka, vigilTopicSpecs(topics, 3))
  const producer = await createProducer(kafka, logger)
  const receiver = await httpReceiver()
  const dir = mkdtempSync(join(tmpdir(), 'vigil-fault-outlet-'))
  const env = {
    KAFKA_BROKERS: brokers.join(','),
    VIGIL_TOPIC_PREFIX: `${run}.`,
    OUTLET_GROUP_ID: `${run}-outlet`,
    OUTLET_METRICS_PORT: '0',
    ALERT_WEBHOOK_URL: receiver.url,
    ALERT_WEBHOOK_SECRET: 'fault-suite-secret-0123456789',
    // No api in this run: sample posts are skipped at once (connection refused), not waited for.
    OUTLET_API_URL: `http://127.0.0.1:${await freePort()}`,
    LOG_LEVEL: 'warn',
  }
  let outlet: Service = startService('outlet', env, dir)
  try {
    const all = versions(run, Date.now())
    const publish = (xs: Alert[]) =>
      producer.send(
        topics.alerts,
        xs.map((a) => ({ key: a.brand, value: JSON.stringify(a) })),
      )
    // Ten versions a second; the kill half-way, the restart a second later.
    const sentAt: number[] = []
    let killedAt = 0
    let restartedAt = 0
    for (let i = 0; i < all.length; i += 1) {
      if (i === Math.floor(all.length / 2)) {
        outlet.child.kill('SIGKILL')
        killedAt = Date.now()
        await new Promise((r) => outlet.child.once('exit', r))
        await sleep(1_000)
        outlet = startService('outlet', env, dir)
        restartedAt = Date.now()
      }
      await publish([all[i]!])
      sentAt.push(Date.now())
      await sleep(100)
    }
    // The restarted detector's republish: every version of the ten seconds before the kill.
    const replay = all.filter((_, i) => sentAt[i]! >= killedAt - 10_000 && sentAt[i]! < killedAt)
    await publish(replay)

    const expected = new Set(all.map((a) => `${a.id}@${a.version}:webhook`))
    const counts = () => {
      const m = new Map<string, number>()
      for (const h of receiver.hits) {
        const k = String(h.headers['x-vigil-delivery'])
        m.set(k, (m.get(k) ?? 0) + 1)
      }
      return m
    }
    const deadline = Date.now() + 120_000
    while (Date.now() < deadline && [...expected].some((k) => !counts().has(k))) await sleep(500)
    await sleep(3_000) // a late repeat would arrive now
    const got = counts()
    const missing = [...expected].filter((k) => !got.has(k))
    const twice = [...got].filter(([, n]) => n > 1).map(([k]) => k)
    const stray = [...got.keys()].filter((k) => !expected.has(k))
    console.log(
      `[fault] kill -9 outlet: produced ${expected.size} / stored ${got.size} / missing ${missing.length} / twice ${twice.length} | ` +
        `deliveries by key at the webhook; ${all.length} alert versions + ${replay.length} republished; killed mid-stream, restarted in ${restartedAt - killedAt} ms; took ${((Date.now() - started) / 1000).toFixed(1)} s`,
    )
    expect(missing).toEqual([])
    expect(twice).toEqual([])
    expect(stray).toEqual([])
  } finally {
    await stopService(outlet)
    await producer.close()
    await receiver.close()
    const admin = kafka.admin()
    await admin.connect()
    await admin.deleteTopics({ topics: Object.values(topics) }).catch(() => {})
    await admin.disconnect()
    rmSync(dir, { recursive: true, force: true })
  }
})
