/**
 * A series' (a brand's) earlier incidents, as precedents for ranking a new one: flat
 * [openedMs, opening surprise, ...], oldest first, bounded in age and number. Plain JSON so
 * checkpoints carry it.
 */
const MAX_PRECEDENTS = 128
const DAY_MS = 86_400_000

/** Remember an incident that opened at `atMs` with surprise `score`. */
export function addPrecedent(list: number[], atMs: number, score: number, days: number): void {
  list.push(atMs, score)
  let drop = 0
  while (
    drop < list.length &&
    (list[drop]! < atMs - days * DAY_MS || list.length - drop > 2 * MAX_PRECEDENTS)
  )
    drop += 2
  if (drop > 0) list.splice(0, drop)
}

/**
 * The surprise less log10(1 + k), k = remembered incidents within `days` before `atMs` (the
 * incident itself excluded: those opened before `openedMs`) at least `factor` times `score`; 0 when factor ≤ 0 (off).
 */
export function precedentDiscount(
  list: number[],
  score: number,
  atMs: number,
  openedMs: number,
  factor: number,
  days: number,
): number {
  if (factor <= 0) return 0
  let k = 0
  for (let i = 0; i < list.length; i += 2) {
    const t = list[i]!
    if (t >= openedMs || t < atMs - days * DAY_MS) continue
    if (list[i + 1]! >= factor * score) k++
  }
  return Math.log10(1 + k)
}
