import { describe, expect, it } from 'vitest'
import { createFingerprintWindow, fingerprint64 } from './fingerprint-window.js'

describe('fingerprint window', () => {
  it('holds exactly the last `capacity` distinct strings, as a Set with a queue would', () => {
    // Small tables wrap around and fill probe runs, so deletion's backward shift is exercised.
    for (const capacity of [1, 3, 7, 64, 1000]) {
      const w = createFingerprintWindow(capacity)
      const seen = new Set<string>()
      const order: string[] = []
      let x = 12345
      for (let n = 0; n < capacity * 20; n++) {
        x = (Math.imul(x, 1103515245) + 12345) >>> 0
        // Repeats on purpose: ids drawn from a pool twice the window.
        const id = `x:lt-1765000000000-${x % (capacity * 2)}\u0000create`
        w.add(id)
        if (!seen.has(id)) {
          seen.add(id)
          order.push(id)
          if (order.length > capacity) seen.delete(order.shift()!)
        }
        if (n % Math.max(7, capacity >> 2) === 0) {
          for (let k = 0; k < capacity * 2; k++) {
            const probe = `x:lt-1765000000000-${k}\u0000create`
            expect(w.mayHave(probe), `${capacity}: ${probe} after ${n} adds`).toBe(seen.has(probe))
          }
        }
      }
      expect(w.size).toBe(seen.size)
    }
  })

  it('gives different fingerprints to near-identical identities', () => {
    const fps = new Set<string>()
    for (let i = 0; i < 200_000; i++) fps.add(fingerprint64(`x:lt-1765000000000-${i}\u0000create`).join(':'))
    expect(fps.size).toBe(200_000)
  })
})
