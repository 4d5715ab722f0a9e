import { describe, expect, it } from 'vitest'
import { expDecay, powDecay } from './decay.js'

// The tables replace computations in the hot path; alerts stay the same only if every looked-up
// factor is the very double the computation gives (a last-bit difference can flip a threshold).
describe('decay tables', () => {
  it('give exactly the computed factors, inside and beyond the table', () => {
    const d = Math.exp(-1 / 720)
    const pow = powDecay(d)
    const exp = expDecay(30)
    for (const k of [0, 1, 2, 7, 59, 60, 61, 1439, 4095, 4096, 10_000, 2.5]) {
      expect(pow(k)).toBe(d ** k)
      expect(exp(k)).toBe(Math.exp(-k / 30))
    }
    let same = 0
    for (let k = 0; k < 4096; k++) if (pow(k) === d ** k && exp(k) === Math.exp(-k / 30)) same++
    expect(same).toBe(4096)
  })
})
