import { mulberry32 } from '@vigil/config'
/** A small seeded PRNG (mulberry32): the generator must replay the same stream for a seed. */
export interface Rng {
  next(): number
  int(maxExclusive: number): number
  pick<T>(items: readonly T[]): T
  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T
  chance(p: number): boolean
  poisson(lambda: number): number
}

export function createRng(seed: number): Rng {
  const next = mulberry32(seed)
  const int = (n: number): number => Math.floor(next() * n)
  return {
    next,
    int,
    pick: (items) => {
      if (items.length === 0) throw new RangeError('pick from an empty list')
      return items[int(items.length)] as (typeof items)[number]
    },
    weighted: (items) => {
      const total = items.reduce((a, [, w]) => a + w, 0)
      let r = next() * total
      for (const [item, w] of items) {
        r -= w
        if (r < 0) return item
      }
      return items[items.length - 1]![0]
    },
    chance: (p) => next() < p,
    // Knuth for small means, normal approximation above: exact enough for arrival counts.
    poisson: (lambda) => {
      if (lambda <= 0) return 0
      if (lambda > 50) {
        const u = 1 - next()
        const v = next()
        const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
        return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * z))
      }
      const limit = Math.exp(-lambda)
      let k = 0
      let p = next()
      while (p > limit) {
        k++
        p *= next()
      }
      return k
    },
  }
}

/** Make a Luhn-valid 16-digit card number, so masking is exercised on realistic data. */
export function luhnCard(rng: Rng, prefix = '4539'): string {
  const digits = prefix.split('').map(Number)
  while (digits.length < 15) digits.push(rng.int(10))
  let sum = 0
  for (let i = 0; i < 15; i++) {
    let d = digits[14 - i]!
    if (i % 2 === 0) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
  }
  digits.push((10 - (sum % 10)) % 10)
  const s = digits.join('')
  return `${s.slice(0, 4)} ${s.slice(4, 8)} ${s.slice(8, 12)} ${s.slice(12)}`
}
