import {
  type BrandConfig,
  crowdSize as crowdSizeOf,
  ORDINARY_MIX,
  PEAK_RATE,
  seasonality,
} from '@vigil/config'
import type { Mention, MentionKind, Platform } from '@vigil/schema'
import { AuthorPool, brandLanguages, brandName, PLATFORM_MIX } from './population.js'
import { createRng, luhnCard, type Rng } from './rng.js'
import { makeScenario, type Scenario, type ScenarioRequest, scenarioShape } from './scenarios.js'
import { CARE_REPLIES, CATEGORY_SENTIMENT, type Category, type GenLang, TEMPLATES } from './templates.js'

export interface GeneratorOptions {
  brands: BrandConfig[]
  seed: number
  /** Event time the stream starts at. */
  startMs: number
  /** Multiplies every ordinary rate; 1 gives a few mentions a minute per brand at peak. */
  rateScale?: number
  /** Share of complaints that the brand's care account answers. */
  careReplyShare?: number
}

/** Distinct ordinary authors of a brand (@vigil/config's traffic mix says why so many). */
export function crowdSize(brand: BrandConfig, rateScale: number): number {
  return crowdSizeOf(brand.size, rateScale)
}

const ORDINARY_NEGATIVE_SHARE = ORDINARY_MIX.reduce(
  (a, [c, w]) => a + (CATEGORY_SENTIMENT[c] === 'negative' ? w : 0),
  0,
)
const MIX_TOTAL = ORDINARY_MIX.reduce((a, [, w]) => a + w, 0)

export { seasonality }

const STEP_MS = 1000
const PLATFORM_HOST: Record<Platform, string> = {
  x: 'x.example',
  facebook: 'facebook.example',
  instagram: 'instagram.example',
  tiktok: 'tiktok.example',
  youtube: 'youtube.example',
  reddit: 'reddit.example',
  appstore: 'apps.example',
  playstore: 'play.example',
  news: 'news.example',
  forum: 'forum.example',
}

interface Pending {
  atMs: number
  mention: Mention
}

/**
 * A deterministic stream of realistic mentions. Call `generateUntil` with increasing times:
 * once with a far time for a backfill, or every second for a live demo. The same seed and
 * calls give the same stream, which makes recorded crises replayable.
 */
export class MentionGenerator {
  private readonly rng: Rng
  private readonly pools = new Map<string, AuthorPool>()
  private readonly scenarios: Scenario[] = []
  private readonly pending: Pending[] = []
  private cursor: number
  private seq = 0
  private readonly rateScale: number
  private readonly careReplyShare: number

  constructor(private readonly opts: GeneratorOptions) {
    this.rng = createRng(opts.seed)
    this.cursor = opts.startMs
    this.rateScale = opts.rateScale ?? 1
    this.careReplyShare = opts.careReplyShare ?? 0.4
    for (const b of opts.brands)
      this.pools.set(b.id, new AuthorPool(b, this.rng, crowdSize(b, this.rateScale)))
  }

  get now(): number {
    return this.cursor
  }

  addScenario(req: ScenarioRequest): Scenario {
    const s = makeScenario(req, this.opts.brands, this.scenarios.length + 1)
    this.scenarios.push(s)
    return s
  }

  /** Every scenario so far: the ground truth to score a detector against. */
  groundTruth(): Scenario[] {
    return this.scenarios.map((s) => ({ ...s }))
  }

  /** All mentions with createdAt in [cursor, untilMs), in event-time order. */
  generateUntil(untilMs: number): Mention[] {
    const out: Mention[] = []
    while (this.cursor < untilMs) {
      const stepEnd = Math.min(untilMs, this.cursor + STEP_MS)
      for (const b of this.opts.brands) this.generateStep(b, this.cursor, stepEnd, out)
      this.cursor = stepEnd
    }
    this.pending.sort((a, b) => a.atMs - b.atMs)
    while (this.pending.length > 0 && this.pending[0]!.atMs < untilMs) out.push(this.pending.shift()!.mention)
    return out.sort((a, b) => a.createdAt.localeCompare(b.createdAt))
  }

  private generateStep(brand: BrandConfig, from: number, to: number, out: Mention[]): void {
    const minutes = (to - from) / 60_000
    const ordinaryPerMin = PEAK_RATE[brand.size] * this.rateScale * seasonality(from)
    const rates: Array<readonly [Category, number, Scenario | null]> = []
    let paydayBoost = 1
    for (const s of this.scenarios) {
      const shape = scenarioShape(s, from)
      if (shape === 0) continue
      if (s.kind === 'payday') paydayBoost += (s.intensity - 1) * shape
      else if (s.brand === null || s.brand === brand.id) {
        const extra = s.intensity * shape * ordinaryPerMin * ORDINARY_NEGATIVE_SHARE
        const cat: Category =
          s.kind === 'complaint-wave'
            ? 'fees'
            : s.kind === 'sector-outage'
              ? 'cardOutage'
              : s.kind === 'troll-raid'
                ? 'troll'
                : 'outage'
        rates.push([cat, extra, s])
      }
    }
    for (const [cat, w] of ORDINARY_MIX) {
      // Payday brings questions and praise, not complaints.
      const boost = cat === 'question' || cat === 'praise' || cat === 'news' ? paydayBoost : 1
      rates.push([cat, (ordinaryPerMin * w * boost) / MIX_TOTAL, null])
    }
    for (const [cat, perMin, scenario] of rates) {
      const n = this.rng.poisson(perMin * minutes)
      for (let i = 0; i < n; i++) {
        const at = from + this.rng.next() * (to - from)
        out.push(this.makeMention(brand, cat, at, scenario))
      }
    }
  }

  private makeMention(brand: BrandConfig, cat: Category, atMs: number, scenario: Scenario | null): Mention {
    const rng = this.rng
    const lang = rng.weighted(brandLanguages(brand))
    const pool = this.pools.get(brand.id)!
    const author = cat === 'troll' && scenario ? pool.troll(rng) : pool.customer(rng)
    let platform = rng.weighted(PLATFORM_MIX)
    if (cat === 'news') platform = 'news'
    const kind: MentionKind = platform === 'appstore' || platform === 'playstore' ? 'review' : 'post'
    const text = this.fill(rng.pick(TEMPLATES[lang][cat]), brand, lang, scenario)
    const sentiment = CATEGORY_SENTIMENT[cat]
    const n = ++this.seq
    const id = `${platform}:${this.opts.seed}-${n}`
    const created = new Date(Math.floor(atMs)).toISOString()
    const mention: Mention = {
      id,
      event: 'create',
      platform,
      kind,
      url: `https://${PLATFORM_HOST[platform]}/${brand.id}/${n}`,
      author,
      text,
      createdAt: created,
      receivedAt: created,
      inReplyTo: null,
      conversationId: id,
      engagement: {
        likes: rng.int(author.followers > 10_000 ? 2000 : 40),
        shares: rng.int(author.followers > 10_000 ? 500 : 8),
        replies: rng.int(10),
        views: rng.int(Math.max(50, author.followers * 3)),
      },
      rating:
        kind === 'review'
          ? sentiment === 'negative'
            ? 1 + rng.int(2)
            : sentiment === 'positive'
              ? 4 + rng.int(2)
              : 3
          : null,
      appVersion: kind === 'review' ? rng.pick(['7.3.0', '7.3.1', '7.4.0']) : null,
      lang: platform === 'x' || platform === 'facebook' ? lang : null,
    }
    if (
      (cat === 'complaint' || cat === 'outage' || cat === 'pii') &&
      kind === 'post' &&
      rng.chance(this.careReplyShare)
    ) {
      this.scheduleReply(brand, mention, lang, atMs)
    }
    return mention
  }

  private scheduleReply(brand: BrandConfig, to: Mention, lang: GenLang, atMs: number): void {
    const rng = this.rng
    // Response times spread around the 30- and 60-minute expectations.
    const delayMs = (2 + -Math.log(1 - rng.next()) * 28) * 60_000
    const replyAt = new Date(Math.floor(atMs + delayMs)).toISOString()
    const n = ++this.seq
    const id = `${to.platform}:${this.opts.seed}-${n}`
    const care = this.pools.get(brand.id)!.careAccount()
    this.pending.push({
      atMs: atMs + delayMs,
      mention: {
        ...to,
        id,
        kind: 'reply',
        url: `https://${PLATFORM_HOST[to.platform]}/${brand.id}/${n}`,
        author: care,
        text: `${to.author.handle} ${rng.pick(CARE_REPLIES[lang])} ${brand.name}`,
        createdAt: replyAt,
        receivedAt: replyAt,
        inReplyTo: to.id,
        conversationId: to.conversationId,
        engagement: { likes: rng.int(5), shares: 0, replies: 0, views: rng.int(300) },
        rating: null,
        appVersion: null,
      },
    })
  }

  /** Another watched bank, for posts that compare two. */
  private otherBrand(brand: BrandConfig): BrandConfig {
    const others = this.opts.brands.filter((b) => b.id !== brand.id)
    return others.length === 0 ? brand : this.rng.pick(others)
  }

  private fill(template: string, brand: BrandConfig, lang: GenLang, scenario: Scenario | null): string {
    const rng = this.rng
    return template
      .replace('{b}', brandName(brand, lang, rng))
      .replace('{other}', () => brandName(this.otherBrand(brand), lang, rng))
      .replace('{tag}', scenario?.hashtag ?? '')
      .replace('{card}', luhnCard(rng))
      .replace('{amt}', `£${(10 + rng.int(2000)).toLocaleString('en-GB')}`)
      .replace('{ver}', rng.pick(['7.3.0', '7.3.1', '7.4.0']))
      .trim()
  }
}
