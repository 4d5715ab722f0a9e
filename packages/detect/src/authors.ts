/**
 * Recent posting of each author of one brand's mentions: the flood and troll guards. Not
 * checkpointed (it refills within minutes); bounded by pruning quiet authors every hour.
 */
import { expDecay } from './decay.js'
import type { DetectorParams } from './params.js'

/**
 * [decayed post count, bucket of last post, bucket until which the author counts as a troll],
 * or, for an author seen once and not as a troll (most of them), just the bucket of that post
 * (no array allocated per mention).
 */
export type AuthorEntry = [number, number, number] | number

export interface AuthorBook {
  entries: Map<string, AuthorEntry>
  /**
   * Authors entered with a single post, by the bucket of that post: such an entry fades after
   * a fixed number of buckets, so pruning takes whole buckets instead of visiting every
   * author every hour. A listed author may since have posted again (then in `repeat`).
   */
  singles: Map<number, string[]>
  /** Authors whose entry is an array (several posts, or a troll post): pruned one by one. */
  repeat: Set<string>
}

export function newAuthorBook(): AuthorBook {
  return { entries: new Map(), singles: new Map(), repeat: new Set() }
}

/** Buckets an author stays marked as a troll after a post classified as trolling (renewed by each). */
const TROLL_MEMORY_BUCKETS = 60

/** A faded entry (decayed count below this) is forgotten at the next prune. */
const FADED = 0.05

/**
 * Whether this post of `author` counts in the scored signals. An author's first few posts in
 * about half an hour count; beyond that one account's flood (a troll raid run by a handful of
 * accounts, a spam bot) is one voice, not a crowd turning. Author history tells trolls from
 * complainers: once a post of an author is classified as trolling, none of their posts count
 * for an hour (the NLP misses some of a troll's posts, e.g. in another language). Called once
 * per new mention.
 */
export function authorCounts(
  book: AuthorBook,
  author: string,
  idx: number,
  p: DetectorParams,
  troll = false,
): boolean {
  const until = troll ? idx + TROLL_MEMORY_BUCKETS : -1
  const found = book.entries.get(author)
  if (found === undefined) {
    if (troll) {
      book.entries.set(author, [1, idx, until])
      book.repeat.add(author)
    } else {
      book.entries.set(author, idx)
      singlesOf(book, idx).push(author)
    }
    return !troll
  }
  let e: [number, number, number]
  if (typeof found === 'number') {
    e = [1, found, -1]
    book.entries.set(author, e)
    book.repeat.add(author)
  } else e = found
  // A table lookup per whole-bucket age instead of Math.exp per mention (same values).
  const c = e[0] * expDecay(p.authorTauBuckets)(Math.max(0, idx - e[1]))
  e[0] = c + 1
  e[1] = Math.max(e[1], idx)
  e[2] = Math.max(e[2], until)
  return c < p.authorMaxPosts && idx >= e[2]
}

function singlesOf(book: AuthorBook, idx: number): string[] {
  let list = book.singles.get(idx)
  if (list === undefined) {
    list = []
    book.singles.set(idx, list)
  }
  return list
}

/**
 * Forget authors whose decayed count has faded at bucket `idx` (a troll mark must have expired
 * too). Fading only grows with `idx`, so an entry goes at the first prune that finds it faded.
 */
export function pruneAuthors(book: AuthorBook, idx: number, p: DetectorParams): void {
  const decay = expDecay(p.authorTauBuckets)
  const entries = book.entries
  // A single-post entry's troll mark is the −1 of a non-troll (see authorCounts).
  if (idx >= -1) {
    // forEach (no pair per entry); deleting the current entry during it is allowed.
    book.singles.forEach((authors, at) => {
      if (!(decay(Math.max(0, idx - at)) < FADED)) return
      for (const a of authors) if (entries.get(a) === at) entries.delete(a)
      book.singles.delete(at)
    })
  }
  book.repeat.forEach((a) => {
    const e = entries.get(a) as [number, number, number]
    if (e[0] * decay(Math.max(0, idx - e[1])) < FADED && idx >= e[2]) {
      entries.delete(a)
      book.repeat.delete(a)
    }
  })
}
