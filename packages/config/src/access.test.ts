import { describe, expect, it } from 'vitest'
import {
  bearerToken,
  createAuthenticator,
  mayAct,
  OPEN_PRINCIPAL,
  parseApiTokens,
  READ_ONLY_PRINCIPAL,
} from './access.js'

const WALL = 'wall-screen-token-0001'
const ALICE = 'alice-operator-token-9f3k'

describe('API_TOKENS', () => {
  it('parses names, roles and tokens, ignoring blanks and spaces', () => {
    expect(parseApiTokens(` care-wall:viewer:${WALL} , alice:operator:${ALICE},`)).toEqual([
      { name: 'care-wall', role: 'viewer', token: WALL },
      { name: 'alice', role: 'operator', token: ALICE },
    ])
    expect(parseApiTokens('')).toEqual([])
  })

  it('refuses a bad entry by position and name without echoing the secret', () => {
    const bad: Array<[string, RegExp]> = [
      [`alice:root:${ALICE}`, /entry 1 \(alice\): role must be viewer or operator or admin/],
      ['alice:operator:short', /token shorter than 16/],
      [`alice${ALICE}`, /expected name:role:token/],
      [`a:viewer:${WALL},a:operator:${ALICE}`, /entry 2: name "a" given twice/],
      [`a:viewer:${WALL},b:operator:${WALL}`, /entry 2 \(b\): token used twice/],
    ]
    for (const [spec, msg] of bad) {
      expect(() => parseApiTokens(spec)).toThrow(msg)
      try {
        parseApiTokens(spec)
      } catch (err) {
        expect((err as Error).message).not.toContain(WALL)
        expect((err as Error).message).not.toContain(ALICE)
      }
    }
  })
})

describe('authenticator', () => {
  const auth = createAuthenticator(parseApiTokens(`wall:viewer:${WALL},alice:operator:${ALICE}`))

  it('knows each token, and nothing near it', () => {
    expect(auth.required).toBe(true)
    expect(auth.identify(WALL)).toEqual({ name: 'wall', role: 'viewer' })
    expect(auth.identify(ALICE)).toEqual({ name: 'alice', role: 'operator' })
    for (const guess of [undefined, '', WALL.slice(0, -1), `${WALL}x`, WALL.toUpperCase(), ` ${ALICE}`])
      expect(auth.identify(guess)).toBeNull()
  })

  it('without tokens lets everyone read but nobody act, unless an open demo is asked for', () => {
    const safe = createAuthenticator([])
    expect(safe.required).toBe(false)
    expect(safe.identify(undefined)).toBe(READ_ONLY_PRINCIPAL)
    expect(mayAct(safe.identify(undefined)!)).toBe(false)
    const open = createAuthenticator([], { openDemo: true })
    expect(open.identify(undefined)).toBe(OPEN_PRINCIPAL)
    expect(mayAct(open.identify(undefined)!)).toBe(true)
    // Tokens win over the demo switch: a configured door is never opened by it.
    const both = createAuthenticator(parseApiTokens(`wall:viewer:${WALL}`), { openDemo: true })
    expect(both.identify(undefined)).toBeNull()
  })

  it('reads only a well-formed bearer header', () => {
    expect(bearerToken(`Bearer ${ALICE}`)).toBe(ALICE)
    expect(bearerToken(`bearer   ${ALICE} `)).toBe(ALICE)
    for (const h of [undefined, ALICE, `Basic ${ALICE}`, `Bearer ${ALICE} extra`, 'Bearer '])
      expect(bearerToken(h)).toBeUndefined()
  })
})
