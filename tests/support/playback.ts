import { createHash } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** One scripted answer. `drop` closes the socket mid-answer, as a flaky network or proxy does. */
export type Scripted =
  | { status: number; headers?: Record<string, string>; body?: string | Buffer }
  | { drop: true }

export interface Route {
  /** Answers used once each, in order, before the steady one. */
  queue: Scripted[]
  /** The platform's current state, answered from then on (with an ETag; 304 when it matches). */
  steady: () => string | Buffer
  contentType?: string
  /** Requests served from `steady`, 304s included: lets a test wait for "a few more polls". */
  steadyServed: number
  notModified: number
  requests: Array<{ url: string; headers: IncomingMessage['headers'] }>
}

/**
 * A stand-in for a platform's API on 127.0.0.1 that plays back recorded responses: scripted
 * failures first (429, dropped connections, malformed pages), then the recorded page.
 */
export class Playback {
  private readonly routes = new Map<string, Route>()
  private server: Server | undefined
  base = ''

  route(
    prefix: string,
    steady: () => string | Buffer,
    queue: Scripted[] = [],
    contentType = 'application/json',
  ): Route {
    const r: Route = { queue: [...queue], steady, contentType, steadyServed: 0, notModified: 0, requests: [] }
    this.routes.set(prefix, r)
    return r
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => this.answer(req, res))
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve))
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections()
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()))
  }

  private answer(req: IncomingMessage, res: ServerResponse): void {
    const url = req.url ?? '/'
    const route = [...this.routes].find(([p]) => url.startsWith(p))?.[1]
    if (!route) {
      res.writeHead(404).end('{"error":"no such route"}')
      return
    }
    route.requests.push({ url, headers: req.headers })
    const next = route.queue.shift()
    if (next && 'drop' in next) {
      res.writeHead(200, {
        'content-type': route.contentType ?? 'application/json',
        'content-length': '100000',
      })
      res.write('{"data":[{"id":"1')
      setTimeout(() => res.socket?.destroy(), 5)
      return
    }
    if (next) {
      res.writeHead(next.status, { 'content-type': route.contentType ?? 'application/json', ...next.headers })
      res.end(next.body ?? '')
      return
    }
    const body = route.steady()
    const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`
    route.steadyServed++
    if (req.headers['if-none-match'] === etag) {
      route.notModified++
      res.writeHead(304, { etag }).end()
      return
    }
    res.writeHead(200, { 'content-type': route.contentType ?? 'application/json', etag }).end(body)
  }
}
