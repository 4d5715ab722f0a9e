import { ANDROID_PUBLISHER_SCOPE, appStoreConnectToken, googleServiceAccountToken } from './auth/jwt.js'
import type { ConnectorsConfig } from './connectors-config.js'
import type { PollSource } from './poller/source.js'
import {
  appStoreConnectSource,
  feedSource,
  googlePlaySource,
  itunesRssSource,
  redditSource,
  type TokenSource,
  xSearchSource,
  youtubeSource,
} from './poller/sources.js'

const MIN = 60_000

/** Every poll source the configuration switches on. */
export function configuredSources(c: ConnectorsConfig, fetchImpl: typeof fetch = fetch): PollSource[] {
  const i = c.intervalMinutes
  const sources: PollSource[] = []
  for (const url of c.feeds) sources.push(feedSource(url, { intervalMs: i.feeds * MIN }))
  for (const a of c.itunes)
    sources.push(itunesRssSource(a.appId, a.territory, { intervalMs: i.stores * MIN }))
  const gp = c.googlePlay
  if (gp) {
    const token: TokenSource = gp.serviceAccount
      ? googleServiceAccountToken(gp.serviceAccount, ANDROID_PUBLISHER_SCOPE, fetchImpl)
      : () => gp.accessToken
    const o = { intervalMs: i.stores * MIN, ...(gp.base ? { base: gp.base } : {}) }
    for (const p of gp.packages) sources.push(googlePlaySource(p, token, o))
  }
  const asc = c.appStoreConnect
  if (asc) {
    const token: TokenSource = asc.key ? appStoreConnectToken(asc.key) : () => asc.token
    const o = { intervalMs: i.stores * MIN, ...(asc.base ? { base: asc.base } : {}) }
    for (const a of asc.apps) sources.push(appStoreConnectSource(a, token, o))
  }
  const yt = c.youtube
  if (yt) {
    const o = { intervalMs: i.youtube * MIN, ...(yt.base ? { base: yt.base } : {}) }
    for (const v of yt.videos) sources.push(youtubeSource({ videoId: v }, () => yt.apiKey, o))
    for (const ch of yt.channels) sources.push(youtubeSource({ channelId: ch }, () => yt.apiKey, o))
  }
  for (const p of c.reddit.paths) {
    sources.push(
      redditSource(p, {
        intervalMs: i.reddit * MIN,
        ...(c.reddit.base ? { base: c.reddit.base } : {}),
        ...(c.reddit.userAgent ? { userAgent: c.reddit.userAgent } : {}),
      }),
    )
  }
  const x = c.x
  if (x) {
    for (const q of x.searchQueries) {
      sources.push(
        xSearchSource(q, () => x.bearerToken, { intervalMs: i.x * MIN, ...(x.base ? { base: x.base } : {}) }),
      )
    }
  }
  return sources
}
