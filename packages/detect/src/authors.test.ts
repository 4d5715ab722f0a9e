import { describe, expect, it } from 'vitest'
import { authorCounts, authorEntries, newAuthorBook, pruneAuthors } from './authors.js'
import { DEFAULT_PARAMS } from './params.js'
import { rng } from './synthetic.js'

const p = DEFAULT_PARAMS

/** The author map as it was pruned before (every entry visited each hour), for comparison. */
function reference() {
  const m = new Map<string, [number, number, number] | number>()
  const decay = (k: number) => Math.exp(-k / p.authorTauBuckets)
  return {
    m,
    counts(a: string, idx: number, troll: boolean): boolean {
      const until = troll ? idx + 60 : -1
      const found = m.get(a)
      if (found === undefined) {
        m.set(a, troll ? [1, idx, until] : idx)
        return !troll
      }
      const e: [number, number, number] = typeof found === 'number' ? [1, found, -1] : found
      m.set(a, e)
      const c = e[0] * decay(Math.max(0, idx - e[1]))
      e[0] = c + 1
      e[1] = Math.max(e[1], idx)
      e[2] = Math.max(e[2], until)
      return c < p.authorMaxPosts && idx >= e[2]
    },
    prune(idx: number): void {
      m.forEach((e, a) => {
        const faded =
          typeof e === 'number'
            ? decay(Math.max(0, idx - e)) < 0.05
            : e[0] * decay(Math.max(0, idx - e[1])) < 0.05
        if (faded && idx >= (typeof e === 'number' ? -1 : e[2])) m.delete(a)
      })
    },
  }
}

describe('author flood and troll guards', () => {
  it('a third quick post of one author and every post of a recent troll are not counted', () => {
    const book = newAuthorBook()
    expect(authorCounts(book, 'a', 10, p)).toBe(true)
    expect(authorCounts(book, 'a', 10, p)).toBe(true)
    expect(authorCounts(book, 'a', 10, p)).toBe(false)
    expect(authorCounts(book, 'a', 40, p)).toBe(true)
    expect(authorCounts(book, 't', 10, p, true)).toBe(false)
    expect(authorCounts(book, 't', 40, p)).toBe(false)
    expect(authorCounts(book, 't', 71, p)).toBe(true)
  })

  it('forgets exactly the authors the hourly visit of every entry forgot', () => {
    const r = rng(7)
    const book = newAuthorBook()
    const ref = reference()
    for (let idx = 0; idx < 2000; idx++) {
      if (idx % 60 === 0) {
        pruneAuthors(book, idx, p)
        ref.prune(idx)
        expect(authorEntries(book)).toEqual(new Map(ref.m))
      }
      for (let k = 0; k < 8; k++) {
        const a = `a${Math.floor(r() * r() * 400)}`
        const troll = r() < 0.02
        // Now and then a post lands in the minute before (late, still open).
        const at = r() < 0.1 ? idx - 1 : idx
        expect(authorCounts(book, a, at, p, troll)).toBe(ref.counts(a, at, troll))
      }
    }
    expect(book.slots.size).toBe(ref.m.size)
  })
})
