import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { connectorsConfig, describeConnectors } from './connectors-config.js'
import { configuredSources } from './pollers.js'

describe('connectors configuration', () => {
  it('switches nothing on by default', () => {
    const c = connectorsConfig({})
    expect(configuredSources(c)).toEqual([])
    expect(c.meta).toBeUndefined()
  })

  it('reads secrets from *_FILE, and the description never contains them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-secrets-'))
    writeFileSync(join(dir, 'meta'), 'app-secret-from-file\n')
    const c = connectorsConfig({
      META_APP_SECRET_FILE: join(dir, 'meta'),
      META_VERIFY_TOKEN: 'verify-123',
      X_BEARER_TOKEN: 'x-secret-token',
      X_SEARCH_QUERIES: 'Northwind',
      RSS_FEEDS: 'https://news.example.org/rss',
      ITUNES_RSS_APPS: '1500000001:gb',
      REDDIT_PATHS: '/r/UKPersonalFinance/comments',
    })
    expect(c.meta).toEqual({ appSecret: 'app-secret-from-file', verifyToken: 'verify-123' })
    expect(configuredSources(c).map((s) => s.id)).toEqual([
      'feed:https://news.example.org/rss',
      'itunes-rss:1500000001:gb',
      'reddit:/r/UKPersonalFinance/comments',
      'x-search:Northwind',
    ])
    const described = JSON.stringify(describeConnectors(c))
    for (const s of ['app-secret-from-file', 'verify-123', 'x-secret-token'])
      expect(described).not.toContain(s)
  })

  it('names what is missing instead of starting half-configured', () => {
    expect(() => connectorsConfig({ META_APP_SECRET: 'a' })).toThrow(/META_VERIFY_TOKEN/)
    expect(() => connectorsConfig({ GOOGLE_PLAY_PACKAGES: 'com.x' })).toThrow(/GOOGLE_PLAY_ACCESS_TOKEN/)
    expect(() => connectorsConfig({ ITUNES_RSS_APPS: 'northwind' })).toThrow(/appId:cc/)
    expect(() =>
      connectorsConfig({ META_APP_SECRET_FILE: '/nonexistent/x', META_VERIFY_TOKEN: 'v' }),
    ).toThrow(/ENOENT/)
  })
})
