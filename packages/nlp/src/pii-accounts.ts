/**
 * Bank account numbers written as one run of digits, told from other long numbers by their
 * national check digits (from each scheme's published rule), and a UK sort code and account run
 * together (6 + 8 = 14 digits), told by the UK banking words around it. Pure, no I/O.
 */

/** Digit `i` of `d` as a number. */
const at = (d: string, i: number): number => d.charCodeAt(i) - 48

/** French RIB (23 digits: bank 5, branch 5, account 11, key 2): key = 97 − (89·bank + 15·branch + 3·account) mod 97. */
export function ribValid(d: string): boolean {
  if (d.length !== 23) return false
  const bank = Number(d.slice(0, 5))
  const branch = Number(d.slice(5, 10))
  // The account (11 digits) times 3, mod 97, in two parts to stay within exact integers.
  const account = (Number(d.slice(10, 16)) * (100000 % 97) + Number(d.slice(16, 21))) % 97
  const key = 97 - ((89 * bank + 15 * branch + 3 * account) % 97)
  return key === Number(d.slice(21, 23))
}

/** One Spanish CCC control digit over ten digits, weights 1, 2, 4, 8, 5, 10, 9, 7, 3, 6. */
function cccDigit(ten: string): number {
  const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
  let s = 0
  for (let i = 0; i < 10; i++) s += at(ten, i) * w[i]!
  const c = 11 - (s % 11)
  return c === 11 ? 0 : c === 10 ? 1 : c
}

/** Spanish CCC (20 digits: entity 4, office 4, control 2, account 10). */
export function cccValid(d: string): boolean {
  if (d.length !== 20) return false
  return cccDigit(`00${d.slice(0, 8)}`) === at(d, 8) && cccDigit(d.slice(10)) === at(d, 9)
}

/** Mexican CLABE (18 digits): weights 3, 7, 1 over the first 17, each product mod 10. */
export function clabeValid(d: string): boolean {
  if (d.length !== 18) return false
  const w = [3, 7, 1]
  let s = 0
  for (let i = 0; i < 17; i++) s += (at(d, i) * w[i % 3]!) % 10
  return (10 - (s % 10)) % 10 === at(d, 17)
}

/** Argentine CBU (22 digits: two blocks of 8 and 14, each ending in its check digit). */
export function cbuValid(d: string): boolean {
  if (d.length !== 22) return false
  const block = (b: string, w: readonly number[]): boolean => {
    let s = 0
    for (let i = 0; i < b.length - 1; i++) s += at(b, i) * w[i % w.length]!
    return (10 - (s % 10)) % 10 === at(b, b.length - 1)
  }
  return block(d.slice(0, 8), [7, 1, 3, 9]) && block(d.slice(8), [3, 9, 7, 1])
}

/** Belgian account (12 digits): the last two are the first ten mod 97 (97 for 0). */
export function belgianAccountValid(d: string): boolean {
  if (d.length !== 12) return false
  const r = Number(d.slice(0, 10)) % 97
  return (r === 0 ? 97 : r) === Number(d.slice(10))
}

/** Whether `d` is a national account number with valid check digits (RIB, CCC, CLABE, CBU, Belgian). */
export function accountCheckValid(d: string): boolean {
  switch (d.length) {
    case 12:
      return belgianAccountValid(d)
    case 18:
      return clabeValid(d)
    case 20:
      return cccValid(d)
    case 22:
      return cbuValid(d)
    case 23:
      return ribValid(d)
    default:
      return false
  }
}

/**
 * Banking words of every served language within a sentence of a number: with check digits that
 * validate, a number run together is an account. Wider than the account words that must stand
 * right before a number (pii-context.ts ACCOUNT_BEFORE_RE).
 */
export const BANKING_NEAR_RE =
  /(?:(?<!\p{L})(?:bank|banks|banking|account|acct|transfer|wire|iban|rib|compte|virement|banque|cuenta|banco|transferencia|clabe|spei|cbu|ccc|rekening|overboeking|overmaken|konto|überweisung|ueberweisung|bankverbindung|salary|salaire|salario|nómina|nomina|salaris|gehalt)(?!\p{L})|银行|账户|账号|转账|汇款|حساب|بنك|مصرف|تحويل)/iu

/**
 * UK banking words: an account or payment word, a sort-code word, or a UK bank's name (a sort
 * code and account run together as 14 digits are read beside one of them).
 */
export const UK_BANKING_RE =
  /(?:(?<!\p{L})(?:sort\s?-?code|sortcode|s\/c|acc|a\/c|account|bank details|payee|payees|confirmation of payee|chaps|bacs|faster payments?|standing order|barclays|hsbc|lloyds|natwest|santander|halifax|nationwide|monzo|starling|tsb|rbs|royal bank of scotland|bank of scotland|metro bank|first direct|virgin money|co-?op bank|revolut|coutts|clydesdale|yorkshire bank)(?!\p{L}))/iu
