import { describe, expect, it } from 'vitest'
import { isSarcasticThanks, SARCASM_KEYS, SARCASM_PHRASES } from './sarcasm.js'

describe('ironic thanks', () => {
  it('every phrase holds a prefilter key, so the prefilter never hides one', () => {
    for (const p of SARCASM_PHRASES)
      expect(
        SARCASM_KEYS.some((k) => p.includes(k)),
        p,
      ).toBe(true)
  })

  it('finds each phrase in a post, and not a key word alone or inside a longer word', () => {
    for (const p of SARCASM_PHRASES) expect(isSarcasticThanks(`well ${p}, card blocked again`), p).toBe(true)
    expect(isSarcasticThanks('nothing works, no thanks given')).toBe(false)
    expect(isSarcasticThanks('thanks for nothingness')).toBe(false)
  })

  it('answers each post afresh when asked twice in a row and then about another', () => {
    expect(isSarcasticThanks('merci pour rien')).toBe(true)
    expect(isSarcasticThanks('merci pour rien')).toBe(true)
    expect(isSarcasticThanks('merci pour tout')).toBe(false)
  })
})
