import { describe, expect, it } from 'vitest'
import { fingerprint, IntentMemory } from './intent-memory.js'

/**
 * The memory as it was written before load6e: a plain Map whose oldest key is asked of the Map
 * itself. The ring that replaced it must forget the same entries in the same order, so every
 * answer of a long random stream is compared with this one (guards: these pass on the old code).
 */
class MapMemory {
  readonly authors = new Map<string, { posts: number; abusive: number; first: number; last: number }>()
  readonly texts = new Map<number, { authors: string[]; first: number }>()
  constructor(private readonly size: { authors: number; texts: number }) {}
  private remember<K, V>(map: Map<K, V>, key: K, value: V, cap: number): void {
    const had = map.has(key)
    if (had && map.get(key) === value) return
    map.set(key, value)
    if (!had && map.size > cap) map.delete(map.keys().next().value as K)
  }
  author(id: string, t: number, abusive: boolean): [number, number] {
    let e = this.authors.get(id)
    if (e === undefined || t - e.last > 7 * 86_400_000) e = { posts: 0, abusive: 0, first: t, last: t }
    e.posts++
    if (abusive) e.abusive++
    e.first = Math.min(e.first, t)
    e.last = Math.max(e.last, t)
    this.remember(this.authors, id, e, this.size.authors)
    return [e.posts, e.abusive]
  }
  sameText(folded: string, authorId: string, t: number): number {
    const key = fingerprint(folded)
    if (key === 0) return 1
    let e = this.texts.get(key)
    if (e === undefined || t - e.first > 86_400_000) e = { authors: [], first: t }
    if (!e.authors.includes(authorId) && e.authors.length < 16) e.authors.push(authorId)
    this.remember(this.texts, key, e, this.size.texts)
    return e.authors.length
  }
}

describe('intent memory, bounded', () => {
  for (const size of [
    { authors: 7, texts: 3 },
    { authors: 1, texts: 0 },
    { authors: 40, texts: 25 },
  ]) {
    it(`forgets the same authors and texts in the same order as a plain Map (${size.authors}/${size.texts})`, () => {
      let seed = size.authors * 31 + size.texts
      const rnd = (n: number) => {
        seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff
        return seed % n
      }
      const memory = new IntentMemory(size)
      const reference = new MapMemory(size)
      let t = Date.parse('2026-01-01T00:00:00Z')
      for (let i = 0; i < 5000; i++) {
        // Mostly minutes apart, now and then more than a day or a week: entries expire too.
        t += rnd(100) === 0 ? 8 * 86_400_000 : rnd(50) === 0 ? 2 * 86_400_000 : rnd(600_000)
        const at = new Date(t).toISOString()
        const who = `u${rnd(size.authors * 3 + 2)}`
        const abusive = rnd(4) === 0
        const got = memory.author(who, at, abusive)
        expect([got.posts, got.abusive], `post ${i}`).toEqual(reference.author(who, t, abusive))
        const text = `the same message number ${rnd(size.texts * 3 + 2)} sent again by many`
        expect(memory.sameText(text, who, at), `post ${i}`).toBe(reference.sameText(text, who, t))
      }
    })
  }
})

describe('intent memory, posting rate', () => {
  it('counts undated posts but reads the rate only from dated ones', () => {
    const memory = new IntentMemory()
    expect(memory.author('a', null, false)).toEqual({ posts: 1, abusive: 0, trolls: 0, perHour: 0 })
    expect(memory.author('a', null, true)).toEqual({ posts: 2, abusive: 1, trolls: 0, perHour: 0 })
    expect(memory.author('a', null, false).perHour).toBe(0)
    // Two dated posts an hour apart: two an hour, whatever the undated ones before.
    expect(memory.author('a', '2026-01-01T10:00:00Z', false).perHour).toBe(0)
    expect(memory.author('a', '2026-01-01T11:00:00Z', false)).toEqual({
      posts: 5,
      abusive: 1,
      trolls: 0,
      perHour: 2,
    })
  })
})
