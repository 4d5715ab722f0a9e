/**
 * A small deterministic mention simulator for tests, benchmarks and evaluations of the
 * detector alone (the demo generator lives in services/ingest). Seeded, so runs repeat.
 */
import type { EnrichedMention, Intent, Platform, SentimentLabel } from '@vigil/schema'

/** Mulberry32: tiny, fast, good enough for simulation. */
export function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Poisson sample (Knuth for small means, normal approximation for large). */
export function poisson(r: () => number, mean: number): number {
  if (mean <= 0) return 0
  if (mean > 50) return Math.max(0, Math.round(mean + Math.sqrt(mean) * gauss(r)))
  const l = Math.exp(-mean)
  let k = 0
  let p = 1
  do {
    k++
    p *= r()
  } while (p > l)
  return k - 1
}

export function gauss(r: () => number): number {
  const u = Math.max(r(), 1e-12)
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r())
}

/** A diurnal multiplier: quiet at night, busy in the day (peak ~2.2x at 13:00 UTC). */
export function diurnal(ms: number): number {
  const h = (ms / 3_600_000) % 24
  return 0.35 + 0.9 * (1 + Math.cos(((h - 13) / 24) * 2 * Math.PI))
}

export interface SynthOptions {
  brand: string
  platform?: Platform
  label?: SentimentLabel
  intent?: Intent
  hashtags?: string[]
  terms?: string[]
  lang?: string
  followers?: number
  otherBrands?: string[]
  /** Author id; by default each mention has its own author (a crowd, not one account). */
  author?: string
}

let counter = 0

/** One enriched mention at `ms`, with just the fields the detector reads filled in meaningfully. */
export function synthMention(ms: number, o: SynthOptions, id?: string): EnrichedMention {
  const iso = new Date(ms).toISOString()
  const platform = o.platform ?? 'x'
  const label = o.label ?? 'neutral'
  const mid = id ?? `${platform}:s${++counter}`
  const author = o.author ?? `a-${mid}`
  return {
    id: mid,
    event: 'create',
    platform,
    kind: 'post',
    url: '',
    author: {
      id: author,
      handle: `@${author}`,
      followers: o.followers ?? 100,
      verified: false,
      isBrandAccount: false,
    },
    text: 'synthetic',
    createdAt: iso,
    receivedAt: iso,
    inReplyTo: null,
    conversationId: null,
    engagement: { likes: 0, shares: 0, replies: 0, views: 0 },
    rating: null,
    appVersion: null,
    lang: o.lang ?? 'en',
    brands: [o.brand, ...(o.otherBrands ?? [])].map((b) => ({ brand: b, via: b })),
    sentiment: { label, score: label === 'negative' ? -0.7 : label === 'positive' ? 0.7 : 0 },
    intent: o.intent ?? 'other',
    intentReasons: [],
    hashtags: o.hashtags ?? [],
    cashtags: [],
    handles: [],
    urls: [],
    terms: o.terms ?? [],
    pii: [],
    markets: [],
    enrichedAt: iso,
  }
}

const TAGS = ['#banking', '#money', '#savings', '#mortgage', '#fintech', '#finance']
const TERMS = ['app', 'card', 'account', 'transfer', 'branch', 'loan', 'rate', 'service']

/**
 * Ordinary traffic for one brand and one minute: Poisson volume around `perMinute` × the
 * diurnal curve, ~20% negative, ~10% complaints, a few common hashtags and terms.
 */
export function ordinaryMinute(
  r: () => number,
  brand: string,
  minuteMs: number,
  perMinute: number,
): EnrichedMention[] {
  const n = poisson(r, perMinute * diurnal(minuteMs))
  const out: EnrichedMention[] = []
  for (let i = 0; i < n; i++) {
    const u = r()
    const label: SentimentLabel = u < 0.2 ? 'negative' : u < 0.55 ? 'positive' : 'neutral'
    const at = minuteMs + Math.floor(r() * 60_000)
    const platform: Platform = r() < 0.6 ? 'x' : 'reddit'
    out.push(
      synthMention(
        at,
        {
          brand,
          label,
          intent: label === 'negative' && r() < 0.5 ? 'complaint' : 'other',
          hashtags: r() < 0.3 ? [TAGS[Math.floor(r() * TAGS.length)]!] : [],
          terms: [TERMS[Math.floor(r() * TERMS.length)]!, TERMS[Math.floor(r() * TERMS.length)]!],
          platform,
          followers: Math.floor(50 + r() * 2000),
        },
        `${platform}:${brand}-${at}-${i}`,
      ),
    )
  }
  return out
}

/**
 * Ordinary traffic for `brands` (rate 6 a minute each) from `fromMs` for `minutes`, plus a
 * raid on the first brand: four accounts posting negative complaints three times a minute
 * each from minute `raidFrom` on, and one of them trolling at minute `raidFrom` + 5. Minutes
 * in order, each as its mentions; for the checkpoint-compatibility fixture and its test (an
 * upgraded detector must still know the raiders and the troll).
 */
export function raidMinutes(
  seed: number,
  brands: string[],
  fromMs: number,
  minutes: number,
  raidFrom: number,
): EnrichedMention[][] {
  const r = rng(seed)
  const out: EnrichedMention[][] = []
  for (let m = 0; m < minutes; m++) {
    const t = fromMs + m * 60_000
    const batch: EnrichedMention[] = []
    for (const b of brands) batch.push(...ordinaryMinute(r, b, t, 6))
    for (let a = 0; m >= raidFrom && a < 4; a++) {
      for (let k = 0; k < 3; k++) {
        const troll = a === 0 && m === raidFrom + 5
        const o: SynthOptions = {
          brand: brands[0]!,
          label: 'negative',
          intent: troll ? 'troll' : 'complaint',
          hashtags: ['#raid'],
          terms: ['fraud', 'scam'],
          author: `raider-${a}`,
        }
        batch.push(synthMention(t + 1000 * (10 * a + k), o, `x:raid-${t}-${a}-${k}`))
      }
    }
    out.push(batch)
  }
  return out
}
