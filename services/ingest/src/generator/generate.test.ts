import { loadBrands } from '@vigil/config'
import { validateMention } from '@vigil/schema'
import { describe, expect, it } from 'vitest'
import { MentionGenerator, seasonality } from './generate.js'
import { CATEGORY_SENTIMENT, TEMPLATES } from './templates.js'

const brands = loadBrands()
const start = Date.parse('2026-11-02T08:00:00Z') // a Monday morning
const HOUR = 3_600_000

/**
 * A marker per negative template: its longest stretch without a placeholder (a template that
 * starts with the brand name has no fixed first characters), cut to 12 characters.
 */
const negativeMarkers = Object.values(TEMPLATES).flatMap((byCat) =>
  Object.entries(byCat)
    .filter(([cat]) => CATEGORY_SENTIMENT[cat as keyof typeof CATEGORY_SENTIMENT] === 'negative')
    .flatMap(([, ts]) =>
      ts.map((t) => (t.split(/\{[^}]+\}/).sort((a, b) => b.length - a.length)[0] ?? t).trim().slice(0, 12)),
    ),
)
const isNegativeText = (text: string) => negativeMarkers.some((f) => text.includes(f))

describe('MentionGenerator', () => {
  it('replays the same stream for the same seed and differs for another seed', () => {
    const a = new MentionGenerator({ brands, seed: 7, startMs: start }).generateUntil(start + HOUR)
    const b = new MentionGenerator({ brands, seed: 7, startMs: start }).generateUntil(start + HOUR)
    const c = new MentionGenerator({ brands, seed: 8, startMs: start }).generateUntil(start + HOUR)
    expect(a.length).toBeGreaterThan(100)
    expect(b).toEqual(a)
    expect(c.map((m) => m.text)).not.toEqual(a.map((m) => m.text))
  })

  it('emits valid mentions in event-time order with unique ids, in four languages', () => {
    const ms = new MentionGenerator({ brands, seed: 1, startMs: start }).generateUntil(start + 2 * HOUR)
    const ids = new Set(ms.map((m) => m.id))
    expect(ids.size).toBe(ms.length)
    for (let i = 1; i < ms.length; i++) expect(ms[i]!.createdAt >= ms[i - 1]!.createdAt).toBe(true)
    for (const m of ms) expect(validateMention(m).kind).toBe('ok')
    const scripts = {
      han: /\p{Script=Han}/u,
      arabic: /\p{Script=Arabic}/u,
      dutch: /\b(de|het|een|bij|van)\b/,
    }
    for (const re of Object.values(scripts)) expect(ms.some((m) => re.test(m.text))).toBe(true)
    // Care replies answer an earlier mention of the same stream.
    const replies = ms.filter((m) => m.kind === 'reply')
    expect(replies.length).toBeGreaterThan(0)
    for (const r of replies) expect(r.author.isBrandAccount).toBe(true)
  })

  it('an outage of intensity 1 roughly doubles the brand negative volume and carries its hashtag', () => {
    const northwindOnly = brands.filter((b) => b.id === 'northwind')
    // Summed over four seeds: one seed's two-hour count is too noisy for a ratio.
    const count = (withOutage: boolean) => {
      let negative = 0
      let tagged = 0
      for (const seed of [3, 4, 5, 6]) {
        const c = countOne(seed, withOutage)
        negative += c.negative
        tagged += c.tagged
      }
      return { negative, tagged }
    }
    const countOne = (seed: number, withOutage: boolean) => {
      // Only the bank in trouble: the other banks' streams are not counted here.
      const g = new MentionGenerator({ brands: northwindOnly, seed, startMs: start, rateScale: 5 })
      if (withOutage)
        g.addScenario({
          kind: 'outage',
          brand: 'northwind',
          onsetMs: start,
          durationMs: 2 * HOUR,
          intensity: 1,
        })
      const ms = g
        .generateUntil(start + 2 * HOUR)
        .filter((m) => m.url.includes('/northwind/') && m.kind !== 'reply')
      return {
        negative: ms.filter((m) => isNegativeText(m.text) || m.text.includes('#NorthwindDown')).length,
        tagged: ms.filter((m) => m.text.includes('#NorthwindDown')).length,
      }
    }
    const base = count(false)
    const crisis = count(true)
    expect(base.tagged).toBe(0)
    expect(crisis.tagged).toBeGreaterThan(80)
    const ratio = crisis.negative / base.negative
    expect(ratio).toBeGreaterThan(1.5)
    expect(ratio).toBeLessThan(2.6)
  }, 30_000)

  it('sometimes names two banks in one post, as customers comparing them do', () => {
    const ms = new MentionGenerator({ brands, seed: 5, startMs: start, rateScale: 3 }).generateUntil(
      start + HOUR,
    )
    const names = (text: string) =>
      brands
        .filter((b) => [b.name, ...b.aliases, ...b.handles].some((a) => text.includes(a)))
        .map((b) => b.id)
    const both = ms.filter((m) => m.kind !== 'reply' && new Set(names(m.text)).size >= 2)
    // About 3 % of ordinary posts; never a post naming its own bank twice as "another".
    expect(both.length / ms.length).toBeGreaterThan(0.01)
    expect(both.length / ms.length).toBeLessThan(0.08)
    for (const m of both) expect(names(m.text)).toContain(m.url.split('/')[3])
  })

  it('records ground truth for every scenario kind', () => {
    const g = new MentionGenerator({ brands, seed: 2, startMs: start })
    const kinds = [
      'outage',
      'complaint-wave',
      'competitor-incident',
      'sector-outage',
      'troll-raid',
      'payday',
    ] as const
    kinds.forEach((kind, i) => {
      g.addScenario({ kind, onsetMs: start + i * HOUR, durationMs: 30 * 60_000 })
    })
    const truth = g.groundTruth()
    expect(truth.map((s) => s.kind)).toEqual([...kinds])
    expect(truth.find((s) => s.kind === 'outage')!.brand).toBe('northwind')
    expect(truth.find((s) => s.kind === 'competitor-incident')!.brand).not.toBe('northwind')
    expect(truth.find((s) => s.kind === 'sector-outage')!.brand).toBeNull()
    expect(truth.filter((s) => s.expectAlert).map((s) => s.kind)).toEqual([
      'outage',
      'complaint-wave',
      'competitor-incident',
      'sector-outage',
    ])
    expect(() =>
      g.addScenario({ kind: 'competitor-incident', brand: 'northwind', onsetMs: start, durationMs: 1 }),
    ).toThrow(/not a competitor/)
  })

  it('is quiet at night and busy in the afternoon', () => {
    expect(seasonality(Date.parse('2026-11-03T04:00:00Z'))).toBeLessThan(0.3)
    expect(seasonality(Date.parse('2026-11-03T16:00:00Z'))).toBeGreaterThan(1)
  })
})
