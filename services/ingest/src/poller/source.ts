import type { Format } from '../connectors/index.js'
import type { Cursor } from './cursor-store.js'
import type { HttpRequest } from './http.js'

/** One thing a poller reads on a schedule: a feed, an app's reviews, a subreddit, a search. */
export interface PollSource {
  /** Stable id: the cursor's key ("rss:https://…", "google-play:com.bank.app"). */
  id: string
  format: Format
  intervalMs: number
  /** Pages read per cycle at most (newest first; paging stops at a page with nothing new). */
  maxPages: number
  /** The request for a page: the first (no token) or the one a previous page pointed to. */
  request(cursor: Cursor, pageToken: string | undefined): HttpRequest | Promise<HttpRequest>
  /** The next page's token or URL from a page's body, if it has one. */
  nextPage?(body: unknown): string | undefined
  /** Sends If-None-Match / If-Modified-Since from the cursor (feeds). */
  conditional?: boolean
  /** Cursor fields a first page moves forward (X's since_id). */
  advance?(cursor: Cursor, body: unknown): Partial<Cursor>
  appId?: string
  territory?: string
}
