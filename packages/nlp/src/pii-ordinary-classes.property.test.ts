/**
 * Ordinary numbers a standard or a clear context decides, in every digit script: a French
 * company's SIREN/SIRET (INSEE numbers are Luhn-valid by construction) beside a company word
 * before or after it, even after "numéro" (unless its prefix and length are a card's too); dates (ISO 8601, day-month-year, 年月日); amounts with
 * a currency sign or ISO 4217 code; order, ticket and reference codes after their word in the
 * seven languages. None may be masked.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { digitString, inScript, luhnComplete, ZEROS } from '../test-fixtures/pii-arbitraries.js'
import { maskPii } from './pii.js'

const kept = (text: string): void => expect(maskPii(text).text, text).toBe(text)

describe('ordinary numbers of a standard’s shape stay readable', () => {
  it('a Luhn-valid SIREN or SIRET beside a company word, even after “numéro”', () => {
    fc.assert(
      fc.property(
        digitString(13),
        fc.boolean(),
        fc.constantFrom(...ZEROS.slice(0, 4)),
        fc.constantFrom(
          'numéro {n} de la société',
          'n° {n} (société Lotus SAS)',
          'Société Lotus, SIRET {n}',
          'entreprise immatriculée sous le numéro {n}',
          'la société au numéro {n} refuse le remboursement',
        ),
        (d, siret, zero, template) => {
          // Not a card's issuer prefix and length: a SIRET opening 30/36/38 (Diners) or 50/56–69
          // (Maestro) is a card number as well, and a card's rule wins.
          const n = luhnComplete([[1, 2, 4, 7, 8][d[0]! % 5]!, ...d.slice(1, siret ? 13 : 8)])
          const grouped = siret
            ? `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6, 9)} ${n.slice(9)}`
            : `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`
          kept(template.replace('{n}', inScript(grouped, zero)))
        },
      ),
      { numRuns: 400, seed: 1801 },
    )
  })

  it('dates, amounts with a currency and order or ticket codes, in every digit script', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1990, max: 2030 }),
        fc.integer({ min: 1000, max: 9_999_999 }),
        digitString(10),
        fc.constantFrom(...ZEROS),
        fc.nat(),
        (day, month, year, amount, code, zero, k) => {
          const dd = String(day).padStart(2, '0')
          const mm = String(month).padStart(2, '0')
          const money = amount.toLocaleString('en-US')
          const forms = [
            `on ${year}-${mm}-${dd} the app failed`,
            `op ${dd}-${mm}-${year} om 14:35`,
            `am ${dd}.${mm}.${year} abgebucht`,
            `le ${dd}/${mm}/${year} à 09h12`,
            `${year}年${month}月${day}日 扣款`,
            `بتاريخ ${dd}/${mm}/${year}`,
            `charged €${money} twice`,
            `cobro de ${money} EUR`,
            `خصم ${money} ريال`,
            `扣了￥${money}`,
            `order number ${code.join('')} never arrived`,
            `ticket ${code.slice(0, 8).join('')} still open`,
            `Bestellnummer ${code.join('')}`,
            `numéro de commande ${code.join('')}`,
            `número de pedido ${code.join('')}`,
            `bestelnummer ${code.join('')}`,
            `订单号 ${code.join('')}`,
            `رقم الطلب ${code.join('')}`,
          ]
          kept(inScript(forms[k % forms.length]!, zero))
        },
      ),
      { numRuns: 1200, seed: 1802 },
    )
  })
})
