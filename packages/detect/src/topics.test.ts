import { describe, expect, it } from 'vitest'
import { KeyCounts, KeyDict } from './keys.js'
import {
  learnLong,
  MAX_TOPIC_KEYS,
  newTopics,
  pushMinute,
  scoreTopics,
  type TopicOpts,
  topicsFromJson,
  topicsToJson,
  topTerms,
} from './topics.js'

const O: TopicOpts = { window: 30, longTau: 720, minCount: 5, minRatio: 1.8 }
const dict = new KeyDict(64)

function minute(terms: Record<string, number>): KeyCounts {
  const c = new KeyCounts(dict)
  for (const [k, n] of Object.entries(terms)) c.addToSubset(k, n)
  return c
}

/** `minutes` closed minutes of 4 negatives each, the terms `terms` per minute. */
function feed(
  t = newTopics(dict),
  from: number,
  minutes: number,
  terms: Record<string, number>,
  negatives = 4,
) {
  for (let i = from; i < from + minutes; i++) {
    const c = minute(terms)
    learnLong(t, pushMinute(t, c, negatives, O), negatives, i, 1, O)
  }
  return t
}

describe('topics', () => {
  it('a term taking a share of the negatives it never had stands out; the usual mix does not', () => {
    const t = feed(undefined, 0, 600, { app: 2, card: 2 })
    expect(scoreTopics(t, 600, O)).toBeNull()
    feed(t, 600, 30, { app: 2, card: 2, fees: 2 }, 6)
    const hit = scoreTopics(t, 630, O)
    expect(hit?.key).toBe('fees')
    expect(hit!.surprise).toBeGreaterThan(5)
  })

  it('a checkpoint restores the same window and shares', () => {
    const t = feed(feed(undefined, 0, 600, { app: 2, card: 2 }), 600, 20, { app: 2, fees: 2 })
    const back = topicsFromJson(JSON.parse(JSON.stringify(topicsToJson(t))), dict)
    expect(scoreTopics(back, 620, O)).toEqual(scoreTopics(t, 620, O))
    expect(scoreTopics(t, 620, O)?.key).toBe('fees')
    expect(back.minutes.length).toBe(30)
  })

  it('keeps a bounded number of terms and minutes', () => {
    const t = newTopics(dict)
    for (let i = 0; i < 200; i++) {
      const terms: Record<string, number> = {}
      for (let j = 0; j < 20; j++) terms[`w${i}-${j}`] = 1
      feed(t, i, 1, terms)
    }
    expect(t.longIds.length).toBeLessThanOrEqual(MAX_TOPIC_KEYS * 2)
    expect(t.minutes.length).toBe(30)
  })
})

describe('topTerms', () => {
  it("keeps a minute's most used terms, in the order they were first counted", () => {
    const kept = topTerms(minute({ a: 1, b: 5, c: 2, d: 5, e: 1 }), 3)
    expect(kept.ids.map((id, j) => [dict.keyOf(id), kept.counts[j]])).toEqual([
      ['b', 5],
      ['c', 2],
      ['d', 5],
    ])
  })
})
