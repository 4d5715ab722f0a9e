import type { BrandConfig } from '@vigil/config'
import type { Author, Platform } from '@vigil/schema'
import type { Rng } from './rng.js'
import type { GenLang } from './templates.js'

const MARKET_LANGS: Record<string, ReadonlyArray<readonly [GenLang, number]>> = {
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

/** Which languages a brand's public writes in, from its markets. */
export function brandLanguages(brand: BrandConfig): Array<readonly [GenLang, number]> {
  const weights = new Map<GenLang, number>()
  for (const m of brand.markets) {
    for (const [lang, w] of MARKET_LANGS[m] ?? [['en', 1] as const])
      weights.set(lang, (weights.get(lang) ?? 0) + w)
  }
  if (weights.size === 0) weights.set('en', 1)
  return [...weights.entries()]
}

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

const HAN = /\p{Script=Han}/u
const ARABIC = /\p{Script=Arabic}/u

/** How a customer writing in `lang` names the brand: its own script where one exists. */
export function brandName(brand: BrandConfig, lang: GenLang, rng: Rng): string {
  if (lang === 'zh') {
    const han = brand.aliases.filter((a) => HAN.test(a))
    if (han.length > 0) return rng.pick(han)
  }
  if (lang === 'ar') {
    const ar = brand.aliases.filter((a) => ARABIC.test(a))
    if (ar.length > 0) return rng.pick(ar)
  }
  const roll = rng.next()
  if (roll < 0.15 && brand.handles.length > 0) return rng.pick(brand.handles)
  if (roll < 0.2 && brand.caseSensitiveAliases.length > 0) return rng.pick(brand.caseSensitiveAliases)
  const latin = brand.aliases.filter((a) => !HAN.test(a) && !ARABIC.test(a) && !/ app$/i.test(a))
  return latin.length > 0 ? rng.pick(latin) : brand.name
}

/** A fixed crowd of authors per brand, so the same people come back (ranking, trolls). */
export class AuthorPool {
  private readonly crowd: Author[] = []
  private readonly trolls: Author[] = []

  constructor(
    private readonly brand: BrandConfig,
    rng: Rng,
    size = 400,
  ) {
    for (let i = 0; i < size; i++) {
      const influencer = rng.chance(0.02)
      this.crowd.push({
        id: `u-${brand.id}-${i}`,
        handle: `@${brand.id}_fan${i}`,
        followers: influencer ? 50_000 + rng.int(500_000) : Math.floor(10 ** (1 + rng.next() * 3)),
        verified: influencer && rng.chance(0.5),
        isBrandAccount: false,
      })
    }
    for (let i = 0; i < 6; i++) {
      this.trolls.push({
        id: `u-${brand.id}-troll${i}`,
        handle: `@angry_${brand.id}_${i}`,
        followers: rng.int(80),
        verified: false,
        isBrandAccount: false,
      })
    }
  }

  customer(rng: Rng): Author {
    return rng.pick(this.crowd)
  }

  troll(rng: Rng): Author {
    return rng.pick(this.trolls)
  }

  careAccount(): Author {
    const handle = this.brand.handles[this.brand.handles.length - 1] ?? `@${this.brand.id}`
    return { id: `u-${this.brand.id}-care`, handle, followers: 120_000, verified: true, isBrandAccount: true }
  }
}
