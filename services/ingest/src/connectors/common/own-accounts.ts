import type { BrandConfig } from '@vigil/config'

const norm = (s: string): string => s.trim().replace(/^@/, '').toLowerCase()

/**
 * The bank's own accounts, from the brands file: per platform (`accounts`), and the brand's
 * `handles`, which count on every platform. Only brands with role `own` answer for the bank:
 * a competitor's care account replying is a competitor's reply, not ours, but it is still a
 * brand account, so both roles are kept.
 */
export class OwnAccounts {
  private readonly byPlatform = new Map<string, Set<string>>()
  private readonly anywhere = new Set<string>()

  constructor(brands: readonly BrandConfig[]) {
    for (const b of brands) {
      for (const h of b.handles) this.anywhere.add(norm(h))
      for (const [platform, ids] of Object.entries(b.accounts ?? {})) {
        const set = this.byPlatform.get(platform) ?? new Set<string>()
        for (const id of ids) set.add(norm(id))
        this.byPlatform.set(platform, set)
      }
    }
  }

  /** True when any of the author's ids or handles is one of a bank's own on that platform. */
  isBrand(platform: string, ...idsOrHandles: Array<string | undefined | null>): boolean {
    const set = this.byPlatform.get(platform)
    for (const v of idsOrHandles) {
      if (!v) continue
      const k = norm(v)
      if (k === '') continue
      if (set?.has(k) || this.anywhere.has(k)) return true
    }
    return false
  }

  static none(): OwnAccounts {
    return new OwnAccounts([])
  }
}
