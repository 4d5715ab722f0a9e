import {
  type Authenticator,
  bearerToken,
  mayAct,
  OPEN_PRINCIPAL,
  type Principal,
  READ_ONLY_PRINCIPAL,
} from '@vigil/config'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { Counter, type Registry } from 'prom-client'
import { errorBody } from './errors.js'

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is asking; set by the auth hook on /api and /ws (OPEN_PRINCIPAL elsewhere). */
    principal: Principal
  }
  interface FastifyContextConfig {
    /** A write any named user may make for themself (a saved search), not only an operator. */
    viewerMay?: boolean
  }
}

/** Ops probes, the OpenAPI document and the dashboard's static files stay open. */
const guarded = (path: string): boolean => path === '/ws' || path.startsWith('/api/')

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * A browser cannot set headers on a WebSocket, so /ws also takes `?access_token=` (RFC 6750
 * §2.3). Request logging is off, but a proxy in front must not log query strings either.
 */
// A download link cannot set a header either: the explorer's CSV export takes it the same way.
const QUERY_TOKEN_PATHS = new Set(['/ws', '/api/explorer/export.csv'])

function presentedToken(req: FastifyRequest, path: string): string | undefined {
  const fromHeader = bearerToken(req.headers.authorization)
  if (fromHeader !== undefined || !QUERY_TOKEN_PATHS.has(path)) return fromHeader
  const q = req.query as Record<string, unknown> | undefined
  return typeof q?.access_token === 'string' ? q.access_token : undefined
}

/**
 * Every /api and /ws request needs a known token once tokens are configured; anything but a
 * read needs an operator's. With no tokens reads are open and writes refused, unless the
 * authenticator was made for an open demo. Rejections are counted by reason and logged
 * without the token.
 */
export function registerAuth(app: FastifyInstance, auth: Authenticator, registry: Registry): void {
  const rejected = new Counter({
    name: 'vigil_api_auth_rejected_total',
    help: 'Requests refused by authentication (missing, invalid) or authorisation (forbidden)',
    labelNames: ['reason'],
    registers: [registry],
  })
  // Fastify wants null for an object decoration (shared across requests); the hook sets it.
  app.decorateRequest('principal', null as unknown as Principal)
  app.addHook('onRequest', async (req, reply) => {
    req.principal = OPEN_PRINCIPAL
    const path = req.url.split('?')[0]!
    if (!guarded(path)) return
    const token = presentedToken(req, path)
    const principal = auth.identify(token)
    if (principal === null) {
      const reason = token === undefined ? 'missing' : 'invalid'
      rejected.inc({ reason })
      req.log.warn({ event: 'api_auth_rejected', reason, path, ip: req.ip }, 'request without a valid token')
      return reply
        .code(401)
        .header('www-authenticate', 'Bearer realm="vigil"')
        .send(errorBody('VIGIL_ERR_UNAUTHENTICATED'))
    }
    const ownWrite = req.routeOptions.config?.viewerMay === true && principal !== READ_ONLY_PRINCIPAL
    if (!SAFE_METHODS.has(req.method) && !mayAct(principal) && !ownWrite) {
      rejected.inc({ reason: 'forbidden' })
      req.log.warn({ event: 'api_auth_forbidden', who: principal.name, path }, 'viewer tried to act')
      return reply
        .code(403)
        .send(
          principal === READ_ONLY_PRINCIPAL
            ? errorBody('VIGIL_ERR_OPERATOR_TOKEN_REQUIRED')
            : errorBody('VIGIL_ERR_FORBIDDEN', principal.name),
        )
    }
    req.principal = principal
  })
}
