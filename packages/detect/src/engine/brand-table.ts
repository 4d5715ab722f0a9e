/**
 * Every brand's state, which of them this engine owns, and their checkpoints. Closing and
 * scoring visit brands in configuration order (the map's order).
 */
import { type BrandInfo, type BrandState, newBrandState } from '../brand.js'
import type { DetectorParams } from '../params.js'
import { restoreBrand, snapshotBrand } from '../snapshot.js'

export interface BrandTable {
  readonly states: Map<string, BrandState>
  /**
   * The same states in a prototype-less object, for observe's lookup by id: V8 finds a
   * recurring property key by pointer (see KeyDict).
   */
  readonly byId: Record<string, BrandState | undefined>
  ids(): string[]
  setActive(brand: string, active: boolean): void
  isActive(brand: string): boolean
  snapshot(brand: string): unknown
  restore(brand: string, state: unknown): boolean
  openBuckets(): number
  /** The earliest open bucket at or after `from`, over all brands. */
  minOpenIndex(from: number): number | null
  /**
   * Open buckets behind the close point (restored from an older checkpoint) go: their
   * mentions count as late. Returns how many.
   */
  dropStale(before: number): number
}

export function createBrandTable(brands: BrandInfo[], p: DetectorParams): BrandTable {
  const states = new Map<string, BrandState>()
  for (const b of brands) states.set(b.id, newBrandState(b, p))
  const byId: Record<string, BrandState | undefined> = Object.create(null)
  for (const [id, st] of states) byId[id] = st
  const inactive = new Set<string>()

  return {
    states,
    byId,
    ids: () => [...states.keys()],
    setActive: (brand, active) => {
      if (active) inactive.delete(brand)
      else if (states.has(brand)) inactive.add(brand)
    },
    isActive: (brand) => states.has(brand) && !inactive.has(brand),
    snapshot: (brand) => {
      const st = states.get(brand)
      return st === undefined ? null : snapshotBrand(st)
    },
    restore: (brand, state) => {
      const st = states.get(brand)
      if (st === undefined) return false
      return restoreBrand(st, state)
    },
    openBuckets: () => [...states.values()].reduce((n, st) => n + st.open.size, 0),
    minOpenIndex: (from) => {
      let min: number | null = null
      for (const st of states.values())
        for (const idx of st.open.keys()) if (idx >= from && (min === null || idx < min)) min = idx
      return min
    },
    dropStale: (before) => {
      let late = 0
      for (const st of states.values()) {
        for (const [idx, b] of st.open) {
          if (idx >= before) continue
          st.open.delete(idx)
          st.lastOpen = null
          st.lateEvents += b.total
          late += b.total
        }
      }
      return late
    },
  }
}
