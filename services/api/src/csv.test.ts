import { describe, expect, it } from 'vitest'
import { csvCell, csvLine } from './csv.js'

describe('csv export cells', () => {
  it('quotes separators, quotes and line breaks', () => {
    expect(csvLine(['a,b', 'say "hi"', 'two\nlines', 3])).toBe('"a,b","say ""hi""","two\nlines",3\r\n')
  })
  it('defuses spreadsheet formulas from post texts', () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`)
    expect(csvCell('-1+2')).toBe("'-1+2")
    expect(csvCell('@handle')).toBe("'@handle")
  })
  it('leaves a negative number a number', () => {
    expect(csvCell(-0.6)).toBe('-0.6')
    expect(csvCell('-0.6')).toBe("'-0.6")
  })
  it('writes lists space-separated and nulls empty', () => {
    expect(csvLine([['#a', '#b'], null])).toBe('#a #b,\r\n')
  })
})
