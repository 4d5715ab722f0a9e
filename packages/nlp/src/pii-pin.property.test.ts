/**
 * Property-based tests of payment and card PINs (pii-secrets.ts): after 支付密码, 取款密码, 交易密码,
 * 银行卡密码 (simplified or traditional), "card PIN", "pincode", "Geheimzahl", "code confidentiel",
 * "clave de la tarjeta", "الرقم السري", with or without a space or a colon (half or full width)
 * before the digits, in any digit script, a PIN is masked and reported as a passcode (otp), not a
 * password. A password with letters after 密码 stays a password; a time after a code word stays.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { digitString, inScript, ZEROS } from '../test-fixtures/pii-arbitraries.js'
import { maskPii } from './pii.js'
import { normaliseForPii } from './pii-normalise.js'

const PIN_CUES = [
  '我的支付密码',
  '取款密码',
  '交易密码',
  '银行卡密码',
  '支付密碼',
  '銀行卡密碼',
  'my card PIN',
  'ATM PIN',
  'mijn pincode',
  'meine Geheimzahl',
  'mon code confidentiel',
  'mi clave de la tarjeta',
  'الرقم السري',
]
const LINKS = ['', ' ', ':', '：', ': ', '是', ' is ', ' ist ', ' est ', ' es ', ' هو ']

const readable = (masked: string): string => normaliseForPii(masked).norm.replace(/[^0-9]/g, '')

describe('payment and card PINs, property-based', () => {
  it('a PIN after a payment or card PIN word is masked as a passcode in any script; a password and a time stay what they are', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PIN_CUES),
        fc.constantFrom(...LINKS),
        fc.oneof(digitString(4), digitString(6)),
        fc.constantFrom(...ZEROS),
        fc.constantFrom('，被盗刷了', ' — stolen', '. Help!'),
        (cue, link, d, zero, tail) => {
          // A Latin cue needs a space or a colon before the digits.
          fc.pre(!(/[a-z]$/i.test(cue) && (link === '' || link === '是')))
          const pin = d.join('')
          const text = `${cue}${link}${inScript(pin, zero)}${tail}`
          const r = maskPii(text)
          expect(readable(r.text).includes(pin), `${text} → ${r.text}`).toBe(false)
          expect(r.kinds, `${text} → ${r.text}`).toEqual(['otp'])
          const pw = `我的密码是abc${pin}`
          expect(maskPii(pw).kinds).toEqual(['password'])
          const time = `the code came at 14:${String(Number(pin.slice(0, 2)) % 60).padStart(2, '0')}${tail}`
          expect(maskPii(time).text).toBe(time)
        },
      ),
      { numRuns: 600, seed: 651 },
    )
  })
})
