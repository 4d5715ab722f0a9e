/**
 * Account numbers named by something other than a word right before them:
 * - a transfer verb ("转账到６２２２…", "汇款至 1234…", "打到 6217…"): the number money is sent
 *   to is an account (or a card, which the card finder reads first);
 * - a pasted statement table: a header row naming an account column (账号, Account, IBAN,
 *   Rekeningnummer, Konto, Cuenta, Compte, رقم الحساب) and rows under it, cells apart by tabs or
 *   runs of spaces. The header is the context word of every value in its column.
 *
 * Normalising collapses tabs and line breaks, so tables are read on the original text and their
 * cells mapped to normalised offsets.
 */
import { CARD_CTX_RE } from './pii-context.js'
import { countAnyDigits, type Normalised } from './pii-normalise.js'
import type { NormSpan } from './pii-numbers.js'
import { nationalShape } from './pii-phone.js'
import { ungroupedPlanMatch } from './pii-phone-plan.js'

// Chinese verbs of sending money to a number (转账/汇款/打款/付款/存 + 到/至/给/入), and the same
// act in the other served languages.
const TRANSFER_RE =
  /(?:(?:转账|轉賬|汇款|匯款|打款|付款|转钱|打钱|存钱|转|汇|存|打)(?:到|至|给|入|进)|(?:(?<!\p{L})(?:transfer(?:red)?|wire[d]?|overmaken|overgemaakt|overboeken|overschrijven|gestort|storten|überweis(?:en|t|ung)|überwiesen|virement|vir[ée]|transf[ée]r[ée]?|transferir|transferido|transferencia|enviar|enviado|ingres(?:ar|ado|o))(?:\s(?:it|them|money|the money|het geld|das geld|l'argent|el dinero|dinero|geld|geld|€?\d+(?:[.,]\d+)?\s?(?:€|eur|euros?))?)?\s(?:to|naar|op|an|auf|aufs|vers|sur|au|à|a|al|en)(?:\s(?:the|het|de|das|le|la|el|account|rekening|konto|compte|cuenta|number|nummer|numéro|número))*)|(?:حول(?:ت)?|تحويل|ارسل(?:ت)?)\s?(?:ال[ىي]|إل[ىي]|على))[^\p{L}\p{N}]{0,3}(?:(?:我的|他的|她的|对方的?|这个|以下)?(?:银行)?(?:账户|账号|帐户|帐号|卡号?|银行卡)?[^\p{L}\p{N}]{0,3})$/iu

// A value after a transfer verb: eight to thirty digits, grouped by spaces or dashes.
const VALUE_RE = /\d(?:[ -]?\d){7,29}(?![\p{L}\p{N}])/gu

/** Every number right after a transfer verb that no numbering plan reads as a phone, as an account. */
export function findTransferAccounts(norm: string, out: NormSpan[]): void {
  VALUE_RE.lastIndex = 0
  for (let m = VALUE_RE.exec(norm); m !== null; m = VALUE_RE.exec(norm)) {
    const before = norm.slice(Math.max(0, m.index - 60), m.index)
    if (/\d$/.test(before) || !TRANSFER_RE.test(before)) continue
    const d = m[0].replace(/\D/g, '')
    // A phone number by its plan is a phone's ("transfer to 06 1234 5678" pays a mobile, as
    // Bizum, Tikkie and Paylib do; 打到 138… calls): the phone finders read it.
    const groups = m[0].split(/[ -]/).map((g) => g.length)
    if (nationalShape(d, groups) || ungroupedPlanMatch(d) !== null || /[+]\s?$/.test(before)) continue
    out.push({
      kind: CARD_CTX_RE.test(before.slice(-12)) ? 'card' : 'account_number',
      start: m.index,
      end: m.index + m[0].length,
      keep: 4,
    })
  }
  VALUE_RE.lastIndex = 0
}

// An account column's header in each served language.
const HEADER_WORD_RE =
  /^(?:账号|帳號|账户|帳戶|帐号|帐户|卡号|卡號|银行账号|收款账号|对方账号|对方账户|付款账号|(?:bank\s?)?account(?:\s?(?:no\.?|number|nr|#))?|acct\.?(?:\s?no\.?)?|a\/c(?:\s?no\.?)?|iban|rekening(?:nummer|nr\.?)?|tegenrekening|rekeningnr\.?|konto(?:nummer|nr\.?)?|kontonr\.?|gegenkonto|empfängerkonto|cuenta(?:\s?(?:nº|n°|no\.?|número))?|n[º°]\s?(?:de\s)?cuenta|número de cuenta|cuenta destino|compte(?:\s?(?:n°|no\.?|numéro))?|n[°º]\s?(?:de\s)?compte|numéro de compte|compte destinataire|رقم الحساب|الحساب|حساب|الايبان|الآيبان|ايبان)$/iu

// Cells of a row: apart by a tab, a bar, an ideographic space or two spaces or more.
const CELL_GAP_RE = /\s*\t\s*|\s*\|\s*|[ \u00a0\u3000]{2,}|\u3000/g

interface Cell {
  start: number
  end: number
}

function cellsOf(line: string, at: number): Cell[] {
  const cells: Cell[] = []
  let pos = 0
  CELL_GAP_RE.lastIndex = 0
  for (let m = CELL_GAP_RE.exec(line); m !== null; m = CELL_GAP_RE.exec(line)) {
    if (m.index > pos) cells.push({ start: at + pos, end: at + m.index })
    pos = m.index + m[0].length
    if (m[0].length === 0) CELL_GAP_RE.lastIndex++
  }
  if (pos < line.length) cells.push({ start: at + pos, end: at + line.length })
  CELL_GAP_RE.lastIndex = 0
  return cells
}

export const TABLE_HINT_RE = /[\t\u3000|]|\S {2,}\S/

/** First normalised unit that comes from original offset `orig` or after it. */
function normAt(n: Normalised, orig: number): number {
  if (n.start === null) return orig
  let lo = 0
  let hi = n.start.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (n.start[mid]! < orig) lo = mid + 1
    else hi = mid
  }
  return lo
}

// A cell that holds an account: six digits or more, letters only as an IBAN's or a bank code's.
const VALUE_CELL_RE = /^[\p{L}\p{N}][\p{L}\p{N} .\-/]*$/u

/**
 * Values under an account column's header in a pasted table (offsets in `n`'s normal form).
 * Returns where the table's cells and rows meet (normalised offsets): no phone number runs
 * across one ("750,00⇥02-12" are an amount and a date in two cells).
 */
export function findStatementAccounts(text: string, n: Normalised, out: NormSpan[]): number[] {
  const gaps: number[] = []
  const lines: { text: string; at: number }[] = []
  let at = 0
  for (const line of text.split('\n')) {
    lines.push({ text: line.replace(/\r$/, ''), at })
    at += line.length + 1
  }
  for (let i = 0; i < lines.length; i++) {
    const header = cellsOf(lines[i]!.text, lines[i]!.at)
    if (header.length < 2) continue
    const col = header.findIndex((c) => HEADER_WORD_RE.test(text.slice(c.start, c.end).trim()))
    if (col === -1) continue
    const h = header[col]!
    for (let j = i + 1; j < lines.length; j++) {
      const row = cellsOf(lines[j]!.text, lines[j]!.at)
      if (row.length < 2) break
      gaps.push(normAt(n, lines[j]!.at - 1))
      for (let c = 1; c < row.length; c++) gaps.push(normAt(n, row[c - 1]!.end))
      // The same number of cells: by index; else the cell under the header (aligned by spaces).
      const cell =
        row.length === header.length
          ? row[col]!
          : row.find(
              (c) =>
                c.start - lines[j]!.at < h.end - lines[i]!.at &&
                h.start - lines[i]!.at < c.end - lines[j]!.at,
            )
      if (cell === undefined) continue
      const value = text.slice(cell.start, cell.end)
      if (countAnyDigits(value) < 6 || !VALUE_CELL_RE.test(value)) continue
      const kind = /^[A-Za-z]{2}\s?\d{2}/.test(value) ? 'iban' : 'account_number'
      out.push({ kind, start: normAt(n, cell.start), end: normAt(n, cell.end), keep: 4 })
    }
  }
  return gaps
}
