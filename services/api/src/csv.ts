/**
 * RFC 4180 CSV for the explorer's export. A cell a spreadsheet would run as a formula
 * (starting with =, +, -, @, tab or CR: OWASP's CSV injection list) is prefixed with a quote,
 * because these texts are written by strangers on the internet.
 */
const FORMULA_START = /^[=+\-@\t\r]/

export function csvCell(value: unknown): string {
  // A number is a number to a spreadsheet, never a formula: -0.6 stays -0.6 (as the engine writes it).
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  let s = value === null || value === undefined ? '' : Array.isArray(value) ? value.join(' ') : String(value)
  if (FORMULA_START.test(s)) s = `'${s}`
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s
}

export const csvLine = (cells: readonly unknown[]): string => `${cells.map(csvCell).join(',')}\r\n`
