/**
 * Recent posting of each author of one brand's mentions: the flood and troll guards; bounded by
 * pruning quiet authors every hour. The checkpoint keeps the authors who have posted more than
 * once or been marked a troll (at most MAX_CHECKPOINT_AUTHORS): a restart that forgot them gave
 * every raider two fresh voices and every troll a clean slate in the middle of a raid.
 *
 * A busy brand sees ~10⁵ distinct authors in the two hours an entry lives, nearly all of them
 * once, and every new mention asks about its author: the authors are kept in a `StringSlots`
 * table (one probe per mention, nothing allocated per author) with their numbers in arrays
 * by slot.
 */
import { expDecay } from './decay.js'
import type { DetectorParams } from './params.js'
import { StringSlots, widen, zeros } from './string-slots.js'

/**
 * One author's entry as the guard sees it (tests): [decayed post count, bucket of last post,
 * bucket until which the author counts as a troll], or, for an author seen once and not as a
 * troll (most of them), just the bucket of that post.
 */
export type AuthorEntry = [number, number, number] | number

export interface AuthorBook {
  /** Author id → slot of `data`. */
  slots: StringSlots
  /**
   * FIELDS numbers per slot, side by side: an author's numbers share a cache line, and one
   * array grows instead of four. At `FIELDS × slot +`: COUNT, the decayed post count as of
   * bucket LAST, the bucket of the author's latest post; TROLL_UNTIL, the bucket until which
   * the author counts as a troll (−1: not marked); SINGLE, 1 for an author seen once and not
   * as a troll (listed in `singles`).
   */
  data: number[]
  /**
   * Slots of authors entered with a single post, by the bucket of that post: such an entry
   * fades after a fixed number of buckets, so pruning takes whole buckets instead of visiting
   * every author every hour. A listed author may since have posted again (then in `repeat`),
   * or have been forgotten, the slot now another author's (see pruneAuthors).
   */
  singles: Map<number, number[]>
  /** Slots of authors with several posts or a troll post: pruned one by one. */
  repeat: Set<number>
  /**
   * The bucket whose `singles` list a new author went to last, and that list: consecutive
   * mentions mostly fall in one minute, so the guard skips the map lookup (a new author is
   * most mentions on a busy stream). Cleared when a prune drops lists.
   */
  lastSinglesAt: number
  lastSingles: number[] | null
}

const INITIAL_SLOTS = 1024
const FIELDS = 4
const COUNT = 0
const LAST = 1
const TROLL_UNTIL = 2
const SINGLE = 3

export function newAuthorBook(): AuthorBook {
  const book: AuthorBook = {
    slots: new StringSlots(INITIAL_SLOTS, (capacity) => grow(book, capacity)),
    data: zeros(FIELDS * INITIAL_SLOTS),
    singles: new Map(),
    repeat: new Set(),
    lastSinglesAt: Number.NaN,
    lastSingles: null,
  }
  return book
}

function grow(book: AuthorBook, capacity: number): void {
  // One native move (a push per slot took a good part of a busy stream's first hour).
  book.data = widen(book.data, FIELDS * capacity)
}

/** Buckets an author stays marked as a troll after a post classified as trolling (renewed by each). */
export const TROLL_MEMORY_BUCKETS = 60

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
  const s = book.slots.findOrAdd(author)
  const data = book.data
  const at = FIELDS * s
  if (book.slots.added) {
    data[at + COUNT] = 1
    data[at + LAST] = idx
    data[at + TROLL_UNTIL] = until
    if (troll) {
      data[at + SINGLE] = 0
      book.repeat.add(s)
    } else {
      data[at + SINGLE] = 1
      singlesOf(book, idx).push(s)
    }
    return !troll
  }
  if (data[at + SINGLE] === 1) {
    data[at + SINGLE] = 0
    book.repeat.add(s)
  }
  // A table lookup per whole-bucket age instead of Math.exp per mention (same values).
  const last = data[at + LAST]!
  const c = data[at + COUNT]! * authorDecay(p.authorTauBuckets)(Math.max(0, idx - last))
  data[at + COUNT] = c + 1
  data[at + LAST] = Math.max(last, idx)
  const trollUntil = Math.max(data[at + TROLL_UNTIL]!, until)
  data[at + TROLL_UNTIL] = trollUntil
  return c < p.authorMaxPosts && idx >= trollUntil
}

/** expDecay(tau) of the last tau asked for: its own lookup was a map read per repeat post. */
let decayTau = Number.NaN
let decayOfTau: (k: number) => number = () => Number.NaN

function authorDecay(tau: number): (k: number) => number {
  if (tau !== decayTau) {
    decayOfTau = expDecay(tau)
    decayTau = tau
  }
  return decayOfTau
}

function singlesOf(book: AuthorBook, idx: number): number[] {
  if (idx === book.lastSinglesAt && book.lastSingles !== null) return book.lastSingles
  let list = book.singles.get(idx)
  if (list === undefined) {
    list = []
    book.singles.set(idx, list)
  }
  book.lastSinglesAt = idx
  book.lastSingles = list
  return list
}

/**
 * Forget authors whose decayed count has faded at bucket `idx` (a troll mark must have expired
 * too). Fading only grows with `idx`, so an entry goes at the first prune that finds it faded.
 */
export function pruneAuthors(book: AuthorBook, idx: number, p: DetectorParams): void {
  const decay = expDecay(p.authorTauBuckets)
  const { slots, data } = book
  book.lastSingles = null
  // A single-post entry's troll mark is the −1 of a non-troll (see authorCounts).
  if (idx >= -1) {
    // forEach (no pair per entry); deleting the current entry during it is allowed.
    book.singles.forEach((listed, at) => {
      if (!(decay(Math.max(0, idx - at)) < FADED)) return
      for (const s of listed) {
        // A slot holding a single post of this bucket: the author listed here, or another one
        // given the slot since whose single post is of this bucket too (listed here as well,
        // and as faded). Either way the entry has faded: the same entries go as when they
        // were looked up by author.
        if (data[FIELDS * s + SINGLE] === 1 && data[FIELDS * s + LAST] === at) {
          data[FIELDS * s + SINGLE] = 0
          slots.removeSlot(s)
        }
      }
      book.singles.delete(at)
    })
  }
  book.repeat.forEach((s) => {
    const at = FIELDS * s
    const faded = data[at + COUNT]! * decay(Math.max(0, idx - data[at + LAST]!)) < FADED
    if (faded && idx >= data[at + TROLL_UNTIL]!) {
      slots.removeSlot(s)
      book.repeat.delete(s)
    }
  })
}

/** Every author's entry, as authorCounts sees it (tests, debugging). */
export function authorEntries(book: AuthorBook): Map<string, AuthorEntry> {
  const out = new Map<string, AuthorEntry>()
  const { data } = book
  for (const listed of book.singles.values()) {
    for (const s of listed) {
      if (data[FIELDS * s + SINGLE] === 1) out.set(book.slots.keyOf(s), data[FIELDS * s + LAST]!)
    }
  }
  for (const s of book.repeat) {
    const at = FIELDS * s
    out.set(book.slots.keyOf(s), [data[at + COUNT]!, data[at + LAST]!, data[at + TROLL_UNTIL]!])
  }
  return out
}

/**
 * Authors a checkpoint keeps per brand. The ones that change a decision after a restart are
 * those with several recent posts or a troll mark (a raid is run by a handful of accounts; a
 * busy brand's ~10⁵ one-post authors are left out: one post never reaches the cap). At 1,000
 * entries of 30-character ids the book adds ~63 kB to a large brand's ~165 kB checkpoint
 * (a broker takes 1 MiB by default).
 */
export const MAX_CHECKPOINT_AUTHORS = 1000

/** Checkpoint form of one entry: author id, decayed post count, bucket of last post, troll-until bucket. */
export type AuthorJson = [string, number, number, number]

/**
 * The entries of authors with several posts or a troll mark: troll marks still running first,
 * then the latest posters, at most MAX_CHECKPOINT_AUTHORS.
 */
export function authorsToJson(book: AuthorBook): AuthorJson[] {
  const { data } = book
  const out: AuthorJson[] = []
  for (const s of book.repeat) {
    const at = FIELDS * s
    out.push([book.slots.keyOf(s), data[at + COUNT]!, data[at + LAST]!, data[at + TROLL_UNTIL]!])
  }
  const marked = (e: AuthorJson) => (e[3] > e[2] ? 1 : 0)
  out.sort((a, b) => marked(b) - marked(a) || b[2] - a[2] || b[1] - a[1])
  return out.length > MAX_CHECKPOINT_AUTHORS ? out.slice(0, MAX_CHECKPOINT_AUTHORS) : out
}

/** An author book holding a checkpoint's entries (none when `j` is not a list of them). */
export function authorsFromJson(j: unknown): AuthorBook {
  const book = newAuthorBook()
  if (!Array.isArray(j)) return book
  for (const e of j) {
    if (!Array.isArray(e) || e.length !== 4 || typeof e[0] !== 'string' || !e.slice(1).every(Number.isFinite))
      continue
    const s = book.slots.findOrAdd(e[0])
    const at = FIELDS * s
    book.data[at + COUNT] = e[1]
    book.data[at + LAST] = e[2]
    book.data[at + TROLL_UNTIL] = e[3]
    book.data[at + SINGLE] = 0
    book.repeat.add(s)
  }
  return book
}
