import { describe, expect, it } from 'vitest'
import { BrandsConfigError, loadBrands, parseBrands } from './brands.js'

const brand = (extra: Record<string, unknown>) => ({ brands: [{ id: 'acme', name: 'Acme Bank', ...extra }] })

describe('brands file: publicNumbers', () => {
  it('reads E.164 numbers, and none when the field is absent', () => {
    expect(
      parseBrands(brand({ publicNumbers: ['+442079460100', '+966112000100'] }))[0]!.publicNumbers,
    ).toEqual(['+442079460100', '+966112000100'])
    expect(parseBrands(brand({}))[0]!.publicNumbers).toEqual([])
  })

  it('refuses a number not written E.164, naming the brand and the entry', () => {
    for (const bad of ['020 7946 0100', '+44 20 7946 0100', '00442079460100', '+0442079460100', 42]) {
      expect(() => parseBrands(brand({ publicNumbers: [bad] }))).toThrow(BrandsConfigError)
    }
    expect(() => parseBrands(brand({ publicNumbers: ['020 7946 0100'] }))).toThrow(
      /brand acme: publicNumbers entry "020 7946 0100" is not E\.164/,
    )
    expect(() => parseBrands(brand({ publicNumbers: '+442079460100' }))).toThrow(
      /publicNumbers must be a list/,
    )
  })

  it('the shipped demo brands publish a few numbers', () => {
    const all = loadBrands().flatMap((b) => b.publicNumbers ?? [])
    expect(all.length).toBeGreaterThanOrEqual(4)
  })
})
