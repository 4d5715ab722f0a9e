/**
 * Where each brand's records of mentions.enriched go: a partition chosen so the brands' volumes
 * balance over the partitions, instead of murmur2(key) % partitions.
 *
 * Why: the topic is keyed by brand so that one detector instance owns each brand's whole stream.
 * With murmur2, four of the five demo banks hashed to one of three partitions (81 % of the
 * records), so a second detector or sink instance had nothing to take. A brand still goes to
 * exactly one partition (one owner), but the brands are packed over the partitions by their
 * expected volume (the brands file's `size`), largest first, each to the least-loaded
 * partition (the LPT rule of scheduling; deterministic, so every enricher instance computes the
 * same table from the same brands file).
 *
 * A key the table does not know (a brand added to a running system before the enrichers were
 * restarted, a record written by hand) falls back to murmur2 (kafkajs' default partitioner), so
 * it still lands on one fixed partition.
 */
import { UNBRANDED_KEY } from './copies.js'

export interface PlacedBrand {
  id: string
  /** The brands file's size class: large, mid, small (anything else counts as mid). */
  size?: string
}

/** Expected volume of a brand by size class: the load generator's stream measures large ≈ 1.9 × mid. */
const SIZE_WEIGHT: Record<string, number> = { large: 2, mid: 1, small: 0.5 }
/** Mentions naming no watched brand: about 1.4 % of the generator's stream. */
const UNBRANDED_WEIGHT = 0.1

/** Partition of each key in the table: the brands (and `_unbranded`) packed by weight. */
export function brandPlacementTable(brands: readonly PlacedBrand[], partitions: number): Map<string, number> {
  if (!Number.isInteger(partitions) || partitions < 1)
    throw new RangeError(`partitions must be ≥ 1, got ${partitions}`)
  const items = [
    ...new Map(brands.map((b) => [b.id, SIZE_WEIGHT[b.size ?? 'mid'] ?? 1])).entries(),
    [UNBRANDED_KEY, UNBRANDED_WEIGHT] as const,
  ].sort(([a, wa], [b, wb]) => wb - wa || (a < b ? -1 : a > b ? 1 : 0))
  const load = new Array<number>(partitions).fill(0)
  const table = new Map<string, number>()
  for (const [id, w] of items) {
    let best = 0
    for (let p = 1; p < partitions; p++) if (load[p]! < load[best]!) best = p
    table.set(id, best)
    load[best]! += w
  }
  return table
}

/** The partition for a key of mentions.enriched: the table's, else murmur2 like kafkajs. */
export function brandPlacement(brands: readonly PlacedBrand[], partitions: number): (key: string) => number {
  const table = brandPlacementTable(brands, partitions)
  return (key) => table.get(key) ?? murmur2Partition(key, partitions)
}

/**
 * Kafka's default partition of a string key: (murmur2(utf8 bytes) & 0x7fffffff) % partitions,
 * the same as the Java client's and kafkajs' DefaultPartitioner.
 */
export function murmur2Partition(key: string, partitions: number): number {
  return (murmur2(utf8.encode(key)) & 0x7fffffff) % partitions
}

const utf8 = new TextEncoder()

function murmur2(data: Uint8Array): number {
  const m = 0x5bd1e995
  const r = 24
  const len = data.length
  let h = (0x9747b28c ^ len) | 0
  const whole = len & ~3
  for (let i = 0; i < whole; i += 4) {
    let k = data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16) | (data[i + 3]! << 24)
    k = Math.imul(k, m)
    k ^= k >>> r
    k = Math.imul(k, m)
    h = Math.imul(h, m) ^ k
  }
  const rest = len & 3
  if (rest === 3) h ^= data[whole + 2]! << 16
  if (rest >= 2) h ^= data[whole + 1]! << 8
  if (rest >= 1) {
    h ^= data[whole]!
    h = Math.imul(h, m)
  }
  h ^= h >>> 13
  h = Math.imul(h, m)
  h ^= h >>> 15
  return h
}
