import { type BrandConfig, marketLanguages } from '@vigil/config'
import type { Author } from '@vigil/schema'
import type { Rng } from './rng.js'
import type { GenLang } from './templates.js'

/** Which languages a brand's public writes in, from its markets. */
export function brandLanguages(brand: BrandConfig): Array<readonly [GenLang, number]> {
  return marketLanguages(brand.markets)
}

export { PLATFORM_MIX } from '@vigil/config'

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
