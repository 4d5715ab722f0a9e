/**
 * A bounded memory of recent authors and texts, for intent's signals beyond one post: how
 * often an author posts and how many of their posts were abusive, and how many distinct
 * authors posted the same text within a day (a coordinated raid or a spam run). Oldest
 * entries are forgotten first (a Map keeps insertion order; a touched entry moves to the
 * end), so memory stays bounded whatever the stream. Per enricher instance: a restart or
 * another instance starts empty (the detector's author book is the long-term record).
 */

export interface AuthorStats {
  posts: number
  abusive: number
  /** Posts per hour over the remembered span (at least one minute). */
  perHour: number
}

interface AuthorEntry {
  posts: number
  abusive: number
  first: number
  last: number
}

interface TextEntry {
  authors: string[]
  first: number
}

const DAY_MS = 86_400_000
/** Authors are forgotten after a week of silence; their counts restart. */
const AUTHOR_TTL_MS = 7 * DAY_MS
const MAX_AUTHORS_PER_TEXT = 16

function touch<K, V>(map: Map<K, V>, key: K, value: V, cap: number): void {
  map.delete(key)
  map.set(key, value)
  if (map.size > cap) map.delete(map.keys().next().value as K)
}

/** Text without links, handles, digits and punctuation: the same message with a new link is the same. */
export function fingerprint(folded: string): string {
  return folded
    .replace(/https?:\/\/\S+|www\.\S+|@\w+|#\w+/g, ' ')
    .replace(/[\p{N}\p{P}\p{S}\s]+/gu, ' ')
    .trim()
    .slice(0, 200)
}

export class IntentMemory {
  private readonly authors = new Map<string, AuthorEntry>()
  private readonly texts = new Map<string, TextEntry>()
  private readonly maxAuthors: number
  private readonly maxTexts: number

  constructor(size: { authors: number; texts: number } = { authors: 50_000, texts: 20_000 }) {
    this.maxAuthors = size.authors
    this.maxTexts = size.texts
  }

  /** Record a post by `id`; its stats including this post. */
  author(id: string, at: string | null, abusive: boolean): AuthorStats {
    const t = at === null ? Date.now() : Date.parse(at) || Date.now()
    let e = this.authors.get(id)
    if (e === undefined || t - e.last > AUTHOR_TTL_MS) e = { posts: 0, abusive: 0, first: t, last: t }
    e.posts++
    if (abusive) e.abusive++
    e.first = Math.min(e.first, t)
    e.last = Math.max(e.last, t)
    touch(this.authors, id, e, this.maxAuthors)
    const hours = Math.max(e.last - e.first, 60_000) / 3_600_000
    return { posts: e.posts, abusive: e.abusive, perHour: e.posts > 1 ? e.posts / hours : 0 }
  }

  /**
   * Record the text; how many distinct authors posted it within a day (this one included).
   * 0 when the author is unknown: a replayed file is not a raid.
   */
  sameText(folded: string, authorId: string | null, at: string | null): number {
    if (authorId === null) return 0
    const key = fingerprint(folded)
    // Short texts ("thanks", "???") repeat by chance.
    if (key.length < 20) return 1
    const t = at === null ? Date.now() : Date.parse(at) || Date.now()
    let e = this.texts.get(key)
    if (e === undefined || t - e.first > DAY_MS) e = { authors: [], first: t }
    const who = authorId
    if (!e.authors.includes(who) && e.authors.length < MAX_AUTHORS_PER_TEXT) e.authors.push(who)
    touch(this.texts, key, e, this.maxTexts)
    return e.authors.length
  }
}
