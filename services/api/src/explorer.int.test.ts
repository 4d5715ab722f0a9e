import { createAuthenticator, createLogger, parseApiTokens } from '@vigil/config'
import type { EnrichedMention } from '@vigil/schema'
import { insertMentions, type Store } from '@vigil/store'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestStore, sampleEnriched } from '../../../tests/support/clickhouse.js'
import { buildTestApp } from './test-app.js'

const NOW = new Date('2026-11-23T12:00:00.000Z')
const ANN = 'ann-analyst-7f3c9d2e11'
const BOB = 'bob-analyst-0a8e6b4c55'
const bearer = (t: string) => ({ authorization: `Bearer ${t}` })
const minsAgo = (m: number) => new Date(NOW.getTime() - m * 60_000).toISOString()
const crest = [{ brand: 'crest', via: 'Crest' }]

const data: EnrichedMention[] = [
  sampleEnriched({
    id: 'x:a',
    createdAt: minsAgo(5),
    text: 'Outage again #NorthwindDown',
    hashtags: ['#NorthwindDown'],
  }),
  sampleEnriched({ id: 'x:b', createdAt: minsAgo(6), text: '=cmd|calc, "quoted" outage', brands: crest }),
  sampleEnriched({ id: 'reddit:c', platform: 'reddit', createdAt: minsAgo(7), text: 'outage? no, all fine' }),
  ...Array.from({ length: 25 }, (_, i) =>
    sampleEnriched({ id: `x:p${i}`, createdAt: minsAgo(30 + i), text: `paging row ${i}` }),
  ),
]

describe('explorer api', () => {
  let store: Store
  let app: FastifyInstance

  beforeAll(async () => {
    store = await createTestStore()
    await insertMentions(store, data)
    app = await buildTestApp({
      store,
      logger: createLogger('api-explorer-test', 'silent'),
      now: () => NOW,
      auth: createAuthenticator(parseApiTokens(`ann:viewer:${ANN},bob:viewer:${BOB}`)),
    })
    await app.ready()
  })
  afterAll(async () => {
    await app?.close()
    await store?.close()
  })

  const get = (url: string, token = ANN) => app.inject({ url, headers: bearer(token) })

  it('answers a Boolean query with filters, the total and masked rows', async () => {
    const res = await get('/api/explorer/search?q=outage%20NOT%20fine&brand=northwind&brand=crest')
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body.total).toBe(2)
    expect(body.mentions.map((m: { id: string }) => m.id)).toEqual(['x:a', 'x:b'])
    expect((await get('/api/explorer/search?q=%23northwinddown')).json().total).toBe(1)
    expect((await get('/api/explorer/search?q=outage&platform=reddit')).json().mentions[0].id).toBe(
      'reddit:c',
    )
  })

  it('says where a query is malformed, and refuses unknown brands and filter values', async () => {
    const res = await get('/api/explorer/search?q=(outage%20OR')
    expect(res.statusCode).toBe(400)
    expect(res.json()).toMatchObject({ code: 'VIGIL_ERR_BAD_SEARCH', position: 10 })
    expect(res.json().message).toMatch(/at position 10/)
    expect((await get('/api/explorer/search?brand=.*')).statusCode).toBe(400)
    expect((await get('/api/explorer/search?brand=nobank')).json().code).toBe('VIGIL_ERR_UNKNOWN_BRAND')
    expect((await get('/api/explorer/search?sentiment=furious')).statusCode).toBe(400)
    expect((await get('/api/explorer/search?sort=text')).statusCode).toBe(400)
    expect((await get('/api/explorer/search?cursor=abc')).json().code).toBe('VIGIL_ERR_BAD_SEARCH')
  })

  it('pages by cursor through every row once', async () => {
    const seen: string[] = []
    let next: string | null = null
    do {
      const url: string = `/api/explorer/search?limit=10&sort=created_at&dir=asc${next ? `&cursor=${next}` : ''}`
      const body: { mentions: Array<{ id: string }>; next: string | null } = (await get(url)).json()
      seen.push(...body.mentions.map((m: { id: string }) => m.id))
      next = body.next
    } while (next)
    expect(seen.length).toBe(data.length)
    expect(new Set(seen).size).toBe(data.length)
    expect(seen[0]).toBe('x:p24')
  })

  it('exports the view as CSV with a header, quoted cells and defused formulas', async () => {
    const res = await get('/api/explorer/export.csv?q=outage')
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toMatch(/^text\/csv/)
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="vigil-mentions-/)
    const lines = res.body.trimEnd().split('\r\n')
    expect(lines[0]).toMatch(/^createdAt,id,platform,/)
    expect(lines.length).toBe(4)
    expect(res.body).toContain(`"'=cmd|calc, ""quoted"" outage"`)
    expect((await get('/api/explorer/export.csv?q=%22open')).statusCode).toBe(400)
  })

  it('writes the default (time-sorted) export in the engine with the same cells as the paged export', async () => {
    // RFC 4180: quoted cells may hold commas, quotes and line breaks.
    const parse = (csv: string): string[][] => {
      const rows: string[][] = []
      let row: string[] = []
      let cell = ''
      let quoted = false
      for (let i = 0; i < csv.length; i++) {
        const ch = csv[i]!
        if (quoted) {
          if (ch === '"' && csv[i + 1] === '"') {
            cell += '"'
            i++
          } else if (ch === '"') quoted = false
          else cell += ch
        } else if (ch === '"') quoted = true
        else if (ch === ',') {
          row.push(cell)
          cell = ''
        } else if (ch === '\r' && csv[i + 1] === '\n') {
          row.push(cell)
          rows.push(row)
          row = []
          cell = ''
          i++
        } else cell += ch
      }
      return rows
    }
    const engine = await get('/api/explorer/export.csv?hours=48')
    const paged = await get('/api/explorer/export.csv?hours=48&sort=likes')
    const [head, ...rows] = parse(engine.body)
    const [pagedHead, ...pagedRows] = parse(paged.body)
    expect(head).toEqual(pagedHead)
    expect(rows.length).toBe(data.length)
    const byId = (xs: string[][]) => [...xs].sort((a, b) => a[1]!.localeCompare(b[1]!))
    expect(byId(rows)).toEqual(byId(pagedRows))
    // Newest first, as the table shows it; the formula stays defused.
    expect(rows[0]![1]).toBe('x:a')
    expect(rows.map((r) => r[16])).toContain(`'=cmd|calc, "quoted" outage`)
  })

  it('keeps saved searches per user; a viewer may save their own', async () => {
    const made = await app.inject({
      method: 'POST',
      url: '/api/explorer/saved',
      headers: bearer(ANN),
      payload: { name: 'outages', params: { q: 'outage', platform: ['x'] } },
    })
    expect(made.statusCode).toBe(201)
    const id = made.json().id
    expect((await get('/api/explorer/saved')).json().searches).toMatchObject([
      { id, name: 'outages', params: { q: 'outage' } },
    ])
    expect((await get('/api/explorer/saved', BOB)).json().searches).toEqual([])
    const bobDelete = await app.inject({
      method: 'DELETE',
      url: `/api/explorer/saved/${id}`,
      headers: bearer(BOB),
    })
    expect(bobDelete.statusCode).toBe(404)
    const bad = await app.inject({
      method: 'POST',
      url: '/api/explorer/saved',
      headers: bearer(ANN),
      payload: { name: 'bad one', params: { sort: 'text' } },
    })
    expect(bad.statusCode).toBe(400)
    expect(JSON.stringify((await get('/api/explorer/saved')).json())).not.toContain('bad one')
    expect(
      (await app.inject({ method: 'DELETE', url: `/api/explorer/saved/${id}`, headers: bearer(ANN) }))
        .statusCode,
    ).toBe(204)
    expect((await get('/api/explorer/saved')).json().searches).toEqual([])
    expect((await app.inject({ url: '/api/explorer/saved' })).statusCode).toBe(401)
  })

  it('masks a card number and an e-mail typed into a saved search before it is stored', async () => {
    const made = await app.inject({
      method: 'POST',
      url: '/api/explorer/saved',
      headers: bearer(ANN),
      payload: {
        name: 'customer 4111 1111 1111 1111',
        params: { q: 'refund OR "jan.devries@example.com"', platform: ['x'] },
      },
    })
    expect(made.statusCode).toBe(201)
    const listed = (await get('/api/explorer/saved')).json().searches
    const stored = await (
      await store.client.query({
        query: `SELECT name, params FROM \`${store.database}\`.saved_searches WHERE id = {id:String}`,
        query_params: { id: made.json().id },
        format: 'JSONEachRow',
      })
    ).text()
    for (const seen of [made.body, JSON.stringify(listed), stored]) {
      expect(seen).not.toContain('4111 1111 1111 1111')
      expect(seen).not.toContain('jan.devries@example.com')
      expect(seen).toContain('refund OR')
    }
    await app.inject({ method: 'DELETE', url: `/api/explorer/saved/${made.json().id}`, headers: bearer(ANN) })
  })

  it('describes every explorer route in the OpenAPI document', async () => {
    const paths = Object.keys((await app.inject('/openapi.json')).json().paths)
    for (const p of [
      '/api/explorer/search',
      '/api/explorer/export.csv',
      '/api/explorer/saved',
      '/api/explorer/saved/{id}',
    ]) {
      expect(paths).toContain(p)
    }
  })
})
