/**
 * An injected crisis, end to end through the real stages in one process: enriched mentions on
 * a real broker → the detector → alerts → the outlet stage → a signed webhook, a Slack-shaped
 * webhook and a real SMTP server (STARTTLS, AUTH), each exactly once, with the outlet stage
 * restarted in the middle (and made to re-read every alert, as after a lost offset). A dead
 * outlet beside them is retried and every attempt lands in ClickHouse (sink, chDB), read back
 * through the api.
 */
import type { AddressInfo } from 'node:net'
import { buildApp, LiveHub } from '@vigil/api'
import {
  type BusProducer,
  createKafka,
  createMetricsRegistry,
  createProducer,
  ensureTopics,
  vigilTopicSpecs,
} from '@vigil/bus'
import { createLogger, loadBrands } from '@vigil/config'
import { ordinaryMinute, rng, synthMention } from '@vigil/detect'
import { type DetectorHandle, sendChunked, startDetector } from '@vigil/detector'
import { maskPii } from '@vigil/nlp'
import {
  apiSampleSource,
  type IncidentMessage,
  type OutletHandle,
  type OutletSpec,
  startOutlet,
  verifySignature,
} from '@vigil/outlet'
import { type AlertDelivery, type EnrichedMention, type Topics, topicNames } from '@vigil/schema'
import { startSink } from '@vigil/sink'
import type { Store } from '@vigil/store'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestStore } from '../support/clickhouse.js'
import { testBrokers, uniqueName } from '../support/kafka.js'
import { waitFor } from '../support/wait.js'
import { deadUrl, type HttpReceiver, httpReceiver, type SmtpReceiver, smtpReceiver } from './receivers.js'

const logger = createLogger('outlets-test', 'warn')
const MIN = 60_000
const SECRET = 'whsec-e2e-0123456789abcdef'
const brandsConfig = loadBrands().filter((b) => ['northwind', 'crest', 'havenbank'].includes(b.id))
const brands = brandsConfig.map((b) => ({ id: b.id, role: b.role, size: b.size, name: b.name }))

let kafka: ReturnType<typeof createKafka>
let producer: BusProducer
let topics: Topics
let store: Store
let app: Awaited<ReturnType<typeof buildApp>>
let apiUrl: string
let detector: DetectorHandle
let webhook: HttpReceiver
let slack: HttpReceiver
let smtp: SmtpReceiver
let outlets: OutletSpec[]
const stops: Array<() => Promise<void>> = []

/** What a customer wrote, as the enricher stores it: card number and e-mail masked. */
const RAW_COMPLAINT = 'App down again, card 4111 1111 1111 1111 refused, write me at jan@example.com #nwdown'

/** One event-time minute as the enricher writes it; `surge`: 50 masked complaints for northwind. */
function minute(r: () => number, t: number, surge: boolean): Array<{ key: string; value: string }> {
  const out: EnrichedMention[] = []
  for (const b of brands) out.push(...ordinaryMinute(r, b.id, t, b.size === 'large' ? 25 : 8))
  if (surge) {
    for (let i = 0; i < 50; i++) {
      const m = synthMention(
        t + i * 1000,
        {
          brand: 'northwind',
          label: 'negative',
          intent: 'complaint',
          hashtags: ['#nwdown'],
          // Influential voices: the samples shown are the most followed.
          followers: 2_500 + 10 * i,
        },
        `x:${topics.alerts}-${t}-${i}`,
      )
      m.text = maskPii(RAW_COMPLAINT).text
      m.pii = ['card', 'email']
      out.push(m)
    }
  }
  return out
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .map((x) => ({ key: x.brands[0]!.brand, value: JSON.stringify(x) }))
}

function outletOf(groupId: string): Promise<OutletHandle> {
  return startOutlet({
    kafka,
    producer,
    topics,
    logger,
    outlets,
    brands,
    samples: apiSampleSource(apiUrl, undefined),
    dashboardUrl: 'http://vigil.example/',
    groupId,
    // The crisis is replayed from an hour ago; a real deployment skips alerts that old.
    maxAgeMs: 3 * 3_600_000,
    backoff: { baseMs: 300, maxMs: 1_200, maxAttempts: 4 },
    tickMs: 100,
  })
}

beforeAll(async () => {
  kafka = createKafka({ brokers: testBrokers(), clientId: uniqueName('outlets'), logger })
  topics = topicNames(`${uniqueName('outlets')}.`)
  await ensureTopics(kafka, vigilTopicSpecs(topics, 2))
  producer = await createProducer(kafka, logger)
  stops.push(() => producer.close())
  store = await createTestStore()
  stops.push(() => store.close())
  const sink = await startSink({ kafka, store, topics, logger, groupId: uniqueName('outlets-sink') })
  stops.push(() => sink.stop())
  const registry = createMetricsRegistry()
  app = await buildApp({
    store,
    hub: new LiveHub({ brands: brands.map((b) => b.id), registry }),
    logger,
    registry,
    brands: brandsConfig,
  })
  await app.listen({ host: '127.0.0.1', port: 0 })
  apiUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
  stops.push(() => app.close())
  webhook = await httpReceiver()
  slack = await httpReceiver('ok')
  smtp = await smtpReceiver('vigil', 'smtp-pass-123')
  stops.push(
    () => webhook.close(),
    () => slack.close(),
    () => smtp.close(),
  )
  outlets = [
    { name: 'webhook', kind: 'webhook', url: webhook.url, secret: SECRET },
    { name: 'slack', kind: 'slack', url: slack.url },
    {
      name: 'mail',
      kind: 'email',
      smtp: {
        host: '127.0.0.1',
        port: smtp.port,
        secure: false,
        requireTLS: true,
        rejectUnauthorized: false,
        user: 'vigil',
        pass: 'smtp-pass-123',
        from: 'vigil@bank.example',
        to: ['comms@bank.example'],
      },
    },
    { name: 'dead', kind: 'webhook', url: await deadUrl(), secret: SECRET },
  ].map((o) => ({
    brands: ['own'],
    minSeverity: 'low' as const,
    events: ['opened' as const, 'escalated' as const, 'resolved' as const],
    quietHours: null,
    escalate: null,
    digest: null,
    timeoutMs: 3_000,
    ...(o as Pick<OutletSpec, 'name' | 'kind'>),
  }))
  detector = await startDetector({
    kafka,
    producer,
    topics,
    logger,
    brands,
    groupId: uniqueName('outlets-detector'),
    tickMs: 250,
  })
  stops.push(() => detector.stop())
}, 180_000)

afterAll(async () => {
  for (const stop of stops.reverse()) await stop()
})

const webhookBodies = () => webhook.hits.map((h) => JSON.parse(h.raw) as IncidentMessage & { type: string })
const slackKeys = () =>
  slack.hits.map((h) => {
    const blocks = (
      JSON.parse(h.raw) as { blocks: Array<{ type: string; elements?: Array<{ value?: string }> }> }
    ).blocks
    return blocks.find((b) => b.type === 'actions')!.elements![0]!.value!
  })
const mailKeys = () => smtp.mails.map((m) => m.headers['x-vigil-delivery']!)
/** The delivery key without its outlet: the same update told to each outlet. */
const update = (key: string) => key.replace(/:(webhook|slack|mail|dead)$/, '')

describe('outlets, end to end', () => {
  it('delivers the crisis to a signed webhook, Slack and e-mail exactly once across a restart; the dead outlet is retried and recorded', async () => {
    const r = rng(11)
    const t0 = Math.floor((Date.now() - 110 * MIN) / MIN) * MIN
    // 40 ordinary minutes, 3 minutes of crisis, one calm minute.
    const first = Array.from({ length: 44 }, (_, m) => minute(r, t0 + m * MIN, m >= 40 && m < 43)).flat()
    await sendChunked(producer, topics.enriched, first)
    const a = await outletOf(uniqueName('outlet-a'))
    await waitFor(() => webhookBodies().some((b) => b.type === 'incident.opened'), {
      timeoutMs: 90_000,
      what: 'the opening at the webhook',
    })
    await waitFor(() => slack.hits.length >= 1 && smtp.mails.length >= 1, {
      timeoutMs: 30_000,
      what: 'Slack and e-mail',
    })
    // Restart in the middle, under a new consumer group: every alert so far is read again.
    await a.stop()
    const b = await outletOf(uniqueName('outlet-b'))
    stops.push(() => b.stop())
    // The calm that resolves it: 10 calm minutes once the 30-minute window no longer holds the
    // crisis (about 40 minutes after it), and a few more to close them.
    const calm = Array.from({ length: 48 }, (_, m) => minute(r, t0 + (44 + m) * MIN, false)).flat()
    await sendChunked(producer, topics.enriched, calm)
    await waitFor(() => webhookBodies().some((x) => x.type === 'incident.resolved'), {
      timeoutMs: 90_000,
      what: 'the resolution at the webhook',
    })
    const alertId = webhookBodies()[0]!.incident.id
    let deliveries: AlertDelivery[] = []
    await waitFor(
      async () => {
        const res = await fetch(`${apiUrl}/api/alerts/${encodeURIComponent(alertId)}/deliveries`)
        deliveries = ((await res.json()) as { deliveries: AlertDelivery[] }).deliveries
        const resolvedEverywhere = ['webhook', 'slack', 'mail'].every((o) =>
          deliveries.some((d) => d.outlet === o && d.event === 'resolved' && d.outcome === 'delivered'),
        )
        return (
          resolvedEverywhere &&
          deliveries.filter((d) => d.outlet === 'dead' && d.outcome === 'gave_up').length >= 2
        )
      },
      { timeoutMs: 60_000, what: 'every attempt stored and read back through the api' },
    )

    // Each update reached each live outlet exactly once, and the same updates everywhere.
    const hookKeys = webhook.hits.map((h) => String(h.headers['x-vigil-delivery']))
    for (const keys of [hookKeys, slackKeys(), mailKeys()]) expect(new Set(keys).size).toBe(keys.length)
    const updates = hookKeys.map(update).sort()
    expect(slackKeys().map(update).sort()).toEqual(updates)
    expect(mailKeys().map(update).sort()).toEqual(updates)
    const events = webhookBodies().map((x) => x.type)
    expect(events.filter((e) => e === 'incident.opened')).toHaveLength(1)
    expect(events.filter((e) => e === 'incident.resolved')).toHaveLength(1)
    expect(b.stats().duplicates).toBeGreaterThan(0)

    // Signed: every webhook request verifies as a receiver would check it, and a tampered one fails.
    for (const h of webhook.hits) {
      const sig = String(h.headers['x-vigil-signature'])
      expect(verifySignature(SECRET, sig, h.raw, Math.floor(h.at / 1000))).toEqual({ ok: true })
      expect(
        verifySignature(SECRET, sig, h.raw.replace('northwind', 'crest'), Math.floor(h.at / 1000)).ok,
      ).toBe(false)
    }

    // What a person reads: the headline with the bank's name, observed vs expected, masked posts.
    const opened = webhookBodies().find((x) => x.type === 'incident.opened')!
    expect(opened.incident.headline).toMatch(/^Northwind Bank: /)
    expect(opened.incident.brandName).toBe('Northwind Bank')
    expect(opened.signals.length).toBeGreaterThan(0)
    expect(opened.signals[0]).toEqual(
      expect.objectContaining({ observed: expect.any(Number), expected: expect.any(Number) }),
    )
    expect(opened.drivers.hashtags).toContain('#nwdown')
    expect(opened.samples.length).toBeGreaterThan(0)
    expect(opened.samples.length).toBeLessThanOrEqual(5)
    const posted = JSON.stringify([webhook.hits, slack.hits, smtp.mails.map((m) => m.raw)])
    expect(posted).not.toContain('4111 1111')
    expect(posted).not.toContain('jan@example.com')
    expect(
      opened.samples.some((p) => p.text.includes('**** **** **** 1111 refused, write me at [email]')),
      JSON.stringify(opened.samples),
    ).toBe(true)
    expect(opened.link).toBe(`http://vigil.example/#/alerts/${encodeURIComponent(alertId)}`)

    // E-mail went over STARTTLS with AUTH, in plain text and HTML.
    for (const m of smtp.mails) {
      expect(m.secure).toBe(true)
      expect(m.user).toBe('vigil')
      expect(m.raw).toMatch(/Content-Type: text\/plain/)
      expect(m.raw).toMatch(/Content-Type: text\/html/)
    }

    // The dead outlet: every update tried maxAttempts times with growing waits, then given up;
    // meanwhile the others delivered (their first attempts succeeded).
    const dead = deliveries.filter((d) => d.outlet === 'dead')
    const opening = dead.filter((d) => d.event === 'opened').sort((x, y) => x.attempt - y.attempt)
    expect(opening.map((d) => d.outcome)).toEqual(['failed', 'failed', 'failed', 'gave_up'])
    expect(opening[0]!.error).toMatch(/ECONNREFUSED/)
    for (const o of ['webhook', 'slack', 'mail']) {
      const mine = deliveries.filter((d) => d.outlet === o)
      expect(mine.every((d) => d.outcome === 'delivered' && d.attempt === 1)).toBe(true)
      expect(mine.map((d) => update(d.idempotencyKey)).sort()).toEqual(updates)
    }
  })
})
