/**
 * Three days of mentions and app reviews for the competitor and release views (api and browser
 * tests), on the shipped default brands. What a test may rely on:
 *
 * - 20–22 Nov 2026 (UTC), every hour: Northwind 3 posts (2 negative, terms outage/app, #NorthwindDown,
 *   on x, GB, en), Crest 6 posts (positive, cashback/app, #CrestRewards, 3 on x and 3 on reddit,
 *   GB), Havenbank 1 post (neutral, NL, nl) — each by a new author;
 * - 21 Nov 08:00–16:00: one account posts 1,000 times about Northwind (the detector's cap lets 2 count);
 * - Northwind's App Store app: version 7.3.1 reviews on the 20th and 21st morning (5 stars,
 *   positive); 7.4.0, announced in STORY_RELEASES for 21 Nov 12:00, reviews from then on
 *   (1–2 stars, negative complaints about crash/login); its Google Play app: 7.4.0 reviews at
 *   4 stars all along (the store split must show the difference);
 * - Crest's Google Play app: 3.2.0 named by reviews only, from 21 Nov 06:00.
 */
import type { ReleaseConfig } from '@vigil/config'
import type { EnrichedMention } from '@vigil/schema'
import { insertMentionEvents, insertMentions, type Store } from '@vigil/store'
import { sampleEnriched } from './clickhouse.js'

export const STORY_DAY0 = Date.parse('2026-11-20T00:00:00.000Z')
/** "Now" for the views: noon the day after the story ends. */
export const STORY_NOW = new Date('2026-11-23T12:00:00.000Z')
const HOUR = 3_600_000

export const STORY_RELEASES: ReleaseConfig[] = [
  {
    brand: 'northwind',
    store: 'appstore',
    version: '7.4.0',
    date: '2026-11-21T12:00:00.000Z',
    notes: 'new login flow',
  },
]

const who = (id: string) => ({ id, handle: id, followers: 20, verified: false, isBrandAccount: false })
const iso = (ms: number) => new Date(ms).toISOString()

function posts(out: EnrichedMention[]): void {
  let n = 0
  for (let h = 0; h < 72; h++) {
    const t = (min: number) => iso(STORY_DAY0 + h * HOUR + min * 60_000)
    for (let k = 0; k < 3; k++) {
      out.push(
        sampleEnriched({
          id: `x:nw${h}-${k}`,
          author: who(`a${n++}`),
          createdAt: t(k * 15),
          sentiment: k < 2 ? { label: 'negative', score: -0.6 } : { label: 'positive', score: 0.4 },
          intent: k < 2 ? 'complaint' : 'praise',
          terms: ['outage', 'app'],
          hashtags: ['#NorthwindDown'],
        }),
      )
    }
    for (let k = 0; k < 6; k++) {
      out.push(
        sampleEnriched({
          id: `${k < 3 ? 'x' : 'reddit'}:cr${h}-${k}`,
          platform: k < 3 ? 'x' : 'reddit',
          author: who(`a${n++}`),
          createdAt: t(k * 9),
          brands: [{ brand: 'crest', via: 'Crest' }],
          sentiment: { label: 'positive', score: 0.5 },
          intent: 'praise',
          terms: ['cashback', 'app'],
          hashtags: ['#crestrewards'],
        }),
      )
    }
    out.push(
      sampleEnriched({
        id: `x:hv${h}`,
        author: who(`a${n++}`),
        createdAt: t(30),
        brands: [{ brand: 'havenbank', via: 'Havenbank' }],
        sentiment: { label: 'neutral', score: 0 },
        intent: 'other',
        lang: 'nl',
        markets: ['NL'],
        terms: ['rente'],
      }),
    )
  }
  for (let i = 0; i < 1000; i++) {
    out.push(
      sampleEnriched({
        id: `x:flood${i}`,
        author: who('flooder'),
        createdAt: iso(STORY_DAY0 + 32 * HOUR + i * 28_000),
        terms: ['scam'],
      }),
    )
  }
}

function review(
  id: string,
  brand: string,
  store: 'appstore' | 'playstore',
  at: number,
  version: string,
  stars: number,
  terms: string[],
): EnrichedMention {
  const bad = stars <= 2
  return sampleEnriched({
    id: `${store}:${id}`,
    platform: store,
    kind: 'review',
    author: who(`rev-${id}`),
    createdAt: iso(at),
    brands: [{ brand, via: brand }],
    rating: stars,
    appVersion: version,
    sentiment: bad ? { label: 'negative', score: -0.7 } : { label: 'positive', score: 0.6 },
    intent: bad ? 'complaint' : 'praise',
    text: bad ? 'the app keeps crashing at login' : 'great app',
    terms,
  })
}

function reviews(out: EnrichedMention[]): void {
  const release = Date.parse(STORY_RELEASES[0]!.date)
  for (let i = 0; i < 18; i++) {
    // Every 2 hours over 36 hours before the release: the old version, happy reviewers.
    out.push(
      review(`old${i}`, 'northwind', 'appstore', release - (i + 1) * 2 * HOUR, '7.3.1', 5, ['app', 'easy']),
    )
  }
  for (let i = 0; i < 18; i++) {
    out.push(
      review(
        `new${i}`,
        'northwind',
        'appstore',
        release + i * 2 * HOUR + 600_000,
        '7.4.0',
        i % 3 === 0 ? 2 : 1,
        ['app', 'crash', 'login'],
      ),
    )
  }
  for (let i = 0; i < 12; i++) {
    out.push(
      review(`gp${i}`, 'northwind', 'playstore', STORY_DAY0 + i * 6 * HOUR, '7.4.0', 4, ['app', 'fast']),
    )
  }
  for (let i = 0; i < 6; i++) {
    out.push(
      review(`cr${i}`, 'crest', 'playstore', STORY_DAY0 + 30 * HOUR + i * 3 * HOUR, '3.2.0', 5, ['cashback']),
    )
  }
}

export function storyMentions(): EnrichedMention[] {
  const out: EnrichedMention[] = []
  posts(out)
  reviews(out)
  return out
}

export async function seedStory(store: Store): Promise<void> {
  const all = storyMentions()
  await insertMentionEvents(store, all)
  await insertMentions(store, all)
}
