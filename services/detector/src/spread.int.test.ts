/**
 * Two detector instances on mentions.enriched as the enricher now writes it: the five demo banks
 * balanced over three partitions (@vigil/schema placement.ts). Every partition carries brands,
 * both instances get work, each brand is owned by exactly one of them, and a surge on every
 * brand gives one incident each: none lost, none raised by both.
 */
import { type BusProducer, createKafka, createProducer, ensureTopics, vigilTopicSpecs } from '@vigil/bus'
import { createLogger } from '@vigil/config'
import { ordinaryMinute, rng, synthMention } from '@vigil/detect'
import { type Alert, brandPlacement, type EnrichedMention, topicNames } from '@vigil/schema'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collectTopic } from '../../../tests/support/collect.js'
import { testBrokers, uniqueName } from '../../../tests/support/kafka.js'
import { STREAM_START_MS } from '../../../tests/support/stream-start.js'
import { waitFor } from '../../../tests/support/wait.js'
import { type DetectorHandle, sendChunked, startDetector } from './service.js'

const logger = createLogger('detector-spread-test', 'warn')
const BRANDS = [
  { id: 'northwind', role: 'own' as const, size: 'mid' },
  { id: 'crest', role: 'competitor' as const, size: 'large' },
  { id: 'havenbank', role: 'competitor' as const, size: 'mid' },
  { id: 'lotus', role: 'competitor' as const, size: 'large' },
  { id: 'alnoor', role: 'competitor' as const, size: 'mid' },
]
const PARTITIONS = 3
const MIN = 60_000
const place = brandPlacement(BRANDS, PARTITIONS)
let kafka: ReturnType<typeof createKafka>
let producer: BusProducer

beforeAll(async () => {
  kafka = createKafka({ brokers: testBrokers(), clientId: uniqueName('detector-spread'), logger })
  producer = await createProducer(kafka, logger)
})
afterAll(async () => {
  await producer?.close()
})

const collect = (topic: string) => collectTopic(kafka, logger, topic)

/** One minute as the enricher writes it: keyed by brand, on the brand's placed partition. */
function minute(r: ReturnType<typeof rng>, t: number, surge: boolean) {
  const out: EnrichedMention[] = []
  for (const b of BRANDS) {
    out.push(...ordinaryMinute(r, b.id, t, b.size === 'large' ? 25 : 8))
    if (!surge) continue
    for (let i = 0; i < 30; i++) {
      const what = {
        brand: b.id,
        label: 'negative' as const,
        intent: 'complaint' as const,
        hashtags: [`#${b.id}down`],
      }
      out.push(synthMention(t + i * 2000, what, `x:spread-${b.id}-${t}-${i}`))
    }
  }
  return out
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .map((x) => ({ key: x.brands[0]!.brand, value: JSON.stringify(x), partition: place(x.brands[0]!.brand) }))
}

describe('two detector instances on brand-balanced partitions', () => {
  it('share the partitions, own each brand once, and raise one incident per surging brand', async () => {
    const topics = topicNames(`${uniqueName('det-spread')}.`)
    await ensureTopics(kafka, vigilTopicSpecs(topics, PARTITIONS))
    // A fixed past start (tests/support/stream-start.ts): every bank's surge minute scores at
    // least 24.8 against the bar of 5, its quiet minutes at most 0.4. From `now − 50 min` the
    // quiet minutes reached 4.4 on some start minutes of a day (none crossed).
    const t0 = STREAM_START_MS
    const r = rng(17)
    await sendChunked(
      producer,
      topics.enriched,
      Array.from({ length: 40 }, (_, m) => minute(r, t0 + m * MIN, false)).flat(),
    )
    const enriched = await collect(topics.enriched)
    const alerts = await collect(topics.alerts)
    const groupId = uniqueName('detector')
    const start = () =>
      startDetector({ kafka, producer, topics, logger, brands: BRANDS, groupId, ownershipTtlMs: 3_600_000 })
    const instances: DetectorHandle[] = []
    try {
      // The first instance learns the history alone; then a second joins the group and takes
      // the partitions it is given (resumed from their brands' checkpoints).
      instances.push(await start())
      // Every partition carries brands; no brand is on two partitions.
      const partitionsOf = await waitFor(
        () => {
          const m = new Map<string, Set<number>>()
          for (const x of enriched.got)
            m.set(x.key!.toString(), (m.get(x.key!.toString()) ?? new Set()).add(x.partition))
          return m.size === BRANDS.length && m
        },
        { what: 'a record of every brand on the enriched topic' },
      )
      for (const b of BRANDS) expect([...partitionsOf.get(b.id)!], b.id).toEqual([place(b.id)])
      expect(new Set(BRANDS.map((b) => place(b.id))).size).toBe(PARTITIONS)

      const learnt = (d: DetectorHandle, brand: string) =>
        ((d.engine.snapshot(brand) as { closedThrough: number | null }).closedThrough ?? 0) >=
        Math.floor(t0 / MIN) + 38
      await waitFor(() => BRANDS.every((b) => learnt(instances[0]!, b.id)), {
        what: 'the first instance to learn 38 minutes of every brand',
        timeoutMs: 90_000,
      })
      instances.push(await start())
      await waitFor(() => instances[0]!.stats().released >= 1, {
        what: 'the first instance to release the brands of the partitions it lost',
        timeoutMs: 90_000,
      })
      await sendChunked(
        producer,
        topics.enriched,
        [40, 41, 42].flatMap((m) => minute(r, t0 + m * MIN, true)),
      )
      await sendChunked(producer, topics.enriched, minute(r, t0 + 43 * MIN, false))
      const opened = await waitFor(
        () => {
          const v1 = alerts.got
            .map((x) => JSON.parse(x.value!.toString()) as Alert)
            .filter((a) => a.version === 1)
          return BRANDS.every((b) => v1.some((a) => a.brand === b.id)) && v1
        },
        { what: 'an incident for every brand', timeoutMs: 90_000 },
      )
      // None lost, none twice: one incident per brand, and no (alert, version) published twice.
      expect(
        opened.map((a) => a.brand).sort(),
        JSON.stringify(opened.map((a) => [a.id, a.headline])),
      ).toEqual(BRANDS.map((b) => b.id).sort())
      const versions = alerts.got
        .map((x) => JSON.parse(x.value!.toString()) as Alert)
        .map((a) => `${a.id}@${a.version}`)
      expect(versions.length).toBe(new Set(versions).size)
      // Each brand is active on exactly one instance, and both instances hold brands.
      const owners = BRANDS.map((b) => instances.filter((d) => d.engine.isActive(b.id)).length)
      expect(owners).toEqual(BRANDS.map(() => 1))
      for (const d of instances) expect(BRANDS.some((b) => d.engine.isActive(b.id))).toBe(true)
      // The newcomer resumed its brands from their checkpoints: it alerts on the first surge minute.
      expect(instances[1]!.stats().restored).toBeGreaterThanOrEqual(1)
      for (const a of opened) expect(Date.parse(a.openedAt)).toBe(t0 + 40 * MIN)
    } finally {
      for (const d of instances) await d.stop()
      for (const c of [enriched, alerts]) await c.stop()
    }
  }, 300_000)
})
