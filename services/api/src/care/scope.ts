/**
 * Which mentions each inbox tab holds, and whose replies close its clocks, from the brands
 * file: our bank is every brand with role `own`; competitors are the rest. Pure.
 */
import type { BrandConfig } from '@vigil/config'
import type { Intent } from '@vigil/schema'

export const CARE_VIEWS = ['own', 'competitors', 'trolls'] as const
export type CareView = (typeof CARE_VIEWS)[number]

/** Complaints and questions are the work; news, spam, praise and trolls are not (trolls have a tab). */
export const WORK_INTENTS: Intent[] = ['complaint', 'question']

export interface TabScope {
  brands: string[]
  excludeBrands: string[]
  intents: Intent[]
  accounts: string[]
}

const norm = (s: string) => s.trim().replace(/^@/, '').toLowerCase()

/**
 * `platform:handle-or-id` for each of the brands' accounts per platform (brands file
 * `accounts`), and `*:handle` for `handles`, which count on every platform.
 */
export function accountKeys(brands: readonly BrandConfig[]): string[] {
  const keys = new Set<string>()
  for (const b of brands) {
    for (const h of b.handles) keys.add(`*:${norm(h)}`)
    for (const [platform, ids] of Object.entries(b.accounts ?? {}))
      for (const id of ids) keys.add(`${platform}:${norm(id)}`)
  }
  return [...keys].sort()
}

/**
 * The tab's scope. `brand` narrows it to one bank of that tab (a competitor on the
 * competitors tab). A post naming our bank and a competitor is ours: it stays off the
 * competitors tab. Returns null when `brand` does not belong to the tab.
 */
export function tabScope(view: CareView, brands: readonly BrandConfig[], brand?: string): TabScope | null {
  const own = brands.filter((b) => b.role === 'own')
  const others = brands.filter((b) => b.role !== 'own')
  const side = view === 'competitors' ? others : own
  const chosen = brand === undefined ? side : side.filter((b) => b.id === brand)
  if (chosen.length === 0) return null
  return {
    brands: chosen.map((b) => b.id),
    excludeBrands: view === 'competitors' ? own.map((b) => b.id) : [],
    intents: view === 'trolls' ? ['troll'] : WORK_INTENTS,
    accounts: accountKeys(chosen),
  }
}

/** The accounts that answer for one item: our own when it names our bank, else its banks'. */
export function itemAccounts(itemBrands: readonly string[], brands: readonly BrandConfig[]): string[] {
  const named = brands.filter((b) => itemBrands.includes(b.id))
  const own = named.filter((b) => b.role === 'own')
  return accountKeys(own.length > 0 ? own : named)
}
