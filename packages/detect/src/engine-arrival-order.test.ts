/**
 * The engine's decisions are a function of the mentions (their event time and content), not of
 * how Kafka hands them over: the same records, one partition per brand as the enricher writes
 * them, fed in every order of the partitions, in batches that split minutes anywhere, with the
 * processing-time tick in between, give the same per-minute figures and the same incidents.
 * Kafka keeps order within a partition only, so only the interleaving across partitions and
 * the batch boundaries vary here.
 */
import { copyForKey, type EnrichedMention, enrichedKeys } from '@vigil/schema'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createDetectorEngine } from './engine.js'
import { ordinaryMinute, rng, synthMention } from './synthetic.js'

const MIN = 60_000
const BRANDS = [
  { id: 'northwind', role: 'own' as const, size: 'mid' },
  { id: 'crest', role: 'competitor' as const, size: 'large' },
  { id: 'havenbank', role: 'competitor' as const, size: 'mid' },
]
const RATE: Record<string, number> = { northwind: 8, crest: 25, havenbank: 8 }
/** A fixed stream start (the diurnal traffic and the seasonal baselines follow the time of day). */
const T0 = Date.UTC(2026, 10, 2, 8, 10)
const SURGE_MINUTE = 40
const MINUTES = 48
const PARTITIONS = BRANDS.length

/**
 * Minutes of ordinary traffic for the three brands, some posts naming two of them, and in
 * minute 40 a northwind outage: complaints under a new hashtag, one account flooding it (the
 * per-author cap), a troll, and a redelivered record.
 */
function stream(): EnrichedMention[] {
  const r = rng(7)
  const out: EnrichedMention[] = []
  for (let m = 0; m < MINUTES; m++) {
    const t = T0 + m * MIN
    for (const b of BRANDS) out.push(...ordinaryMinute(r, b.id, t, RATE[b.id]!))
    const both = synthMention(
      t + 30_000,
      { brand: 'crest', otherBrands: ['northwind'], label: 'negative', hashtags: ['#fees'] },
      `x:both-${t}`,
    )
    out.push(both)
    if (m !== SURGE_MINUTE) continue
    const outage = { brand: 'northwind', label: 'negative' as const, intent: 'complaint' as const }
    for (let i = 0; i < 8; i++)
      out.push(synthMention(t + i * 6_000, { ...outage, hashtags: ['#northwinddown'] }, `x:out-${i}`))
    // Several posts by one account: only its first few count (authors.ts).
    for (let i = 0; i < 6; i++)
      out.push(synthMention(t + 3_000 + i * 7_000, { ...outage, author: 'flooder' }, `x:flood-${i}`))
    out.push(synthMention(t + 20_000, { ...outage, intent: 'troll', author: 'troll' }, 'x:troll'))
    out.push(out[out.length - 3]!)
  }
  return out.sort((a, b) => a.createdAt.localeCompare(b.createdAt))
}

/** The records of each partition in offset order: one copy per brand, on that brand's partition. */
function partitions(ms: EnrichedMention[]): EnrichedMention[][] {
  const parts: EnrichedMention[][] = Array.from({ length: PARTITIONS }, () => [])
  for (const m of ms)
    for (const key of enrichedKeys(m)) parts[BRANDS.findIndex((b) => b.id === key)]!.push(copyForKey(m, key))
  return parts
}

/**
 * One delivery: a batch of `size` records from partition `partition` (what is left of it),
 * after `pauseMs` of processing time with nothing delivered: the topics quiet while the engine
 * ticks on (`ticking`), or the whole process stalled (a busy CPU, a long GC: no tick either).
 */
interface Take {
  partition: number
  size: number
  pauseMs?: number
  ticking?: boolean
}

interface Outcome {
  /** Per brand and minute: counts, expectation and scores, as the engine decided them. */
  minutes: string[]
  alerts: string[]
  late: number
  duplicates: number
}

/**
 * Feed the partitions as `takes` hands them over (then whatever is left, partition by
 * partition), advancing after every batch and on a 250 ms tick, as the service does.
 */
function feed(parts: EnrichedMention[][], takes: Take[]): Outcome {
  const minutes: string[] = []
  const engine = createDetectorEngine({
    brands: BRANDS,
    trace: (ev, r) =>
      minutes.push(
        JSON.stringify([
          ev.brand,
          (r.startMs - T0) / MIN,
          r.bucket.total,
          r.bucket.volume,
          r.bucket.negative,
          r.bucket.complaints,
          r.bucket.excluded,
          r.expectedVolume,
          r.combined,
          ev.score,
          ev.lead?.name ?? null,
          ev.hashtags,
          ev.spikingPeers,
        ]),
      ),
  })
  const alerts: string[] = []
  // Processing time: the stream is replayed from ten minutes after it ended.
  let now = T0 + (MINUTES + 10) * MIN
  for (let p = 0; p < PARTITIONS; p++) engine.registerSource(`enriched:${p}`, now)
  const advance = () => {
    for (const a of engine.advance(now).alerts) alerts.push(JSON.stringify(a))
  }
  const next = parts.map(() => 0)
  const deliver = (partition: number, size: number) => {
    const recs = parts[partition]!
    const end = Math.min(recs.length, next[partition]! + size)
    for (let i = next[partition]!; i < end; i++) engine.observe(recs[i]!, `enriched:${partition}`)
    next[partition] = end
    advance()
    now += 100
    if (now % 250 < 100) advance()
  }
  for (const t of takes) {
    if (t.ticking) for (let at = 0; at < (t.pauseMs ?? 0); at += 250, now += 250) advance()
    else now += t.pauseMs ?? 0
    if (next[t.partition]! < parts[t.partition]!.length) deliver(t.partition, t.size)
  }
  for (let p = 0; p < PARTITIONS; p++) deliver(p, Number.POSITIVE_INFINITY)
  // The stream has ended: processing time closes the last minutes.
  for (let i = 0; i < 200; i++) {
    now += 250
    advance()
  }
  const s = engine.stats()
  return { minutes, alerts, late: s.lateEvents, duplicates: s.duplicates }
}

/** Each partition whole, one after the other in `order`. */
const whole = (order: number[]): Take[] =>
  order.map((partition) => ({ partition, size: Number.POSITIVE_INFINITY }))

/**
 * Round robin over `order`, each batch `per` minutes of its partition, ending exactly at a
 * minute boundary; with `pause`, the stream stops for that long before minute 30 and before
 * the surge minute.
 */
function byMinutes(
  parts: EnrichedMention[][],
  order: number[],
  per = 1,
  pause?: Pick<Take, 'pauseMs' | 'ticking'>,
): Take[] {
  const sizes = parts.map((recs) => {
    const counts = new Map<string, number>()
    for (const m of recs)
      counts.set(m.createdAt.slice(0, 16), (counts.get(m.createdAt.slice(0, 16)) ?? 0) + 1)
    return [...counts.values()]
  })
  const takes: Take[] = []
  for (let i = 0; i < MINUTES; i += per)
    order.forEach((p, k) => {
      const paused = pause !== undefined && k === 0 && (i === 30 || i === SURGE_MINUTE)
      const size = sizes[p]!.slice(i, i + per).reduce((a, b) => a + b, 0)
      takes.push({ partition: p, size, ...(paused ? pause : {}) })
    })
  return takes
}

/**
 * Every partition's first ten minutes, then `order[0]`'s whole stream in one batch, the others
 * after a pause shorter than a partition may idle (a slow fetch, a busy CPU) but longer than a
 * minute takes to settle.
 */
function oneAhead(parts: EnrichedMention[][], order: number[]): Take[] {
  const ten = byMinutes(parts, order, 10).slice(0, order.length)
  const [first, ...rest] = order
  return [
    ...ten,
    { partition: first!, size: Number.POSITIVE_INFINITY },
    ...rest.map((partition, k) => ({
      partition,
      size: Number.POSITIVE_INFINITY,
      ...(k === 0 ? { pauseMs: 8_000, ticking: true } : {}),
    })),
  ]
}

const ORDERS = [
  [0, 1, 2],
  [0, 2, 1],
  [1, 0, 2],
  [1, 2, 0],
  [2, 0, 1],
  [2, 1, 0],
]

describe('arrival order and batch boundaries (engine)', () => {
  const parts = partitions(stream())
  const reference = feed(parts, byMinutes(parts, [0, 1, 2]))

  it('the reference run sees every record in time, dedupes the redelivery and opens the outage', () => {
    expect(reference.late).toBe(0)
    expect(reference.duplicates).toBe(1)
    expect(reference.minutes.length).toBeGreaterThanOrEqual(BRANDS.length * (MINUTES - 1))
    const opened = reference.alerts.map((a) => JSON.parse(a)).find((a) => a.version === 1)
    expect(opened?.brand).toBe('northwind')
    expect(opened?.openedAt).toBe(new Date(T0 + SURGE_MINUTE * MIN).toISOString())
  })

  it('every order of the partitions, whole or a minute at a time, decides the same', () => {
    for (const order of ORDERS) {
      expect(feed(parts, whole(order))).toEqual(reference)
      expect(feed(parts, byMinutes(parts, order))).toEqual(reference)
      expect(feed(parts, byMinutes(parts, order, 5))).toEqual(reference)
      expect(feed(parts, oneAhead(parts, order))).toEqual(reference)
    }
  })

  it('a pause of the topics or a stall of the process longer than a partition may idle decides the same', () => {
    for (const order of ORDERS) {
      // Longer than idleSourceMs: every partition has gone idle when the next minute comes.
      for (const per of [1, 5]) {
        expect(feed(parts, byMinutes(parts, order, per, { pauseMs: 20_000, ticking: true }))).toEqual(
          reference,
        )
        expect(feed(parts, byMinutes(parts, order, per, { pauseMs: 20_000, ticking: false }))).toEqual(
          reference,
        )
        expect(feed(parts, byMinutes(parts, order, per, { pauseMs: 3_000, ticking: true }))).toEqual(
          reference,
        )
      }
    }
  })

  it('batches that split minutes anywhere, one record to a few hundred, decide the same', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            partition: fc.integer({ min: 0, max: PARTITIONS - 1 }),
            size: fc.integer({ min: 1, max: 300 }),
          }),
          { minLength: 1, maxLength: 400 },
        ),
        (takes) => {
          expect(feed(parts, takes)).toEqual(reference)
        },
      ),
      { numRuns: 40, seed: 12 },
    )
  })
})
