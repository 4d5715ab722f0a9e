import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fingerprint, IntentMemory, nearKeys } from './intent-memory.js'

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

/**
 * nearKeys as 1405dbd wrote it: every letter into an array, then each shingle hashed from it.
 * The ring version must give the same keys, or a raid's near-same count would change.
 */
function nearKeysByArray(folded: string): number[] | null {
  const letters: number[] = []
  const n = folded.length
  for (let i = 0; i < n && letters.length < 240; i++) {
    if (i === 0 || folded.charCodeAt(i - 1) <= 0x20) {
      const c = folded.charCodeAt(i)
      if (c === 0x40 || c === 0x23 || folded.startsWith('http', i) || folded.startsWith('www.', i)) {
        while (i < n && folded.charCodeAt(i) > 0x20) i++
        continue
      }
    }
    const c = folded.charCodeAt(i)
    const letter =
      (c >= 0x61 && c <= 0x7a) ||
      (c >= 0x41 && c <= 0x5a) ||
      (c >= 0xc0 &&
        !(c >= 0x2000 && c <= 0x206f) &&
        !(c >= 0x3000 && c <= 0x303f) &&
        !(c >= 0xff01 && c <= 0xff20) &&
        !(c >= 0x0660 && c <= 0x0669))
    if (letter) letters.push(c)
  }
  if (letters.length < 20) return null
  const seeds = [0x9e3779b1, 0x85ebca6b, 0xc2b2ae35, 0x27d4eb2f, 0x165667b1, 0xd3a2646c]
  const mins = seeds.map(() => 0xffffffff)
  for (let i = 0; i + 5 <= letters.length; i++) {
    let h = 0x811c9dc5
    for (let j = 0; j < 5; j++) h = Math.imul(h ^ letters[i + j]!, 0x01000193)
    seeds.forEach((seed, k) => {
      let x = Math.imul(h ^ seed, 0x85ebca6b)
      x ^= x >>> 13
      x = Math.imul(x, 0xc2b2ae35) >>> 0
      if (x < mins[k]!) mins[k] = x
    })
  }
  return [0, 1, 2].map((b) => {
    let h = Math.imul(0x811c9dc5 ^ b, 0x01000193)
    for (let r = 0; r < 2; r++) h = Math.imul(h ^ mins[b * 2 + r]!, 0x01000193)
    return h >>> 0 || 1
  })
}

describe('near-same keys (nearKeys)', () => {
  // Words of several scripts, handles, hashtags, links, digits and punctuation, from a few
  // letters to past the 240 letters read.
  const piece = fc.oneof(
    fc.constantFrom('banco', 'ladrones', 'boicot', 'Northwind', 'geld', 'terug', 'ÉCHEC', 'ß'),
    fc.constantFrom('莲花银行', '冻结', 'بنك', 'النور', '١٢٣', '，', '！', '…', '—'),
    fc.constantFrom('@lotus_help', '#BoicotBancoX', 'https://x.example/a?b=1', 'www.bank.example', 'http'),
    fc.string({ maxLength: 6 }),
    fc.integer({ min: 0, max: 99_999 }).map(String),
  )
  const post = fc
    .array(fc.tuple(piece, fc.constantFrom(' ', '', '  ', '\n', ', ')), { maxLength: 90 })
    .map((xs) => xs.map(([p, sep]) => p + sep).join(''))

  it('are the same keys as reading every letter into an array first, for any post', () => {
    fc.assert(
      fc.property(post, post, (a, b) => {
        // Two posts in turn: the scratch one post leaves must not reach the next.
        expect(nearKeys(a)).toEqual(nearKeysByArray(a))
        expect(nearKeys(b)).toEqual(nearKeysByArray(b))
      }),
      { numRuns: 2000 },
    )
  })

  it('are null below 20 letters and stop reading at 240', () => {
    expect(nearKeys('short one, @handle https://x.example')).toBeNull()
    const long = 'abcdefghij'.repeat(24)
    expect(nearKeys(`${long} more words after the limit`)).toEqual(nearKeys(long))
  })
})
