import { readFileSync } from 'node:fs'
import { loadBrands } from '@vigil/config'
import { describe, expect, it } from 'vitest'
import { OwnAccounts } from '../common/own-accounts.js'
import { readPayload } from '../read.js'

const fixture = (f: string) => readFileSync(new URL(`../../../fixtures/${f}`, import.meta.url))
const ctx = { receivedAt: '2026-12-05T12:00:00.000Z', accounts: new OwnAccounts(loadBrands()) }

describe('rss', () => {
  it('reads items with HTML stripped to text, entities decoded, GUIDs as stable ids', () => {
    const r = readPayload(fixture('rss/news.xml'), 'rss', ctx)
    expect(r.errors).toEqual([])
    const [outage, rates, undated] = r.mentions
    expect(outage).toMatchObject({
      id: 'news:https://news.example.org/finance/2026/12/05/northwind-outage',
      platform: 'news',
      createdAt: '2026-12-05T09:30:00.000Z',
      lang: 'en-GB',
      author: { handle: 'R. Reporter', id: 'news.example.org' },
    })
    expect(outage?.text).toBe(
      'Northwind Bank customers hit by card outage\n\nThousands of Northwind customers could not pay by card on Saturday & the app was down.\n\nThe bank said it was “investigating”.',
    )
    // A GUID that is not a URL is only unique within its feed.
    expect(rates?.id).toBe('news:news.example.org/article-88231')
    expect(rates?.text).toBe(
      'Crest Bank & Havenbank raise savings rates\n\nBoth banks raised easy-access rates to 4.1%.',
    )
    expect(undated?.createdAt).toBe(ctx.receivedAt)
  })

  it('reports a cut-off feed and keeps the items it could read', () => {
    const r = readPayload(fixture('rss/bad-malformed.xml'), 'rss', ctx)
    expect(r.readable).toBe(true)
    expect(r.mentions.map((m) => m.id)).toEqual(['news:https://broken.example.com/a'])
    expect(r.errors[0]).toMatchObject({ code: 'VIGIL_ERR_MALFORMED_XML' })
    expect(r.errors[0]?.reason).toMatch(/cut off/)
  })

  it('says an HTML error page is not a feed', () => {
    const r = readPayload(fixture('rss/bad-not-a-feed.xml'), 'rss', ctx)
    expect(r.mentions).toEqual([])
    expect(r.errors[0]?.reason).toMatch(/root element is <html>/)
  })

  it('refuses JSON given as a feed', () => {
    const r = readPayload(Buffer.from('{"a":1}'), 'rss', ctx)
    expect(r.readable).toBe(false)
  })
})

describe('atom', () => {
  it('reads entries: alternate link, html and xhtml content, xml:lang, published before updated', () => {
    const r = readPayload(fixture('atom/news.xml'), 'auto', ctx)
    expect(r.format).toBe('atom')
    expect(r.errors).toEqual([])
    const [haven, northwind] = r.mentions
    expect(haven).toMatchObject({
      id: 'news:tag:nieuws.example.nl,2026-12-05:/storing-havenbank',
      url: 'https://nieuws.example.nl/2026/12/05/storing-havenbank',
      createdAt: '2026-12-05T07:45:00.000Z',
      lang: 'nl',
      author: { handle: 'Redactie' },
    })
    expect(haven?.text).toBe(
      'Storing bij Havenbank\n\nKlanten van Havenbank konden vanochtend niet inloggen. De bank werkt aan een oplossing.',
    )
    expect(northwind).toMatchObject({ lang: 'en', author: { handle: 'J. Jansen' } })
    expect(northwind?.text).toBe('Northwind explains outage\n\nA failed database upgrade caused it.')
  })

  it('decodes each Atom text type its own way: xhtml markup, CDATA html, escaped text kept literal', () => {
    const r = readPayload(fixture('atom/text-constructs.xml'), 'atom', ctx)
    expect(r.mentions.map((m) => m.text)).toEqual([
      'Crest Bank & fees\n\nFirst bold then link end.\n\nSecond & last.',
      'Plain & simple <tag>\n\nA <b>text</b> summary',
    ])
  })

  it('reports an entry with neither id nor link; a bad date falls back to the time it was read', () => {
    const r = readPayload(fixture('atom/bad.xml'), 'atom', ctx)
    expect(r.errors.map((e) => e.item)).toEqual(['entry[0]'])
    expect(r.mentions.map((m) => [m.id, m.createdAt])).toEqual([
      ['news:https://bad.example/2', ctx.receivedAt],
    ])
  })
})
