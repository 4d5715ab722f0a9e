/**
 * Shared pieces of the detector evaluations: the demo generator's stream, enriched by the
 * real NLP (with a cache: templates repeat), fed to the pure engine either in event-time order
 * (fast) or through a simulation of the Kafka pipeline's reordering (ingest → 3 raw
 * partitions keyed by mention id → enricher batch per partition → 3 enriched partitions keyed
 * by brand → detector batch per partition), which is what made backfill events "late".
 *
 * Imports built code: run `pnpm exec tsc -b` first.
 */
import { loadBrands } from '../../../packages/config/dist/index.js'
import { createDetectorEngine } from '../../../packages/detect/dist/index.js'
import { createEnricher } from '../../../packages/nlp/dist/index.js'
import { copyForKey, enrichedKeys } from '../../../packages/schema/dist/index.js'
import { MentionGenerator } from '../../../services/ingest/dist/generator/index.js'

export const MIN = 60_000
export const HOUR = 60 * MIN
export const DAY = 24 * HOUR

export const brandConfigs = loadBrands()
export const engineBrands = brandConfigs.map((b) => ({ id: b.id, role: b.role, size: b.size }))

/** NLP with a cache keyed by what the analysis reads (text and a few fields). */
export function cachedEnricher() {
  const nlp = createEnricher({ brands: brandConfigs })
  const cache = new Map()
  let hits = 0
  let misses = 0
  return {
    enrich(m) {
      const key = `${m.platform}|${m.kind}|${m.lang}|${m.author.isBrandAccount}|${m.rating}|${m.text}`
      let e = cache.get(key)
      if (e === undefined) {
        misses++
        const full = nlp.enrich(m, m.createdAt)
        e = {
          lang: full.lang,
          brands: full.brands,
          sentiment: full.sentiment,
          intent: full.intent,
          intentReasons: full.intentReasons,
          hashtags: full.hashtags,
          cashtags: full.cashtags,
          handles: full.handles,
          urls: full.urls,
          terms: full.terms,
          pii: full.pii,
          markets: full.markets,
          text: full.text,
        }
        if (cache.size > 200_000) cache.clear()
        cache.set(key, e)
      } else hits++
      return { ...m, ...e, enrichedAt: m.createdAt }
    },
    stats: () => ({ hits, misses }),
    /** Which sentiment model enriches the stream, and why a configured file was not used. */
    sentimentModel: () => ({
      kind: nlp.sentimentModel,
      version: nlp.sentimentModelVersion,
      note: nlp.sentimentModelNote,
    }),
  }
}

export function newGenerator(seed, startMs, rateScale = 1) {
  return new MentionGenerator({ brands: brandConfigs, seed, startMs, rateScale })
}

export function newEngine(params, trace) {
  return createDetectorEngine({
    brands: engineBrands,
    ...(params ? { params } : {}),
    ...(trace ? { trace } : {}),
  })
}

/** A trace printer for one brand over [fromMs, toMs) of bucket start times. */
export function tracer(brand, fromMs, toMs) {
  const every = Number(process.env.TRACE_EVERY ?? 1)
  return (ev, r) => {
    if (ev.brand !== brand || ev.startMs < fromMs || ev.startMs >= toMs) return
    if (Math.round((ev.startMs - fromMs) / 60_000) % every !== 0) return
    // TRACE_ALL=1: every score of the bucket, gated or not (why a signal stayed quiet).
    const sig = process.env.TRACE_ALL
      ? r.scores
          .filter((s) => s.window > 1)
          .map(
            (s) =>
              `${s.name}:${s.observed}/${s.expected.toFixed(1)}=${s.surprise.toFixed(1)}${s.gated ? '' : 'x'}`,
          )
          .join(' ')
      : ev.signals.map((s) => `${s.name}:${s.observed}/${s.expected}=${s.score}`).join(' ')
    const topic = r.topic
      ? ` topic ${r.topic.key} ${r.topic.observed.toFixed(1)}/${r.topic.expected.toFixed(1)}=${r.topic.surprise.toFixed(1)}`
      : ''
    console.log(
      `    ${new Date(ev.startMs).toISOString().slice(11, 16)} ${ev.brand} score ${ev.score}${topic} ${sig}`,
    )
  }
}

/** FNV-1a: a stable stand-in for Kafka's key hashing. */
export function partitionOf(key, n) {
  let h = 0x811c9dc5
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h % n
}

/**
 * Feed the stream to the engine in event-time order, `stepMs` at a time, advancing with a
 * processing time equal to the end of each step plus `delayMs` (transport delay).
 * Calls onAlert(alert, nowMs) for every alert update.
 */
export function runDirect({
  engine,
  gen,
  nlp,
  fromMs,
  toMs,
  stepMs = 10_000,
  delayMs = 2_000,
  onAlert,
  onMetric,
}) {
  let observed = 0
  for (let t = fromMs; t < toMs; t += stepMs) {
    const end = Math.min(toMs, t + stepMs)
    for (const m of gen.generateUntil(end)) {
      engine.observe(nlp.enrich(m), 'p0')
      observed++
    }
    const now = end + delayMs
    const out = engine.advance(now)
    for (const a of out.alerts) onAlert?.(a, now)
    for (const x of out.metrics) onMetric?.(x, now)
  }
  return observed
}

/**
 * The Kafka pipeline, simulated: records wait in partition queues; the enricher and the
 * detector each take one batch (at most `fetchMax` records) per partition per poll, partition
 * after partition, as a KafkaJS consumer with concurrency 1 does.
 */
export function createPipeline({ engine, nlp, startNow, partitions = 3, fetchMax = 1000, onAlert }) {
  const raw = Array.from({ length: partitions }, () => [])
  const enriched = Array.from({ length: partitions }, () => [])
  for (let p = 0; p < partitions; p++) engine.registerSource(`enriched:${p}`, startNow)
  let observed = 0
  return {
    produce(mentions) {
      for (const m of mentions) raw[partitionOf(m.id, partitions)].push(m)
    },
    /**
     * One poll at processing time `now`: the enricher handles one batch of each raw
     * partition in turn, and between two of its batches the detector handles one batch of
     * each enriched partition (the two services run side by side), advancing after each.
     */
    poll(now) {
      for (let p = 0; p < partitions; p++) {
        for (const m of raw[p].splice(0, fetchMax)) {
          const e = nlp.enrich(m)
          // As the enricher writes them: a copy per brand named, on that brand's partition.
          for (const key of enrichedKeys(e)) enriched[partitionOf(key, partitions)].push(copyForKey(e, key))
        }
        for (let q = 0; q < partitions; q++) {
          const batch = enriched[q].splice(0, fetchMax)
          if (batch.length === 0) continue
          for (const e of batch) engine.observe(e, `enriched:${q}`)
          observed += batch.length
          const out = engine.advance(now)
          for (const a of out.alerts) onAlert?.(a, now)
        }
      }
      const out = engine.advance(now)
      for (const a of out.alerts) onAlert?.(a, now)
    },
    pending: () => raw.reduce((n, q) => n + q.length, 0) + enriched.reduce((n, q) => n + q.length, 0),
    observed: () => observed,
  }
}
