/**
 * Local stand-ins for the places outlets deliver to: an HTTP receiver (a signed webhook, or a
 * Slack-shaped incoming webhook that answers "ok" as Slack does) and a real SMTP server
 * (smtp-server, in-process, STARTTLS and AUTH) that keeps every message it accepts.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'

export interface HttpHit {
  headers: IncomingHttpHeaders
  raw: string
  at: number
}

export interface HttpReceiver {
  url: string
  hits: HttpHit[]
  close(): Promise<void>
}

export async function httpReceiver(answer = 'ok'): Promise<HttpReceiver> {
  const hits: HttpHit[] = []
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      hits.push({ headers: req.headers, raw: Buffer.concat(chunks).toString('utf8'), at: Date.now() })
      res.writeHead(200, { 'content-type': 'text/plain' }).end(answer)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/hook`,
    hits,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

export interface Mail {
  raw: string
  user: string
  secure: boolean
  headers: Record<string, string>
}

export interface SmtpReceiver {
  port: number
  mails: Mail[]
  close(): Promise<void>
}

export async function smtpReceiver(user: string, pass: string): Promise<SmtpReceiver> {
  const mails: Mail[] = []
  const server = new SMTPServer({
    // STARTTLS with smtp-server's own self-signed certificate; AUTH only after it.
    authMethods: ['PLAIN', 'LOGIN'],
    logger: false,
    onAuth(auth, _session, cb) {
      if (auth.username === user && auth.password === pass) cb(null, { user })
      else cb(new Error('invalid credentials'))
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = []
      stream.on('data', (c: Buffer) => chunks.push(c))
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8')
        const head = raw.split(/\r?\n\r?\n/)[0] ?? ''
        const headers: Record<string, string> = {}
        for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
          const i = line.indexOf(':')
          if (i > 0) headers[line.slice(0, i).toLowerCase()] = line.slice(i + 1).trim()
        }
        mails.push({ raw, user: String(session.user ?? ''), secure: session.secure, headers })
        cb()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return { port, mails, close: () => new Promise((resolve) => server.close(() => resolve())) }
}

/** A port nothing listens on: every delivery there is refused. */
export async function deadUrl(): Promise<string> {
  const s = createServer()
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve))
  const { port } = s.address() as AddressInfo
  await new Promise<void>((resolve) => s.close(() => resolve()))
  return `http://127.0.0.1:${port}/gone`
}
