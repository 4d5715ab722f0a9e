/**
 * Property-based tests of passwords, PINs and bare SSNs stated in a sentence, in all seven
 * languages: a table of password words × the phrasings people use around them (a link word after,
 * the password before the word, a few words between, a colon after a label) × generated password
 * shapes. The password never survives in maskedText; "I forgot my password", "the PIN pad" and
 * their kin stay as written. A bare nine-digit SSN after "my social" is masked when it follows the
 * SSN rules; "social media" is not a cue.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { maskPii } from './pii.js'

// {pw} is where the password goes.
const PHRASINGS: Record<string, string[]> = {
  en: [
    'my password was {pw} lol',
    'I used {pw} as my password for everything',
    '{pw} — that was my password',
    'the password I use for literally everything is {pw}',
    'same pw everywhere: {pw}',
    'gave the caller my password ({pw}) like an idiot',
    'entered my login details ({pw}) on a fake site',
    'my passcode is {pw}',
  ],
  nl: [
    'mijn wachtwoord was {pw}, nu is alles weg',
    'ik gebruikte {pw} als wachtwoord',
    'het wachtwoord van mijn bankapp was gewoon {pw}',
    'mijn wachtwoord ({pw}) stond op een briefje',
    'inlog: jansen / {pw}',
  ],
  de: [
    'mein Passwort war {pw}, jetzt ist das Konto leer',
    'Ich hatte {pw} als Passwort',
    '{pw} war mein Kennwort',
    'das Passwort fürs Online-Banking war leider {pw}',
    'Zugangsdaten: mueller / {pw}',
  ],
  fr: [
    "mon mot de passe c'était {pw} et on m'a piraté",
    "j'utilisais {pw} comme mot de passe",
    'le mot de passe de ma banque en ligne était {pw}',
    'mdp {pw} depuis 10 ans',
    'identifiants : dupont / {pw}',
  ],
  es: [
    'mi contraseña era {pw} y me vaciaron la cuenta',
    'usé {pw} como contraseña',
    'mi contraseña de siempre, {pw}, ya no sirve',
    'la clave de mi banca online era {pw}',
  ],
  zh: ['我的密码一直是{pw}，现在被盗了', '用{pw}当密码', '口令是 {pw}', '密码我设的{pw}'],
  ar: [
    'كلمة السر حقتي {pw} واحد سرق حسابي',
    'حطيت {pw} ككلمة سر',
    'كلمة المرور كانت {pw} والحين الحساب مسروق',
    'كلمة المرور الخاصة بي {pw} وتم اختراق حسابي',
  ],
}
const ALL_PHRASINGS = Object.values(PHRASINGS).flat()

const letters = (min: number, max: number) => fc.stringMatching(new RegExp(`^[A-Za-z]{${min},${max}}$`))
// Letters with digits and perhaps a symbol and more letters: "Whitfield2019!", "Hund123!Bello"
// (letters and one or two digits alone, "iPhone15", are read as a product beside the word).
const password = fc
  .tuple(
    letters(3, 10),
    fc.stringMatching(/^[0-9]{3,6}$/),
    fc.constantFrom('', '!', '@', '#', '$', '*', '_'),
    fc.constantFrom('', 'x', 'Bello', 'pvd'),
  )
  .map(([a, d, s, b]) => a + d + s + b)

describe('a password named in a sentence, in every language', () => {
  it('never survives in maskedText', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ALL_PHRASINGS), password, (phrasing, pw) => {
        const text = phrasing.replace('{pw}', pw)
        expect(maskPii(text).text).not.toContain(pw)
      }),
      { numRuns: 400 },
    )
  })

  it('masks an Arabic speaker\'s "my secret number" PIN and a birth-year PIN', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1940, max: 2009 }), fc.stringMatching(/^[0-9]{4}$/), (year, pin) => {
        expect(maskPii(`the PIN I chose was ${year}, my birth year`).text).not.toContain(String(year))
        expect(maskPii(`my PIN is my birth year, ${year}. stupid I know`).text).not.toContain(String(year))
        expect(maskPii(`رقمي السري ${pin}`).text).not.toContain(pin)
        expect(maskPii(`the pin's ${pin} lol`).text).not.toContain(pin)
      }),
    )
  })
})

const UNCHANGED = [
  'I forgot my password again',
  'reset your PIN at the branch',
  'the password field is broken on Android 14',
  'the PIN pad is broken',
  'password must be 8 characters',
  'reset your password at https://bank.example/reset2024 today',
  'password reset broke after the update to v2.3.1',
  'changed my Online-Banking password, took 10min',
  'my iPhone15 lost the password app after the update',
  'my PIN was blocked in 2023 and again in 2024',
  'mijn wachtwoord werkt niet meer sinds update 8.13',
  'Passwort vergessen, Hotline 2 Stunden',
  'mot de passe oublié encore une fois',
  'la contraseña debe tener 8 caracteres',
  '密码错误三次被锁',
  'نسيت كلمة السر',
  'changed my password yesterday. Then Tesco2024 ran a promo',
]

describe('talk about passwords and PINs without one', () => {
  it.each(UNCHANGED)('leaves "%s" as written', (text) => {
    expect(maskPii(text).text).toBe(text)
  })
})

// Nine digits that follow the SSN rules: area not 000, 666 or 9xx; group not 00; serial not 0000.
const validSsn = fc
  .tuple(fc.integer({ min: 1, max: 899 }), fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 9999 }))
  .filter(([a]) => a !== 666)
  .map(([a, g, s]) => `${a}`.padStart(3, '0') + `${g}`.padStart(2, '0') + `${s}`.padStart(4, '0'))

describe('a bare nine-digit SSN after "my social"', () => {
  it('is masked as an SSN', () => {
    fc.assert(
      fc.property(
        validSsn,
        fc.constantFrom('they asked for my social, I gave {d}', 'my social is {d}'),
        (d, t) => {
          const r = maskPii(t.replace('{d}', d))
          expect(r.text).not.toContain(d)
          expect(r.kinds).toContain('us_ssn')
        },
      ),
    )
  })
})
