import { createServer, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createKafka, createProducer, ensureTopics } from '@vigil/bus'
import { createLogger, loadBrands } from '@vigil/config'
import type { Mention } from '@vigil/schema'
import { afterAll, describe, expect, it } from 'vitest'
import { testBrokers, uniqueName } from '../../../../tests/support/kafka.js'
import { waitFor } from '../../../../tests/support/wait.js'
import { OwnAccounts } from '../connectors/index.js'
import { Intake } from '../intake/intake.js'
import { buildRules } from './x-rules.js'
import { XStream } from './x-stream.js'

const logger = createLogger('x-stream-test', 'warn')
const cleanups: Array<() => Promise<void>> = []
afterAll(async () => {
  for (const c of cleanups.reverse()) await c()
})

/** Serves `server` on a free loopback port until the tests end; its base URL. */
async function serve(server: Server): Promise<string> {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  cleanups.push(async () => {
    server.closeAllConnections()
    await new Promise<void>((r) => server.close(() => r()))
  })
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

/** A raw topic of its own on the real broker, an intake publishing to it, and what an observer reads there. */
async function rawTopic(name: string, partitions: number): Promise<{ intake: Intake; got: Mention[] }> {
  const raw = `${uniqueName(name)}.mentions.raw`
  const kafka = createKafka({ brokers: testBrokers(), clientId: `${name}-test`, logger })
  await ensureTopics(kafka, [{ name: raw, partitions }])
  const producer = await createProducer(kafka, logger)
  cleanups.push(() => producer.close())
  const got: Mention[] = []
  const consumer = kafka.consumer({ groupId: uniqueName(`${name}-observer`) })
  await consumer.connect()
  await consumer.subscribe({ topic: raw, fromBeginning: true })
  await consumer.run({
    eachMessage: async ({ message }) => void got.push(JSON.parse(String(message.value))),
  })
  cleanups.push(() => consumer.disconnect())
  const intake = new Intake({
    publish: (ms) =>
      producer.send(
        raw,
        ms.map((m) => ({ key: m.id, value: JSON.stringify(m) })),
      ),
  })
  return { intake, got }
}

const id = (n: number) => `173500000000000100${n}`
const tweet = (n: number) =>
  JSON.stringify({
    data: {
      id: id(n),
      text: `Northwind app down ${n}`,
      author_id: '42',
      created_at: '2026-12-05T10:00:00Z',
      edit_history_tweet_ids: [id(n)],
    },
    includes: { users: [{ id: '42', username: 'kat', public_metrics: { followers_count: 7 } }] },
    matching_rules: [{ id: '1', tag: 'vigil:northwind:1' }],
  })

describe('X filtered stream against a recorded stream and a real broker', () => {
  it('syncs rules, reads through keep-alives, survives 429, a drop, a 503 and a stall, and publishes every tweet once', async () => {
    const brands = loadBrands()
    const posted: unknown[] = []
    const statuses: number[] = []
    let connection = 0
    const open: ServerResponse[] = []
    const server = createServer((req, res) => {
      if (req.url?.startsWith('/2/tweets/search/stream/rules')) {
        if (req.method === 'GET') {
          res.writeHead(200, { 'content-type': 'application/json' })
          res.end(
            JSON.stringify({
              data: [{ id: '9', value: '(old name)', tag: 'vigil:old:1' }],
              meta: { result_count: 1 },
            }),
          )
          return
        }
        let body = ''
        req.on('data', (c) => {
          body += c
        })
        req.on('end', () => {
          posted.push(JSON.parse(body))
          res.writeHead(201, { 'content-type': 'application/json' }).end('{}')
        })
        return
      }
      connection++
      const send = (status: number) => {
        statuses.push(status)
        res.writeHead(status, { 'content-type': 'application/json' })
      }
      if (connection === 1 || connection === 3) {
        send(connection === 1 ? 429 : 503)
        res.end('{"title":"Too Many Requests or Service Unavailable"}')
        return
      }
      send(200)
      if (connection === 2) {
        const t2 = tweet(2)
        res.write('\r\n')
        res.write(`${tweet(1)}\r\n\r\n`)
        res.write(t2.slice(0, 40))
        setTimeout(() => res.write(`${t2.slice(40)}\r\n{"data": {"id": "cut\r\n`), 20)
        setTimeout(() => res.socket?.destroy(), 60)
      } else if (connection === 4) {
        // Then silence: no keep-alive, so the client must notice the stall and reconnect.
        res.write(`${tweet(3)}\r\n`)
        open.push(res)
      } else {
        // A healthy stream: the tweet, then X's keep-alive newlines.
        res.write(`${tweet(4)}\r\n\r\n`)
        const keepAlive = setInterval(() => res.write('\r\n'), 100)
        res.on('close', () => clearInterval(keepAlive))
        open.push(res)
      }
    })
    const base = await serve(server)
    const { intake, got } = await rawTopic('x-stream', 2)

    const stream = new XStream({
      base,
      bearerToken: () => 'x-bearer',
      intake,
      accounts: new OwnAccounts(brands),
      logger,
      rules: buildRules(brands),
      backoff: { networkStepMs: 20, httpStartMs: 50, rateLimitStartMs: 100, stallMs: 500 },
    })
    stream.start()
    cleanups.push(() => stream.stop())

    await waitFor(() => got.some((m) => m.id === `x:${id(4)}`), {
      what: 'the fourth tweet',
      timeoutMs: 30_000,
    }).catch((err) => {
      throw new Error(
        `${err.message} (statuses ${statuses}; got ${got.map((m) => m.id)}; ${stream.state}: ${stream.lastError})`,
      )
    })
    expect(statuses).toEqual([429, 200, 503, 200, 200])
    expect(got.map((m) => m.id).sort()).toEqual([1, 2, 3, 4].map((n) => `x:${id(n)}`))
    expect(got[0]).toMatchObject({ platform: 'x', author: { handle: 'kat', followers: 7 } })
    expect(posted).toEqual([{ delete: { ids: ['9'] } }, { add: buildRules(brands) }])
    expect(stream.state).toBe('streaming')
  })

  it('reads a compliance stream partition: deletes become delete events on the tweet id, user events are skipped', async () => {
    const lines = [
      '{"data":{"delete":{"tweet":{"id":"1735000000000000101","author_id":"2244994945"},"event_at":"2026-12-05T11:00:00.000Z"}}}',
      '{"data":{"user_delete":{"user":{"id":"103"},"event_at":"2026-12-05T11:00:05.000Z"}}}',
      '{"data":{"drop":{"tweet":{"id":"1735000000000000200","author_id":"100"},"event_at":"2026-12-05T11:00:02.000Z"}}}',
    ]
    const urls: string[] = []
    const server = createServer((req, res) => {
      urls.push(req.url ?? '')
      res.writeHead(200, { 'content-type': 'application/json' })
      res.write(`${lines.join('\r\n')}\r\n`)
      const keepAlive = setInterval(() => res.write('\r\n'), 100)
      res.on('close', () => clearInterval(keepAlive))
    })
    const base = await serve(server)
    const { intake, got } = await rawTopic('x-compliance', 1)
    const stream = new XStream({
      base,
      path: '/2/tweets/compliance/stream?partition=2',
      format: 'x-compliance',
      name: 'x-compliance-2',
      bearerToken: () => 'x-bearer',
      intake,
      accounts: new OwnAccounts([]),
      logger,
    })
    stream.start()
    cleanups.push(() => stream.stop())
    await waitFor(() => got.length >= 2, { what: 'two delete events', timeoutMs: 30_000 })
    expect(got.map((m) => [m.id, m.event, m.text])).toEqual([
      ['x:1735000000000000101', 'delete', ''],
      ['x:1735000000000000200', 'delete', ''],
    ])
    expect(urls).toEqual(['/2/tweets/compliance/stream?partition=2'])
  })
})
