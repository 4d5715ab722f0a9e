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
} from './topics.js'

const O: TopicOpts = { window: 30, longTau: 720, minCount: 5, minRatio: 1.8 }
const dict = new KeyDict(64)

function minute(terms: Record<string, number>): KeyCounts {
  const c = new KeyCounts(dict)
  for (const [k, n] of Object.entries(terms)) c.inc(k, n)
  return c
}

/** `minutes` closed minutes of 4 negatives each, the terms `terms` per minute. */
function feed(t = newTopics(), from: number, minutes: number, terms: Record<string, number>, negatives = 4) {
  for (let i = from; i < from + minutes; i++) {
    const c = minute(terms)
    pushMinute(t, c, negatives, O)
    learnLong(t, c, negatives, i, 1, O)
  }
  return t
}

describe('topics', () => {
  it('a term taking a share of the negatives it never had stands out; the usual mix does not', () => {
    const t = feed(undefined, 0, 600, { app: 2, card: 2 })
    expect(scoreTopics(t, ['app', 'card'], 600, O)).toBeNull()
    feed(t, 600, 30, { app: 2, card: 2, fees: 2 }, 6)
    const hit = scoreTopics(t, ['app', 'card', 'fees'], 630, O)
    expect(hit?.key).toBe('fees')
    expect(hit!.surprise).toBeGreaterThan(5)
  })

  it('a checkpoint restores the same window and shares', () => {
    const t = feed(feed(undefined, 0, 600, { app: 2, card: 2 }), 600, 20, { app: 2, fees: 2 })
    const back = topicsFromJson(JSON.parse(JSON.stringify(topicsToJson(t))))
    const cands = ['app', 'card', 'fees']
    expect(scoreTopics(back, cands, 620, O)).toEqual(scoreTopics(t, cands, 620, O))
    expect(back.minutes.length).toBe(30)
  })

  it('keeps a bounded number of terms and minutes', () => {
    const t = newTopics()
    for (let i = 0; i < 200; i++) {
      const terms: Record<string, number> = {}
      for (let j = 0; j < 20; j++) terms[`w${i}-${j}`] = 1
      feed(t, i, 1, terms)
    }
    expect(t.long.size).toBeLessThanOrEqual(MAX_TOPIC_KEYS * 1.25)
    expect(t.minutes.length).toBe(30)
  })
})
