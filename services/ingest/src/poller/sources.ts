import { obj, str, text } from '../connectors/common/coerce.js'
import type { PollSource } from './source.js'

const MIN = 60_000
const withQuery = (base: string, q: Record<string, string | undefined>): string => {
  const u = new URL(base)
  for (const [k, v] of Object.entries(q)) if (v !== undefined) u.searchParams.set(k, v)
  return u.toString()
}
const bearer = (token: string | undefined): Record<string, string> =>
  token ? { authorization: `Bearer ${token}` } : {}

/** A credential given as is, or minted (and cached) when asked. */
export type TokenSource = () => string | undefined | Promise<string | undefined>

/** RSS 2.0 / Atom feed, with ETag / Last-Modified and de-duplication by GUID. */
export function feedSource(url: string, opts: { intervalMs?: number } = {}): PollSource {
  return {
    id: `feed:${url}`,
    format: /atom/i.test(url) ? 'atom' : 'rss',
    intervalMs: opts.intervalMs ?? 5 * MIN,
    maxPages: 1,
    conditional: true,
    request: () => ({
      url,
      headers: { accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5' },
    }),
  }
}

/** Apple's public customer-reviews feed (JSON) of one app in one territory; up to 10 pages of 50. */
export function itunesRssSource(
  appId: string,
  territory: string,
  opts: { intervalMs?: number; base?: string } = {},
): PollSource {
  const base = opts.base ?? 'https://itunes.apple.com'
  const cc = territory.toLowerCase()
  return {
    id: `itunes-rss:${appId}:${cc}`,
    format: 'itunes-rss',
    intervalMs: opts.intervalMs ?? 30 * MIN,
    maxPages: 10,
    appId,
    territory,
    request: (_c, page) => ({
      url: `${base}/${cc}/rss/customerreviews/page=${page ?? '1'}/id=${appId}/sortby=mostrecent/json`,
    }),
    nextPage: (body) => {
      const self = str(obj(obj(obj(body).feed).id).label) ?? ''
      const n = Number(/page=(\d+)/.exec(self)?.[1] ?? '1')
      return n < 10 ? String(n + 1) : undefined
    },
  }
}

/** Google Play Developer API reviews.list of one app (the API keeps the last week of reviews). */
export function googlePlaySource(
  packageName: string,
  accessToken: TokenSource,
  opts: { intervalMs?: number; base?: string } = {},
): PollSource {
  const base = opts.base ?? 'https://androidpublisher.googleapis.com'
  return {
    id: `google-play:${packageName}`,
    format: 'google-play',
    intervalMs: opts.intervalMs ?? 15 * MIN,
    maxPages: 20,
    appId: packageName,
    request: async (_c, token) => ({
      url: withQuery(`${base}/androidpublisher/v3/applications/${encodeURIComponent(packageName)}/reviews`, {
        maxResults: '100',
        token,
      }),
      headers: bearer(await accessToken()),
    }),
    nextPage: (body) => text(obj(obj(body).tokenPagination).nextPageToken),
  }
}

/** App Store Connect customer reviews of one app, newest first, with the developer responses. */
export function appStoreConnectSource(
  appId: string,
  token: TokenSource,
  opts: { intervalMs?: number; base?: string } = {},
): PollSource {
  const base = opts.base ?? 'https://api.appstoreconnect.apple.com'
  return {
    id: `app-store-connect:${appId}`,
    format: 'app-store-connect',
    intervalMs: opts.intervalMs ?? 30 * MIN,
    maxPages: 10,
    appId,
    request: async (_c, next) => ({
      url:
        next ??
        withQuery(`${base}/v1/apps/${encodeURIComponent(appId)}/customerReviews`, {
          sort: '-createdDate',
          include: 'response',
          limit: '200',
        }),
      headers: bearer(await token()),
    }),
    // Only a next link on the API's own origin is followed: the token must not go anywhere else.
    nextPage: (body) => {
      const next = text(obj(obj(body).links).next)
      return next && new URL(next).origin === new URL(base).origin ? next : undefined
    },
  }
}

/** YouTube commentThreads.list for a video or for everything on a channel. */
export function youtubeSource(
  target: { videoId: string } | { channelId: string },
  apiKey: () => string | undefined,
  opts: { intervalMs?: number; base?: string } = {},
): PollSource {
  const base = opts.base ?? 'https://www.googleapis.com'
  const which =
    'videoId' in target ? { videoId: target.videoId } : { allThreadsRelatedToChannelId: target.channelId }
  return {
    id: `youtube:${'videoId' in target ? target.videoId : target.channelId}`,
    format: 'youtube',
    intervalMs: opts.intervalMs ?? 10 * MIN,
    maxPages: 5,
    request: (_c, pageToken) => ({
      url: withQuery(`${base}/youtube/v3/commentThreads`, {
        part: 'snippet,replies',
        order: 'time',
        maxResults: '100',
        textFormat: 'plainText',
        key: apiKey(),
        pageToken,
        ...which,
      }),
    }),
    nextPage: (body) => text(obj(body).nextPageToken),
  }
}

/** A subreddit's newest posts or comments (`new` / `comments` listings), or a search. */
export function redditSource(
  path: string,
  opts: { intervalMs?: number; base?: string; userAgent?: string; token?: () => string | undefined } = {},
): PollSource {
  const base = opts.base ?? 'https://www.reddit.com'
  return {
    id: `reddit:${path}`,
    format: 'reddit',
    intervalMs: opts.intervalMs ?? 2 * MIN,
    maxPages: 5,
    request: (_c, after) => ({
      url: withQuery(`${base}${path.endsWith('.json') ? path : `${path}.json`}`, {
        limit: '100',
        raw_json: '1',
        after,
      }),
      // Reddit asks every client for a unique, descriptive User-Agent.
      headers: {
        'user-agent': opts.userAgent ?? 'server:vigil-ingest:0.1 (social listening)',
        ...bearer(opts.token?.()),
      },
    }),
    nextPage: (body) => text(obj(obj(body).data).after),
  }
}

/** X API v2 recent search (backfill): newer than the last tweet seen, paged by next_token. */
export function xSearchSource(
  query: string,
  bearerToken: () => string | undefined,
  opts: { intervalMs?: number; base?: string } = {},
): PollSource {
  const base = opts.base ?? 'https://api.x.com'
  return {
    id: `x-search:${query}`,
    format: 'x-v2',
    intervalMs: opts.intervalMs ?? 5 * MIN,
    maxPages: 10,
    request: (c, next) => ({
      url: withQuery(`${base}/2/tweets/search/recent`, {
        query,
        max_results: '100',
        since_id: c.sinceId,
        next_token: next,
        expansions: 'author_id,referenced_tweets.id,referenced_tweets.id.author_id',
        'tweet.fields':
          'created_at,conversation_id,lang,public_metrics,referenced_tweets,edit_history_tweet_ids,note_tweet',
        'user.fields': 'username,verified,verified_type,public_metrics',
      }),
      headers: bearer(bearerToken()),
    }),
    nextPage: (body) => text(obj(obj(body).meta).next_token),
    advance: (c, body) => {
      const newest = text(obj(obj(body).meta).newest_id)
      if (!newest || !/^\d+$/.test(newest)) return {}
      return !c.sinceId || BigInt(newest) > BigInt(c.sinceId) ? { sinceId: newest } : {}
    },
  }
}
