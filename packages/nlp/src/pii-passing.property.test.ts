/**
 * Property-based tests of secrets written in passing, in all seven languages: a password of
 * letters only handed over by a copula ("my password was sunshine", "mijn wachtwoord was …",
 * "密码是…", "كلمة السر كانت …"), a user name and password given as a pair ("login: jsmith / …",
 * "user jsmith pass …"), and a year chosen as a PIN ("I use 1990 for my PIN"). The secret never
 * survives in maskedText; sentences of the same shape that describe a password, a login or a year
 * stay as written.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { maskPii } from './pii.js'

// {pw} is where the password goes; the clause ends after it or goes on with a function word.
const COPULA_PHRASINGS = [
  'my password was {pw}',
  'my password was {pw} and now the account is empty',
  'pw is {pw} lol',
  'mijn wachtwoord was {pw} en nu is alles weg',
  'mijn ww is {pw}',
  'mein Passwort war {pw} und jetzt ist das Konto leer',
  'mon mot de passe était {pw} et on m’a piraté',
  'mi contraseña era {pw} y me vaciaron la cuenta',
  '我的密码是{pw}，现在被盗了',
  'كلمة السر كانت {pw} والحين الحساب مسروق',
  'the password they gave me was {pw}, so weak',
  'password was literally {pw}',
]

// Made-up words of letters only: no word of any language, no participle or adverb ending.
const SYLLABLES = ['zu', 'xo', 'qua', 'vek', 'dri', 'plo', 'mun', 'tash', 'bri', 'gol', 'sun', 'kor', 'fal']
const letterPassword = fc
  .tuple(fc.array(fc.constantFrom(...SYLLABLES), { minLength: 2, maxLength: 4 }), fc.boolean())
  .map(([parts, capital]) => {
    const w = parts.join('')
    return capital ? w[0]!.toUpperCase() + w.slice(1) : w
  })

describe('a password of letters only, handed over by a copula', () => {
  it('never survives in maskedText, in every language', () => {
    fc.assert(
      fc.property(fc.constantFrom(...COPULA_PHRASINGS), letterPassword, (phrasing, pw) => {
        const r = maskPii(phrasing.replace('{pw}', pw))
        expect(r.text).not.toContain(pw)
        expect(r.kinds).toContain('password')
      }),
      { numRuns: 300 },
    )
  })
})

const LOGIN_PAIRS = [
  'login: {user} / {pw}',
  'username: {user} / {pw}',
  'user {user} pass {pw}',
  'gebruiker {user} ww {pw}',
]
// User names as people have them: a name, perhaps with digits after it.
const userName = fc
  .tuple(
    fc.constantFrom('jsmith', 'mueller', 'jansen', 'dupont', 'garcia', 'lihua', 'k.ahmed', 'bvries'),
    fc.stringMatching(/^[0-9]{0,3}$/),
  )
  .map(([name, digits]) => name + digits)
const anyPassword = fc.oneof(letterPassword, fc.stringMatching(/^[A-Za-z]{4,8}[0-9]{2,4}[!#*]?$/))

describe('a user name and password given as a pair', () => {
  it('masks the password, whatever its shape', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LOGIN_PAIRS), userName, anyPassword, (pair, user, pw) => {
        fc.pre(!pw.startsWith(user) && !user.startsWith(pw))
        const r = maskPii(pair.replace('{user}', user).replace('{pw}', pw))
        expect(r.text).not.toContain(pw)
      }),
      { numRuns: 200 },
    )
  })
})

// A verb that hands it over, then a colon, a sentence after the password word.
const HANDOVERS = [
  'the caller asked for my password. My dad just gave it: {pw}. An hour later the money was gone',
  'hij vroeg om zijn wachtwoord. Mijn vader heeft het gewoon gegeven: {pw}. Binnen een uur was alles weg',
  'er wollte mein Passwort. Ich habe es ihm gegeben: {pw}. Dumm, ich weiß',
  "il m'a demandé mon mot de passe. Je l'ai donné : {pw}. Quelle erreur",
]
const shapedPassword = fc.stringMatching(/^[A-Z][a-z]{3,8}[0-9]{2,4}[a-z!#]{0,3}$/)

describe('a password handed over a sentence after it was asked for', () => {
  it('never survives in maskedText', () => {
    fc.assert(
      fc.property(fc.constantFrom(...HANDOVERS), shapedPassword, (post, pw) => {
        expect(maskPii(post.replace('{pw}', pw)).text).not.toContain(pw)
      }),
    )
  })
})

describe('a PIN named in passing', () => {
  it('masks a year taken as a PIN and a Spanish "número secreto"', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1940, max: 2012 }), fc.stringMatching(/^[0-9]{4}$/), (year, pin) => {
        expect(maskPii(`I use ${year} for my PIN, stupid I know`).text).not.toContain(String(year))
        expect(maskPii(`${year} as my PIN was a bad idea`).text).not.toContain(String(year))
        expect(maskPii(`mi número secreto es ${pin}`).text).not.toContain(pin)
      }),
    )
  })
})

// Sentences of the same shapes without a secret.
const UNCHANGED = [
  'my password was changed yesterday',
  'my password is too long',
  'my password was stolen',
  'my password was compromised in the breach',
  'my password is valid but the app says no',
  'the password was sent by email',
  'the password is what they wanted',
  'password is mandatory',
  'mijn wachtwoord is gewijzigd',
  'mijn wachtwoord was verlopen',
  'mein Passwort war gehackt worden',
  'mon mot de passe était bloqué',
  'mi contraseña fue hackeada',
  '密码是错误的',
  'كلمة السر كانت خطأ',
  'login / signup is broken',
  'user friendly pass rate',
  'RT @user: Green/yellow fuel pump',
  '-Sabemos a senha. -Mudaram na semana passada.',
  'in 2019 for the card pin reset',
  'the 2024 code of conduct',
  'the password field was empty',
  'I forgot my password. They sent me: a link',
]

describe('talk about passwords, logins and years without a secret', () => {
  it.each(UNCHANGED)('leaves "%s" as written', (text) => {
    expect(maskPii(text).text).toBe(text)
  })
})
