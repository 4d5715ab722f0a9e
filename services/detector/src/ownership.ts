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
}

export function createOwnership(deps: {
  engine: DetectorEngine
  state: StateStore
  log: Logger
  counts: DetectorCounts
  now: () => number
  ttlMs: number
  enrichedTopic: string
  /** Called after a brand was resumed from its checkpoint (feedback given since is re-applied). */
  onRestored: () => void
  /** The offsets each brand's state holds, restored with it (see watermarks.ts). */
  watermarks?: Watermarks
}): Ownership {
  const { engine, log, counts, now } = deps
  const lastSeen = new Map<string, number>()
  /** The enriched-topic partition each brand's records came from, for releasing on revocation. */
  const brandPartition = new Map<string, number>()

  /**
   * After a rebalance: brands whose partition went to another member are released at once.
   * Left active until the TTL, they would close empty minutes here, publish zero metrics beside
   * the new owner's real ones and checkpoint that emptiness over the new owner's state.
   */
  function keepAssigned(assignment: Record<string, number[]>): void {
    const held = new Set(assignment[deps.enrichedTopic] ?? [])
    for (const [brand, partition] of brandPartition) {
      if (!held.has(partition) && engine.isActive(brand)) release(brand, 'partition_revoked')
    }
  }

  /** Stop scoring and checkpointing `brand` here: another instance owns it now. */
  function release(brand: string, reason: 'partition_revoked' | 'idle'): void {
    log.info({ event: 'brand_released', brand, reason, partition: brandPartition.get(brand) })
    engine.setActive(brand, false)
    lastSeen.delete(brand)
    brandPartition.delete(brand)
    deps.watermarks?.forget(brand)
    counts.released++
  }

  function claim(brand: string): void {
    lastSeen.set(brand, now())
    if (engine.isActive(brand) || !engine.brands().includes(brand)) return
    const snap = deps.state.get(brand)
    const restored = snap !== undefined && engine.restore(brand, snap)
    if (restored) {
      deps.watermarks?.restore(brand, (snap as { offsets?: unknown }).offsets)
      counts.restored++
      deps.onRestored()
    }
    engine.setActive(brand, true)
    log.info({ event: 'brand_assigned', brand, restored })
  }

  return {
    own: (brand, partition) => {
      claim(brand)
      brandPartition.set(brand, partition)
    },
    keepAssigned,
    releaseIdle: () => {
      for (const [b, t] of lastSeen) {
        if (now() - t > deps.ttlMs && engine.isActive(b)) release(b, 'idle')
      }
    },
  }
}
