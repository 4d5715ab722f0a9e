/**
 * A bounded memory of recent authors and texts, for intent's signals beyond one post: how
 * often an author posts and how many of their posts were abusive, and how many distinct
 * authors posted the same text within a day (a coordinated raid or a spam run). Oldest
 * entries are forgotten first (a Map keeps insertion order; a touched entry moves to the
 * end), so memory stays bounded whatever the stream. Per enricher instance: a restart or
 * another instance starts empty (the detector's author book is the long-term record).
 */

import { IsoTimeParser } from './perf/iso-time.js'

export interface AuthorStats {
  posts: number
  abusive: number
  /** Posts answered troll when recorded (not merely an abusive word: an angry customer swears too). */
  trolls: number
  /** Posts per hour over the remembered span (at least one minute), of the posts with an event time; 0 below two. */
  perHour: number
}

interface AuthorEntry {
  posts: number
  abusive: number
  trolls: number
  /** Posts with an event time; `first`..`last` span only these. */
  timed: number
  first: number
  last: number
  /** Latest time the author was seen (event time, or the clock for a post without one): the TTL's clock. */
  seen: number
}

interface TextEntry {
  authors: string[]
  first: number
}

const DAY_MS = 86_400_000
/** Authors are forgotten after a week of silence; their counts restart. */
const AUTHOR_TTL_MS = 7 * DAY_MS
const MAX_AUTHORS_PER_TEXT = 16

/**
 * A Map of at most `cap` entries that forgets the oldest inserted when full (first in, first
 * out: cheaper than moving every touched entry to the end, and an active author re-enters soon
 * anyway). The keys' insertion order is kept in a ring beside the Map, because asking the Map
 * for its oldest key (`keys().next()`) walks over every entry deleted since V8 last compacted
 * it: with FIFO deletes that is thousands of holes (54 / 94 µs a call in a full map of 20,000 /
 * 50,000 keys, load6e), and the enricher's cost per post grew from ~75 to ~130 µs once its
 * 50,000 authors were full. Same entries forgotten in the same order as the Map's own order.
 */
class FifoMap<K, V extends object> {
  private readonly map = new Map<K, V>()
  private readonly order: K[] = []
  private head = 0

  constructor(private readonly cap: number) {}

  get(key: K): V | undefined {
    return this.map.get(key)
  }

  /**
   * Set `key`; a key not yet present is the newest, and past `cap` the oldest is forgotten.
   * `known`: what `get(key)` just answered (the callers always ask first), which spares the Map
   * its own `has` and `get` (each a likely cache miss in a table of 50,000 authors).
   */
  remember(key: K, value: V, known: V | undefined): void {
    if (known === value) return
    // Values are objects: undefined means absent.
    const had = known !== undefined
    this.map.set(key, value)
    if (had) return
    if (this.order.length < this.cap) {
      this.order.push(key)
      return
    }
    if (this.cap <= 0) {
      this.map.delete(key)
      return
    }
    this.map.delete(this.order[this.head]!)
    this.order[this.head] = key
    this.head = this.head + 1 === this.cap ? 0 : this.head + 1
  }
}

/**
 * Where a handle, hashtag or link that starts a token at `i` ends (at the next space or `n`);
 * `i` itself when none starts there. They change between copies of one message.
 */
function markedTokenEnd(folded: string, i: number, n: number): number {
  if (i !== 0 && folded.charCodeAt(i - 1) > 0x20) return i
  const c = folded.charCodeAt(i)
  if (
    c === 0x40 ||
    c === 0x23 ||
    (c === 0x68 && folded.startsWith('http', i)) ||
    (c === 0x77 && folded.startsWith('www.', i))
  ) {
    while (i < n && folded.charCodeAt(i) > 0x20) i++
  }
  return i
}

/**
 * A hash of the text's letters only, skipping links, handles, hashtags, digits, punctuation
 * and spaces: the same message with a new link or number is the same. 0 when it has fewer
 * than 20 letters (short texts such as "thanks" repeat by chance). A loop, not regexes: it
 * runs for every post with an author.
 */
export function fingerprint(folded: string): number {
  let h = 0x811c9dc5
  let letters = 0
  const n = Math.min(folded.length, 160)
  for (let i = 0; i < n; i++) {
    const end = markedTokenEnd(folded, i, n)
    if (end !== i) {
      i = end
      continue
    }
    const c = folded.charCodeAt(i)
    // Letters of any script: not ASCII space, digit or punctuation, not general punctuation.
    const letter =
      (c >= 0x61 && c <= 0x7a) ||
      (c >= 0x41 && c <= 0x5a) ||
      (c >= 0xc0 &&
        !(c >= 0x2000 && c <= 0x206f) &&
        !(c >= 0x3000 && c <= 0x303f) &&
        !(c >= 0xff01 && c <= 0xff20) &&
        !(c >= 0x0660 && c <= 0x0669))
    if (!letter) continue
    h = Math.imul(h ^ c, 0x01000193)
    letters++
  }
  return letters < 20 ? 0 : h >>> 0 || 1
}

/**
 * Minhash bands: NEAR_BANDS keys of two minimums each (two texts of Jaccard 0.8 share a key 94 %
 * of the time, of 0.2 11 %), under six seeds written out in nearKeysInto.
 */
const NEAR_BANDS = 3
const SHINGLE = 5
const NEAR_LETTERS = 240

export class IntentMemory {
  private readonly authors: FifoMap<string, AuthorEntry>
  private readonly texts: FifoMap<number, TextEntry>

  /** Near-same texts by band key (nearKeys): NEAR_BANDS entries a post. */
  private readonly near: FifoMap<number, TextEntry>
  /** nearText's keys, reused from post to post (it runs for every post with an author). */
  private readonly nearScratch = new Uint32Array(NEAR_BANDS)

  constructor(size: { authors: number; texts: number } = { authors: 50_000, texts: 20_000 }) {
    this.authors = new FifoMap(size.authors)
    this.texts = new FifoMap(size.texts)
    this.near = new FifoMap(size.texts * NEAR_BANDS)
  }

  private readonly times = new IsoTimeParser()
  private lastAt: string | null = null
  private lastT = 0

  /** Event time in ms; parsed once per post (both records of a post read the same string). */
  private timeOf(at: string | null): number {
    if (at === null) return Date.now()
    if (at !== this.lastAt) {
      this.lastAt = at
      this.lastT = this.times.parse(at) || Date.now()
    }
    return this.lastT
  }

  /**
   * Record a post by `id`; its stats including this post. A post without an event time (`at`
   * null: a file scored through vigil-enrich with no createdAt) is counted but says nothing of
   * the author's pace: stamped with the clock, a whole file would read as posted within a
   * minute and every repeat author as a bot.
   */
  author(id: string, at: string | null, abusive: boolean, troll = false): AuthorStats {
    const t = at === null ? null : this.timeOf(at)
    const seen = t ?? Date.now()
    const known = this.authors.get(id)
    let e = known
    if (e === undefined || seen - e.seen > AUTHOR_TTL_MS) {
      e = { posts: 0, abusive: 0, trolls: 0, timed: 0, first: seen, last: seen, seen }
    }
    e.posts++
    if (abusive) e.abusive++
    if (troll) e.trolls++
    e.seen = Math.max(e.seen, seen)
    if (t !== null) {
      e.first = e.timed === 0 ? t : Math.min(e.first, t)
      e.last = e.timed === 0 ? t : Math.max(e.last, t)
      e.timed++
    }
    this.authors.remember(id, e, known)
    const hours = Math.max(e.last - e.first, 60_000) / 3_600_000
    return {
      posts: e.posts,
      abusive: e.abusive,
      trolls: e.trolls,
      perHour: e.timed > 1 ? e.timed / hours : 0,
    }
  }

  /**
   * Record the text; how many distinct authors posted it within a day (this one included).
   * 0 when the author is unknown: a replayed file is not a raid.
   */
  sameText(folded: string, authorId: string | null, at: string | null): number {
    if (authorId === null) return 0
    const key = fingerprint(folded)
    if (key === 0) return 1
    const t = this.timeOf(at)
    const known = this.texts.get(key)
    let e = known
    const who = authorId
    // A new entry is made holding its author: an empty array's first push reserves 17 slots.
    if (e === undefined || t - e.first > DAY_MS) e = { authors: [who], first: t }
    else if (!e.authors.includes(who) && e.authors.length < MAX_AUTHORS_PER_TEXT) e.authors.push(who)
    this.texts.remember(key, e, known)
    return e.authors.length
  }

  /**
   * Record the text's near-duplicate keys (nearKeys); the most distinct authors within a day
   * that share one of them with it, this one included. A raid rewords its message a little
   * ("#BoicotBancoX ladrones", "ladrones todos #BoicotBancoX"); 0 when the author is unknown.
   */
  nearText(folded: string, authorId: string | null, at: string | null): number {
    if (authorId === null) return 0
    const keys = nearKeysInto(folded, this.nearScratch)
    if (keys === null) return 1
    const t = this.timeOf(at)
    let most = 1
    for (let b = 0; b < NEAR_BANDS; b++) {
      const key = keys[b]!
      const known = this.near.get(key)
      let e = known
      if (e === undefined || t - e.first > DAY_MS) e = { authors: [authorId], first: t }
      else if (!e.authors.includes(authorId) && e.authors.length < MAX_AUTHORS_PER_TEXT)
        e.authors.push(authorId)
      this.near.remember(key, e, known)
      if (e.authors.length > most) most = e.authors.length
    }
    return most
  }
}

/**
 * The text's minhash band keys over five-letter shingles of its letters (any script; links,
 * handles, hashtags, digits and punctuation skipped as in `fingerprint`, the first 240 letters),
 * or null below 20 letters.
 */
export function nearKeys(folded: string): number[] | null {
  const keys = nearKeysInto(folded, new Uint32Array(NEAR_BANDS))
  return keys === null ? null : Array.from(keys)
}

/**
 * `nearKeys` into `out`, without allocating: each shingle is hashed (FNV-1a over its five code
 * units) as its last letter is read, from the last five letters held in locals, and the six
 * minimums are locals too (it runs for every post with an author; an array of every letter and
 * a loop over the seeds cost ~2.5 µs a post). The same keys (intent-memory.test.ts holds it to
 * the array version).
 */
function nearKeysInto(folded: string, out: Uint32Array): Uint32Array | null {
  let m0 = 0xffffffff
  let m1 = 0xffffffff
  let m2 = 0xffffffff
  let m3 = 0xffffffff
  let m4 = 0xffffffff
  let m5 = 0xffffffff
  // The last five letters, oldest first.
  let c0 = 0
  let c1 = 0
  let c2 = 0
  let c3 = 0
  const n = folded.length
  let letters = 0
  for (let i = 0; i < n && letters < NEAR_LETTERS; i++) {
    const end = markedTokenEnd(folded, i, n)
    if (end !== i) {
      i = end
      continue
    }
    const c = folded.charCodeAt(i)
    if (!isLetter(c)) continue
    letters++
    if (letters >= SHINGLE) {
      const h = Math.imul(
        Math.imul(
          Math.imul(Math.imul(Math.imul(0x811c9dc5 ^ c0, 0x01000193) ^ c1, 0x01000193) ^ c2, 0x01000193) ^ c3,
          0x01000193,
        ) ^ c,
        0x01000193,
      )
      const x0 = seeded(h, 0x9e3779b1)
      if (x0 < m0) m0 = x0
      const x1 = seeded(h, 0x85ebca6b)
      if (x1 < m1) m1 = x1
      const x2 = seeded(h, 0xc2b2ae35)
      if (x2 < m2) m2 = x2
      const x3 = seeded(h, 0x27d4eb2f)
      if (x3 < m3) m3 = x3
      const x4 = seeded(h, 0x165667b1)
      if (x4 < m4) m4 = x4
      const x5 = seeded(h, 0xd3a2646c)
      if (x5 < m5) m5 = x5
    }
    c0 = c1
    c1 = c2
    c2 = c3
    c3 = c
  }
  if (letters < 20) return null
  out[0] = band(0, m0, m1)
  out[1] = band(1, m2, m3)
  out[2] = band(2, m4, m5)
  return out
}

/** A shingle's hash under one of the six seeds (half of murmur3's finaliser). */
function seeded(h: number, seed: number): number {
  const x = Math.imul(h ^ seed, 0x85ebca6b)
  return Math.imul(x ^ (x >>> 13), 0xc2b2ae35) >>> 0
}

/** Band `b`'s key from its two minimums; never 0. */
function band(b: number, lo: number, hi: number): number {
  const h = Math.imul(Math.imul(Math.imul(0x811c9dc5 ^ b, 0x01000193) ^ lo, 0x01000193) ^ hi, 0x01000193)
  return h >>> 0 || 1
}

/** Letters of any script, as `fingerprint` reads them. */
function isLetter(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0xc0 &&
      !(c >= 0x2000 && c <= 0x206f) &&
      !(c >= 0x3000 && c <= 0x303f) &&
      !(c >= 0xff01 && c <= 0xff20) &&
      !(c >= 0x0660 && c <= 0x0669))
  )
}
