/**
 * Property-based test of a password rule stated with its length ("la contraseña 8 caracteres",
 * "password 12 characters minimum"): the count is no password and stays; a password given in
 * the same words ("password 8caracteres!") is still masked.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { maskPii } from './pii.js'

const RULES = [
  (n: number) => `The password ${n} characters minimum, the PIN 4 digits. Ridiculous.`,
  (n: number) => `El PIN me pide 4 dígitos y la contraseña ${n} caracteres, qué lío`,
  (n: number) => `Le mot de passe ${n} caractères minimum et le code SMS expire vite`,
  (n: number) => `Das Passwort ${n} Zeichen lang, sagt die App`,
  (n: number) => `Het wachtwoord ${n} tekens, zegt de app`,
]

describe('a password length rule, property-based', () => {
  it('the count after a password word and before a length unit stays', () => {
    fc.assert(
      fc.property(fc.integer({ min: 4, max: 64 }), fc.constantFrom(...RULES), (n, rule) => {
        const text = rule(n)
        expect(maskPii(text).text).toBe(text)
        expect(maskPii(`my password: Tulip${n}!x`).kinds).toContain('password')
      }),
      { numRuns: 200, seed: 613 },
    )
  })
})
