import { describe, expect, it } from 'vitest'
import { describeSignal, multiplierOf, trendOf, writeHeadline } from './headline.js'

describe('headline', () => {
  it('writes the sentence a communications director reads, with the display name and one multiplier', () => {
    const text = writeHeadline({
      brandName: 'Northwind Bank',
      role: 'own',
      signal: { name: 'negative@5m', observed: 223, expected: 56.2, score: 14 },
      trend: 'growing',
      resolved: false,
      hashtags: ['#NorthwindDown'],
      platforms: ['x'],
      languages: ['en', 'nl'],
      sectorWide: false,
      spikingPeers: 0,
      peers: 0,
    })
    expect(text).toBe(
      'Northwind Bank: negative posts 3.9× normal in the last 5 minutes (223 vs 56 expected), mostly on X in English and Dutch, #NorthwindDown, still growing',
    )
  })

  it('names competitors as such, says when the sector moves together, and says when it is over', () => {
    const base = {
      brandName: 'Crest Bank',
      role: 'competitor' as const,
      signal: { name: 'complaints', observed: 40, expected: 9, score: 9 },
      trend: 'calming' as const,
      hashtags: [],
      platforms: ['appstore', 'playstore', 'x'],
      languages: [],
      sectorWide: true,
      spikingPeers: 3,
      peers: 4,
    }
    expect(writeHeadline({ ...base, resolved: false })).toBe(
      'Competitor Crest Bank: complaints 4.1× normal in the last minute (40 vs 9 expected), mostly on the App Store and Google Play, calming down - sector-wide: 3 of 4 other banks spike too',
    )
    expect(writeHeadline({ ...base, resolved: true })).toMatch(/, back to normal - sector-wide/)
  })

  it('puts every signal in words, never the engine names', () => {
    expect(describeSignal('reach@5m')).toEqual({
      what: 'reach of negative posts',
      window: 'in the last 5 minutes',
    })
    expect(describeSignal('pii').what).toBe('posts exposing personal data')
    expect(describeSignal('hashtag:#appdown').what).toBe('posts with #appdown')
    expect(describeSignal('lang:zh').what).toBe('posts in Chinese')
    expect(describeSignal('negative_share@30m').window).toBe('in the last 30 minutes')
  })

  it('defines the multiplier once: (observed + 1) / (expected + 1), one decimal', () => {
    expect(multiplierOf({ observed: 223, expected: 56 })).toBe(3.9)
    expect(multiplierOf({ observed: 0, expected: 0 })).toBe(1)
    expect(multiplierOf({ observed: 9, expected: 0 })).toBe(10)
  })

  it('calls a window still filling with a surge whose newest minute fell "calming", never "growing"', () => {
    expect(trendOf(2, 3, 4, false)).toBe('growing')
    expect(trendOf(3, 3.6, 1.2, false)).toBe('calming')
    expect(trendOf(3, 3.05, 3, false)).toBe('steady')
    expect(trendOf(3, 4, 4, true)).toBe('calming')
  })
})
