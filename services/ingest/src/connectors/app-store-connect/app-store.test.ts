import { readFileSync } from 'node:fs'
import { loadBrands } from '@vigil/config'
import { describe, expect, it } from 'vitest'
import { OwnAccounts } from '../common/own-accounts.js'
import { readPayload } from '../read.js'

const fixture = (f: string) => readFileSync(new URL(`../../../fixtures/${f}`, import.meta.url))
const ctx = { receivedAt: '2026-12-05T12:00:00.000Z', accounts: new OwnAccounts(loadBrands()) }

describe('app-store-connect', () => {
  it('reads customerReviews with the included response as the bank answering; territory alpha-3 to alpha-2', () => {
    const r = readPayload(fixture('app-store-connect/customer-reviews.json'), 'app-store-connect', {
      ...ctx,
      appId: '1500000001',
    })
    expect(r.errors).toEqual([])
    expect(r.mentions.map((m) => [m.id, m.kind, m.rating, m.territory])).toEqual([
      ['appstore:00000028-b08c-0014-729e-fbd500000000', 'review', 2, 'GB'],
      ['appstore:00000028-b08c-0014-729e-fbd500000000:reply', 'reply', null, null],
      ['appstore:00000030-c1d2-0014-729e-fbd500000000', 'review', 5, 'NL'],
    ])
    expect(r.mentions[0]?.text).toBe(
      'Login loop\n\nFace ID keeps failing and it logs me out. Version 4.12 is worse.',
    )
    expect(r.mentions[0]?.createdAt).toBe('2026-12-04T16:10:34.000Z')
    expect(r.mentions[1]?.author.isBrandAccount).toBe(true)
    expect(r.mentions[1]?.inReplyTo).toBe('appstore:00000028-b08c-0014-729e-fbd500000000')
  })

  it("reports Apple's errors and reviews without id or text; other resource types are skipped", () => {
    const r = readPayload(fixture('app-store-connect/bad.json'), 'app-store-connect', ctx)
    expect(r.mentions).toEqual([])
    expect(r.errors.map((e) => e.item)).toEqual(['errors[0]', 'data[0]', 'data[1]'])
    expect(r.errors[0]?.reason).toMatch(/rate limit/)
    expect(r.skipped.map((s) => s.item)).toEqual(['data[2]'])
  })
})

describe('itunes-rss', () => {
  it('reads the public JSON feed: skips the app entry, rating and version from labels, territory from the URL', () => {
    const r = readPayload(fixture('itunes-rss/customer-reviews.json'), 'itunes-rss', ctx)
    expect(r.errors).toEqual([])
    expect(r.skipped.map((s) => s.reason)).toEqual(['app description entry'])
    expect(r.mentions.map((m) => [m.id, m.rating, m.appVersion, m.territory])).toEqual([
      ['appstore:11223344556', 1, '4.12.3', 'GB'],
      ['appstore:11223344557', 5, '4.12.2', 'GB'],
    ])
    expect(r.mentions[0]?.text).toBe(
      "Payments broken\n\nCan't pay anyone since the update & support won't answer.",
    )
    expect(r.mentions[0]?.createdAt).toBe('2026-12-04T10:12:44.000Z')
    expect(r.mentions[0]?.url).toBe('https://apps.apple.com/gb/app/id1500000001?see-all=reviews')
  })

  it('reads a feed whose single entry is an object, not a list', () => {
    const r = readPayload(fixture('itunes-rss/single-entry.json'), 'auto', ctx)
    expect(r.format).toBe('itunes-rss')
    expect(r.mentions.map((m) => [m.id, m.territory])).toEqual([['appstore:11223344558', 'NL']])
  })

  it('reads the same feed in XML (Atom with im: elements), plain-text content preferred over the HTML copy', () => {
    const r = readPayload(fixture('itunes-rss/customer-reviews.xml'), 'auto', ctx)
    expect(r.format).toBe('itunes-rss')
    expect(r.errors).toEqual([])
    expect(r.mentions.map((m) => [m.id, m.rating, m.appVersion, m.territory, m.author.handle])).toEqual([
      ['appstore:11223344600', 1, '4.12.3', 'NL', 'piet_nl'],
    ])
    expect(r.mentions[0]?.text).toBe(
      'Inloggen lukt niet\n\nSinds de update kan ik niet meer inloggen & de helpdesk reageert niet.',
    )
  })

  it('reports entries without id or text', () => {
    const r = readPayload(fixture('itunes-rss/bad.json'), 'itunes-rss', ctx)
    expect(r.mentions).toEqual([])
    expect(r.errors.map((e) => e.item)).toEqual(['feed.entry[0]', 'feed.entry[1]', 'feed.entry[2]'])
  })
})
