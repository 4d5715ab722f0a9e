/** FNV-1a and a finaliser, shared by the hashed features (features.ts, script-words.ts). */
export const FNV_OFFSET = 0x811c9dc5
export const FNV_PRIME = 16777619

/** Spread an FNV hash's bits before it is masked to a table slot. */
export function fmix(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  return h
}
