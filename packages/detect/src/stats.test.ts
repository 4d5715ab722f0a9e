import { describe, expect, it } from 'vitest'
import { corrected, lgamma, surpriseBinomial, surpriseCount } from './stats.js'

describe('count tails', () => {
  it('lgamma matches factorials', () => {
    expect(lgamma(1)).toBeCloseTo(0, 10)
    expect(lgamma(6)).toBeCloseTo(Math.log(120), 10)
    expect(lgamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 10)
  })

  it('Poisson upper tail is exact at low counts', () => {
    // P(X >= 8 | λ=2) = 0.0011 (1 - CDF(7) = 0.001097...)
    expect(surpriseCount(8, 2)).toBeCloseTo(-Math.log10(0.0010967), 3)
    expect(surpriseCount(2, 2)).toBe(0)
    expect(surpriseCount(0, 0.5)).toBe(0)
  })

  it('overdispersion makes the same count less surprising', () => {
    const poisson = surpriseCount(20, 5)
    const negbin = surpriseCount(20, 5, 15)
    expect(negbin).toBeLessThan(poisson)
    expect(negbin).toBeGreaterThan(1)
  })

  it('does not underflow far in the tail', () => {
    const s = surpriseCount(400, 3)
    expect(Number.isFinite(s)).toBe(true)
    expect(s).toBeGreaterThan(300)
  })

  it('normal approximation agrees with the exact sum where they meet', () => {
    // Large mean: the approximation path; close enough to the exact value computed by summation.
    const approx = surpriseCount(1100, 1000)
    expect(approx).toBeGreaterThan(2.8)
    expect(approx).toBeLessThan(3.4)
  })

  it('binomial tail is exact at small n', () => {
    // P(X >= 8 | n=10, p=.5) = 56/1024
    expect(surpriseBinomial(8, 10, 0.5)).toBeCloseTo(-Math.log10(56 / 1024), 6)
    expect(surpriseBinomial(2, 10, 0.5)).toBe(0)
  })

  it('Bonferroni correction subtracts log10 of the number of tests', () => {
    expect(corrected(6, 100)).toBeCloseTo(4, 10)
    expect(corrected(1, 100)).toBe(0)
  })
})
