/**
 * Which brands this instance owns. A brand becomes ours when its records arrive (resumed from
 * its latest checkpoint); it is released when its partition goes to another member in a
 * rebalance, or when nothing has come for it for the ownership TTL.
 */

import type { Logger } from '@vigil/config'
import type { DetectorEngine } from '@vigil/detect'
import type { DetectorCounts } from './counts.js'
import type { StateStore } from './state-store.js'
import type { Watermarks } from './watermarks.js'

export interface Ownership {
  /** A record of `brand` arrived from enriched-topic `partition`: the brand is ours. */
  own(brand: string, partition: number): void
  /** After a rebalance: release the brands whose partition this member no longer holds. */
  keepAssigned(assignment: Record<string, number[]>): void
  /** Release the brands nothing has come for within the TTL. */
  releaseIdle(): void
  /**
   * Feedback for `brand` arrived: true when the brand is ours, resumed from its checkpoint now
   * if none of its records came yet (its partition is held here, see `place`); false when
   * another instance owns it (or no partition is assigned yet).
   */
  adopt(brand: string): boolean
}

export interface OwnershipDeps {
  engine: DetectorEngine
  state: StateStore
  log: Logger
  counts: DetectorCounts
  now: () => number
  ttlMs: number
  enrichedTopic: string
  /** Called after a brand was resumed from its checkpoint (feedback given since is re-applied). */
  onRestored: () => void
  /** Called after every assignment, once the partitions held here are known. */
  onAssigned?: () => void
  /** The offsets each brand's state holds, restored with it (see watermarks.ts). */
  watermarks?: Watermarks
  /** The enriched-topic partition a brand's records go to (the enricher's placement). */
  place?: (brand: string) => number
}

/** What this instance holds, by brand. */
interface Holdings {
  deps: OwnershipDeps
  /** When each owned brand's last record arrived. */
  lastSeen: Map<string, number>
  /** The enriched-topic partition each brand's records came from, for releasing on revocation. */
  brandPartition: Map<string, number>
  /** Enriched-topic partitions assigned to this member; null before the first assignment. */
  held: Set<number> | null
}

export function createOwnership(deps: OwnershipDeps): Ownership {
  const h: Holdings = { deps, lastSeen: new Map(), brandPartition: new Map(), held: null }
  return {
    own: (brand, partition) => {
      claim(h, brand)
      h.brandPartition.set(brand, partition)
    },
    keepAssigned: (assignment) => keepAssigned(h, assignment),
    releaseIdle: () => {
      for (const [b, t] of h.lastSeen) {
        if (deps.now() - t > deps.ttlMs && deps.engine.isActive(b)) release(h, b, 'idle')
      }
    },
    adopt: (brand) => {
      if (deps.engine.isActive(brand)) return true
      if (!deps.engine.brands().includes(brand)) return false
      const partition = h.brandPartition.get(brand) ?? deps.place?.(brand)
      if (partition === undefined || h.held === null || !h.held.has(partition)) return false
      claim(h, brand)
      h.brandPartition.set(brand, partition)
      return true
    },
  }
}

/**
 * After a rebalance: brands whose partition went to another member are released at once.
 * Left active until the TTL, they would close empty minutes here, publish zero metrics beside
 * the new owner's real ones and checkpoint that emptiness over the new owner's state.
 */
function keepAssigned(h: Holdings, assignment: Record<string, number[]>): void {
  const held = new Set(assignment[h.deps.enrichedTopic] ?? [])
  h.held = held
  for (const [brand, partition] of h.brandPartition) {
    if (!held.has(partition) && h.deps.engine.isActive(brand)) release(h, brand, 'partition_revoked')
  }
  h.deps.onAssigned?.()
}

/** Stop scoring and checkpointing `brand` here: another instance owns it now. */
function release(h: Holdings, brand: string, reason: 'partition_revoked' | 'idle'): void {
  h.deps.log.info({ event: 'brand_released', brand, reason, partition: h.brandPartition.get(brand) })
  h.deps.engine.setActive(brand, false)
  h.lastSeen.delete(brand)
  h.brandPartition.delete(brand)
  h.deps.watermarks?.forget(brand)
  h.deps.counts.released++
}

/** A record of `brand` arrived: it is ours, resumed from its checkpoint if it was not yet. */
function claim(h: Holdings, brand: string): void {
  const { engine, log, counts, now } = h.deps
  h.lastSeen.set(brand, now())
  if (engine.isActive(brand) || !engine.brands().includes(brand)) return
  const snap = h.deps.state.get(brand)
  const restored = snap !== undefined && engine.restore(brand, snap)
  // Active before the replay: acknowledgements are applied to brands owned here only.
  engine.setActive(brand, true)
  if (restored) {
    h.deps.watermarks?.restore(brand, (snap as { offsets?: unknown }).offsets)
    counts.restored++
    h.deps.onRestored()
  }
  log.info({ event: 'brand_assigned', brand, restored })
}
