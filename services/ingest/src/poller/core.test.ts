import { readFileSync } from 'node:fs'
import { createLogger } from '@vigil/config'
import type { Mention } from '@vigil/schema'
import { describe, expect, it } from 'vitest'
import { OwnAccounts } from '../connectors/index.js'
import { Intake } from '../intake/intake.js'
import { Poller } from './core.js'
import { MemoryCursorStore } from './cursor-store.js'
import { googlePlaySource } from './sources.js'

const logger = createLogger('poller-unit', 'silent')
const page = readFileSync(new URL('../../fixtures/google-play/reviews-list.json', import.meta.url), 'utf8')
const onePage = page.replace('"nextPageToken": "NEXT_PAGE_TOKEN_1"', '"nextPageToken": ""')
// A platform double for a unit test: the integration tests use real HTTP.
const fetchPage = (body: () => string) => (async () => new Response(body(), { status: 200 })) as typeof fetch

function poller(publish: (ms: Mention[]) => Promise<void>, body: () => string = () => onePage) {
  const store = new MemoryCursorStore()
  const intake = new Intake({ publish, retryAfterS: 0 })
  const p = new Poller({
    source: googlePlaySource('uk.co.northwindbank.app', () => 't'),
    store,
    intake,
    accounts: OwnAccounts.none(),
    logger,
    fetchImpl: fetchPage(body),
  })
  return { p, store }
}

describe('poller core', () => {
  it('keeps its cursor while Kafka refuses the batch, then publishes everything once', async () => {
    const published: Mention[] = []
    let down = 2
    const { p, store } = poller(async (ms) => {
      if (down-- > 0) throw new Error('broker down')
      published.push(...ms)
    })
    await expect(p.cycle()).rejects.toThrow(/Kafka did not take/)
    expect(store.map.size).toBe(0)
    await expect(p.cycle()).rejects.toThrow(/Kafka did not take/)
    expect((await p.cycle()).map((m) => m.id)).toEqual([
      'playstore:gp:AOqpTOF1a2b3c4d5e6f7',
      'playstore:gp:AOqpTOF1a2b3c4d5e6f7:reply',
      'playstore:gp:AOqpTOF9z8y7x6w5v4u3',
    ])
    expect(await p.cycle()).toEqual([])
    expect(published).toHaveLength(3)
  })

  it('pauses without fetching while Kafka is congested, and resumes after Retry-After', async () => {
    let now = 1_000_000
    let fetches = 0
    let down = true
    const intake = new Intake({
      publish: async () => {
        if (down) throw new Error('broker down')
      },
      retryAfterS: 5,
      now: () => now,
    })
    const p = new Poller({
      source: googlePlaySource('uk.co.northwindbank.app', () => 't'),
      store: new MemoryCursorStore(),
      intake,
      accounts: OwnAccounts.none(),
      logger,
      fetchImpl: (async () => {
        fetches++
        return new Response(onePage, { status: 200 })
      }) as typeof fetch,
    })
    await expect(p.cycle()).rejects.toThrow(/Kafka did not take/)
    await expect(p.cycle()).rejects.toThrow(/congested/)
    expect(fetches).toBe(1)
    now += 6_000
    down = false
    expect(await p.cycle()).toHaveLength(3)
    expect(fetches).toBe(2)
  })

  it('publishes a review edited on the platform as an edit of the same id', async () => {
    let body = onePage
    const { p } = poller(
      async () => {},
      () => body,
    )
    await p.cycle()
    body = onePage.replace('App crashes since the last update', 'Fixed in 4.12.4, thanks')
    const again = await p.cycle()
    expect(again.map((m) => [m.id, m.event])).toEqual([['playstore:gp:AOqpTOF1a2b3c4d5e6f7', 'edit']])
    expect(again[0]?.text).toMatch(/^Fixed in 4.12.4/)
  })

  it('dead-letters a page with bad items once, however often it is read again', async () => {
    const letters: unknown[] = []
    const bad = readFileSync(new URL('../../fixtures/google-play/bad.json', import.meta.url), 'utf8')
    const p = new Poller({
      source: googlePlaySource('uk.co.northwindbank.app', () => 't'),
      store: new MemoryCursorStore(),
      intake: new Intake({ publish: async () => {}, deadLetter: async (r) => void letters.push(...r) }),
      accounts: OwnAccounts.none(),
      logger,
      fetchImpl: fetchPage(() => bad),
    })
    expect((await p.cycle()).map((m) => m.id)).toEqual(['playstore:gp:bad-stars'])
    await p.cycle()
    expect(letters).toHaveLength(1)
  })

  it('reports a malformed page without moving its cursor', async () => {
    const { p, store } = poller(
      async () => {},
      () => '{"reviews": [',
    )
    await expect(p.cycle()).rejects.toThrow(/malformed page/)
    expect(store.map.size).toBe(0)
  })
})
