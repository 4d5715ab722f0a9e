/**
 * What synthetic bank traffic is made of, for both makers of it: the ingest generator
 * (services/ingest/src/generator, mentions one by one) and the store's seeder
 * (packages/store/src/seed, months of stored rows at once). One copy, so that seeded history
 * and a generated live stream keep the same shape.
 */
import type { Platform } from '@vigil/schema'
import type { BrandConfig } from './brands.js'

/** The languages synthetic posts are written in. */
export type TrafficLang = 'en' | 'nl' | 'zh' | 'ar'

/** The kinds of post in an ordinary minute (incidents add their own). */
export type OrdinaryCategory =
  | 'complaint'
  | 'question'
  | 'praise'
  | 'news'
  | 'fees'
  | 'outage'
  | 'troll'
  | 'spam'
  | 'pii'
  | 'comparison'

/** What an ordinary minute is made of. */
export const ORDINARY_MIX: ReadonlyArray<readonly [OrdinaryCategory, number]> = [
  ['complaint', 0.2],
  ['question', 0.18],
  ['praise', 0.16],
  ['news', 0.12],
  ['fees', 0.04],
  ['outage', 0.02],
  ['troll', 0.02],
  ['spam', 0.03],
  ['pii', 0.01],
  ['comparison', 0.03],
]

export const PLATFORM_MIX: ReadonlyArray<readonly [Platform, number]> = [
  ['x', 0.34],
  ['facebook', 0.14],
  ['instagram', 0.1],
  ['tiktok', 0.1],
  ['appstore', 0.07],
  ['playstore', 0.07],
  ['reddit', 0.06],
  ['youtube', 0.05],
  ['news', 0.04],
  ['forum', 0.03],
]

/** Which languages a market's public writes in, and how much of each. */
export const MARKET_LANGS: Record<string, ReadonlyArray<readonly [TrafficLang, number]>> = {
  GB: [['en', 1]],
  US: [['en', 1]],
  NL: [
    ['nl', 0.8],
    ['en', 0.2],
  ],
  BE: [
    ['nl', 0.7],
    ['en', 0.3],
  ],
  HK: [
    ['zh', 0.6],
    ['en', 0.4],
  ],
  CN: [['zh', 1]],
  SG: [
    ['en', 0.6],
    ['zh', 0.4],
  ],
  AE: [
    ['ar', 0.6],
    ['en', 0.4],
  ],
  SA: [['ar', 1]],
}

/** A brand's languages from its markets (an unknown market writes English), summed weights. */
export function marketLanguages(markets: readonly string[]): Array<readonly [TrafficLang, number]> {
  const weights = new Map<TrafficLang, number>()
  for (const m of markets) {
    for (const [lang, w] of MARKET_LANGS[m] ?? [['en', 1] as const])
      weights.set(lang, (weights.get(lang) ?? 0) + w)
  }
  if (weights.size === 0) weights.set('en', 1)
  return [...weights.entries()]
}

/** Ordinary mentions per minute at the busiest hour, by brand size. */
export const PEAK_RATE = { small: 1.5, mid: 4, large: 8 } as const

/**
 * Distinct ordinary authors of a brand: enough that one author's expected posts in half an hour
 * at the busiest hour stay at 0.05 (30 min × rate / size). A fixed crowd would make every
 * customer of a busy bank post every few minutes, and the detector rightly discounts an
 * author's posts beyond two in half an hour (flood guard): its "genuine" counts would then
 * follow the crowd's saturation, not the traffic.
 */
export function crowdSize(size: BrandConfig['size'], rateScale: number): number {
  return Math.max(400, Math.ceil((30 * PEAK_RATE[size] * rateScale) / 0.05))
}

/**
 * Hour-of-day and day-of-week shape of ordinary traffic (UTC): quiet at 4 a.m., busiest late
 * afternoon, a little quieter at weekends. A baseline that ignores this alarms every morning.
 */
export function seasonality(t: number): number {
  const d = new Date(t)
  const hour = d.getUTCHours() + d.getUTCMinutes() / 60
  const daily = 0.65 - 0.45 * Math.cos((2 * Math.PI * (hour - 4)) / 24)
  const dow = d.getUTCDay()
  return daily * (dow === 0 || dow === 6 ? 0.8 : 1)
}
