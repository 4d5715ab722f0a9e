import { crowdSize, marketLanguages, mulberry32 } from '@vigil/config'
import {
  ANSWERED,
  CARE_REPLIES,
  CATEGORIES,
  CATEGORY_MIX,
  type Category,
  INTENT_OF,
  LANGS,
  PLATFORM_MIX,
  SENTIMENT_OF,
  type SeedLang,
  SIZE_WEIGHT,
  seasonality,
  TEMPLATES,
  termsOf,
} from './mix.js'

/** What the seeder needs of a brand (a subset of @vigil/config's BrandConfig). */
export interface SeedBrand {
  id: string
  name: string
  role: 'own' | 'competitor'
  size: 'small' | 'mid' | 'large'
  markets: string[]
  aliases: string[]
  handles: string[]
  hashtags: string[]
}

export interface SeedOptions {
  brands: SeedBrand[]
  /** Mentions wanted in `mentions` (posts, reviews and care replies together). */
  rows: number
  /** Exclusive end of the seeded span, ms; rounded down to the hour. */
  endMs: number
  days?: number
  seed?: number
  /** Share of answered categories on posts that the brand's care account replies to. */
  replyShare?: number
  /** Share of mentions deleted later (their current state says so, the archive keeps both). */
  deleteShare?: number
}

export type IncidentKind =
  | 'outage'
  | 'complaint-wave'
  | 'troll-raid'
  | 'sector-outage'
  | 'bad-release'
  | 'payday'

/** A story told in the seeded year: also its ground truth. */
export interface Incident {
  kind: IncidentKind
  brand: string | null
  startMs: number
  endMs: number
  /** Extra posts as a multiple of the brand's ordinary negative rate (payday: of all volume). */
  intensity: number
  category: Category
  hashtag: string
}

export interface Release {
  brand: string
  atMs: number
  version: string
}

/** One brand's hour: how many original posts, and which share of them an incident adds. */
export interface HourRow {
  hour: number
  b: number
  n: number
  seq0: number
  inc_share: number
  inc_cat: number
  inc_tag: string
}

export interface SeedPlan {
  startMs: number
  endMs: number
  originals: number
  hours: HourRow[]
  incidents: Incident[]
  releases: Release[]
  /** Everything the SQL generator indexes into (see generator.ts). */
  dict: SeedDict
}

export interface SeedDict {
  brandIds: string[]
  brandNames: string[]
  brandMarkets: string[][]
  brandTags: string[][]
  careIds: string[]
  careHandles: string[]
  crowd: number[]
  /** Per brand: cumulative language weights and the language index of each. */
  langCum: number[][]
  langIdx: number[][]
  langs: string[]
  catCum: number[]
  catIdx: number[]
  platCum: number[]
  platforms: string[]
  /** Template variants per (brand, lang, category): texts[base + k], k < count. */
  base: number[]
  count: number[]
  texts: string[]
  terms: string[][]
  categorySentiment: string[]
  categoryIntent: string[]
  answered: number[]
  replyTexts: string[]
  replyTerms: string[][]
  /** Per brand: release times (s) ascending and versions. */
  releaseAt: number[][]
  releaseVer: string[][]
  replyShare: number
  deleteShare: number
}

const HOUR = 3_600_000
const DAY = 24 * HOUR

/** mulberry32 (@vigil/config): small, fast, deterministic. */
export const rngOf = mulberry32

const cumulative = (ws: readonly number[]) => {
  const total = ws.reduce((a, w) => a + w, 0)
  let acc = 0
  const out = ws.map((w) => {
    acc += w / total
    return acc
  })
  // A draw just under 1 must never fall off the end through rounding.
  out[out.length - 1] = 1.000001
  return out
}

const HAN = /\p{Script=Han}/u
const ARABIC = /\p{Script=Arabic}/u

/** How a customer writing in `lang` names the brand (its own script where one exists). */
function namesIn(brand: SeedBrand, lang: SeedLang): string[] {
  const own = brand.aliases.filter((a) =>
    lang === 'zh' ? HAN.test(a) : lang === 'ar' ? ARABIC.test(a) : false,
  )
  if (own.length > 0) return own.slice(0, 2)
  const latin = brand.aliases.filter((a) => !HAN.test(a) && !ARABIC.test(a) && !/ app$/i.test(a))
  const names = [...latin.slice(0, 2), ...brand.handles.slice(0, 1)]
  return names.length > 0 ? names : [brand.name]
}

export function brandLanguages(brand: SeedBrand): Array<readonly [SeedLang, number]> {
  return marketLanguages(brand.markets)
}

const NEG_SHARE = CATEGORY_MIX.reduce((a, [c, w]) => a + (SENTIMENT_OF[c] === 'negative' ? w : 0), 0)
const MIX_TOTAL = CATEGORY_MIX.reduce((a, [, w]) => a + w, 0)

function planIncidents(brands: SeedBrand[], startMs: number, endMs: number, rnd: () => number): Incident[] {
  const out: Incident[] = []
  const span = endMs - startMs
  const months = span / (30 * DAY)
  const at = () => startMs + Math.floor(rnd() * span)
  const cap = (s: string) => s.replace(/[^A-Za-z0-9]/g, '')
  for (const b of brands) {
    const name = cap(b.name.replace(/ Bank$/i, ''))
    for (let i = 0; i < Math.round(2 * months); i++) {
      const s = at()
      const hours = 1 + Math.floor(rnd() * 6)
      out.push({
        kind: 'outage',
        brand: b.id,
        startMs: s,
        endMs: s + hours * HOUR,
        intensity: 4,
        category: 'outage',
        hashtag: `#${name}Down`,
      })
    }
    for (let i = 0; i < Math.round(months); i++) {
      const s = at()
      out.push({
        kind: 'complaint-wave',
        brand: b.id,
        startMs: s,
        endMs: s + (12 + Math.floor(rnd() * 12)) * HOUR,
        intensity: 2,
        category: 'fees',
        hashtag: `#${name}Fees`,
      })
    }
    for (let i = 0; i < Math.round(months / 2); i++) {
      const s = at()
      out.push({
        kind: 'troll-raid',
        brand: b.id,
        startMs: s,
        endMs: s + 2 * HOUR,
        intensity: 6,
        category: 'troll',
        hashtag: `#Boycott${name}`,
      })
    }
  }
  for (let i = 0; i < Math.max(1, Math.round(months / 4)); i++) {
    const s = at()
    out.push({
      kind: 'sector-outage',
      brand: null,
      startMs: s,
      endMs: s + 3 * HOUR,
      intensity: 3,
      category: 'outage',
      hashtag: '#CardsDown',
    })
  }
  // Payday: the last weekday of each month brings questions and praise (1.8 × ordinary volume).
  for (
    let d = new Date(startMs);
    d.getTime() < endMs;
    d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1))
  ) {
    const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0))
    while (last.getUTCDay() === 0 || last.getUTCDay() === 6) last.setUTCDate(last.getUTCDate() - 1)
    const s = last.getTime()
    if (s >= startMs && s < endMs)
      out.push({
        kind: 'payday',
        brand: null,
        startMs: s,
        endMs: s + DAY,
        intensity: 1.8,
        category: 'question',
        hashtag: '',
      })
  }
  return out
}

/** Every ~6 weeks per brand a new app version; about one in three is a bad one (three days of angry reviews). */
function planReleases(brands: SeedBrand[], startMs: number, endMs: number, rnd: () => number) {
  const releases: Release[] = []
  const incidents: Incident[] = []
  for (const b of brands) {
    let minor = 0
    let major = 7
    const name = b.name.replace(/ Bank$/i, '').replace(/[^A-Za-z0-9]/g, '')
    for (
      let t = startMs - Math.floor(rnd() * 42 * DAY);
      t < endMs;
      t += (35 + Math.floor(rnd() * 14)) * DAY
    ) {
      const version = `${major}.${minor}.0`
      releases.push({ brand: b.id, atMs: t, version })
      if (t >= startMs && rnd() < 0.33) {
        incidents.push({
          kind: 'bad-release',
          brand: b.id,
          startMs: t,
          endMs: t + 3 * DAY,
          intensity: 1.5,
          category: 'release',
          hashtag: `#${name}App`,
        })
      }
      minor++
      if (minor === 10) {
        major++
        minor = 0
      }
    }
  }
  return { releases, incidents }
}

function buildDict(
  brands: SeedBrand[],
  releases: Release[],
  replyShare: number,
  deleteShare: number,
): SeedDict {
  const base: number[] = []
  const count: number[] = []
  const texts: string[] = []
  const terms: string[][] = []
  for (const b of brands) {
    for (const lang of LANGS) {
      const names = namesIn(b, lang)
      for (const cat of CATEGORIES) {
        base.push(texts.length)
        const tpl = TEMPLATES[lang][cat]
        for (const t of tpl) {
          for (const n of names) {
            const text = t.replace('{b}', n)
            texts.push(text)
            terms.push(termsOf(text))
          }
        }
        count.push(tpl.length * names.length)
      }
    }
  }
  const langs = brands.map(brandLanguages)
  return {
    brandIds: brands.map((b) => b.id),
    brandNames: brands.map((b) => b.name),
    brandMarkets: brands.map((b) => b.markets),
    brandTags: brands.map((b) => b.hashtags.slice(0, 2)),
    careIds: brands.map((b) => `u-${b.id}-care`),
    careHandles: brands.map((b) => b.handles[b.handles.length - 1] ?? `@${b.id}`),
    // The generator's crowd: one author posts about 0.05 times in a busy half hour.
    crowd: brands.map((b) => crowdSize(b.size, 40)),
    langCum: langs.map((ls) => cumulative(ls.map(([, w]) => w))),
    langIdx: langs.map((ls) => ls.map(([l]) => LANGS.indexOf(l))),
    langs: [...LANGS],
    catCum: cumulative(CATEGORY_MIX.map(([, w]) => w)),
    catIdx: CATEGORY_MIX.map(([c]) => CATEGORIES.indexOf(c)),
    platCum: cumulative(PLATFORM_MIX.map(([, w]) => w)),
    platforms: PLATFORM_MIX.map(([p]) => p),
    base,
    count,
    texts,
    terms,
    categorySentiment: CATEGORIES.map((c) => SENTIMENT_OF[c]),
    categoryIntent: CATEGORIES.map((c) => INTENT_OF[c]),
    answered: ANSWERED.map((c) => CATEGORIES.indexOf(c)),
    replyTexts: LANGS.map((l) => CARE_REPLIES[l]),
    replyTerms: LANGS.map((l) => termsOf(CARE_REPLIES[l])),
    releaseAt: brands.map((b) =>
      releases.filter((r) => r.brand === b.id).map((r) => Math.floor(r.atMs / 1000)),
    ),
    releaseVer: brands.map((b) => releases.filter((r) => r.brand === b.id).map((r) => r.version)),
    replyShare,
    deleteShare,
  }
}

/** Replies per original post, from the mixes: answered categories × posts (not reviews, not news) × reply share. */
export function expectedReplyRate(replyShare: number): number {
  const answered =
    CATEGORY_MIX.filter(([c]) => ANSWERED.includes(c)).reduce((a, [, w]) => a + w, 0) / MIX_TOTAL
  const reviews = PLATFORM_MIX.filter(([p]) => p === 'appstore' || p === 'playstore').reduce(
    (a, [, w]) => a + w,
    0,
  )
  return answered * (1 - reviews) * replyShare
}

/**
 * The whole year, hour by hour and brand by brand: ordinary traffic by brand size and the
 * generator's seasonality, plus incidents, spread so the original posts add up to what is
 * asked less the care replies they will draw.
 */
export function planSeed(opts: SeedOptions): SeedPlan {
  const days = opts.days ?? 365
  const endMs = Math.floor(opts.endMs / HOUR) * HOUR
  const startMs = endMs - days * DAY
  const rnd = rngOf(opts.seed ?? 42)
  const replyShare = opts.replyShare ?? 0.4
  const deleteShare = opts.deleteShare ?? 0.003
  const { releases, incidents: releaseIncidents } = planReleases(opts.brands, startMs, endMs, rnd)
  const incidents = [...planIncidents(opts.brands, startMs, endMs, rnd), ...releaseIncidents]
  const originals = Math.round(opts.rows / (1 + expectedReplyRate(replyShare)))
  const weights: Array<{ hour: number; b: number; w: number; share: number; cat: number; tag: string }> = []
  for (let h = startMs; h < endMs; h += HOUR) {
    const season = seasonality(h + HOUR / 2)
    const live = incidents.filter((i) => i.startMs < h + HOUR && i.endMs > h)
    const payday = live.filter((i) => i.kind === 'payday').reduce((a, i) => a * i.intensity, 1)
    opts.brands.forEach((brand, b) => {
      const ordinary = SIZE_WEIGHT[brand.size] * season * payday
      let extra = 0
      let top: Incident | undefined
      for (const i of live) {
        if (i.kind === 'payday' || (i.brand !== null && i.brand !== brand.id)) continue
        const e = i.intensity * SIZE_WEIGHT[brand.size] * season * NEG_SHARE
        extra += e
        if (!top || i.intensity > top.intensity) top = i
      }
      weights.push({
        hour: h,
        b,
        w: ordinary + extra,
        share: extra / (ordinary + extra),
        cat: top ? CATEGORIES.indexOf(top.category) : 0,
        tag: top?.hashtag ?? '',
      })
    })
  }
  const total = weights.reduce((a, x) => a + x.w, 0)
  const hours: HourRow[] = []
  let acc = 0
  let seq0 = 0
  for (const x of weights) {
    const before = Math.round((acc / total) * originals)
    acc += x.w
    const n = Math.round((acc / total) * originals) - before
    if (n > 0)
      hours.push({ hour: x.hour, b: x.b, n, seq0, inc_share: x.share, inc_cat: x.cat, inc_tag: x.tag })
    seq0 += n
  }
  return {
    startMs,
    endMs,
    originals,
    hours,
    incidents,
    releases,
    dict: buildDict(opts.brands, releases, replyShare, deleteShare),
  }
}
