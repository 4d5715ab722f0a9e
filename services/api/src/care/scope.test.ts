import { loadBrands } from '@vigil/config'
import { describe, expect, it } from 'vitest'
import { decodeCursor, encodeCursor } from './cursor.js'
import { accountKeys, itemAccounts, tabScope } from './scope.js'

const brands = loadBrands()

describe('inbox tabs from the brands file', () => {
  it('our bank by default; its accounts per platform and its handles everywhere close the clock', () => {
    const own = tabScope('own', brands)!
    expect(own.brands).toEqual(['northwind'])
    expect(own.intents).toEqual(['complaint', 'question'])
    expect(own.accounts).toContain('x:northwindhelp')
    expect(own.accounts).toContain('facebook:104857600000001')
    expect(own.accounts).toContain('*:northwindhelp')
    expect(own.accounts.some((k) => k.includes('crest'))).toBe(false)
  })

  it('competitors leave out posts naming our bank; trolls are a tab; a bank of the wrong tab is refused', () => {
    const comp = tabScope('competitors', brands)!
    expect(comp.brands).not.toContain('northwind')
    expect(comp.excludeBrands).toEqual(['northwind'])
    expect(tabScope('competitors', brands, 'crest')?.accounts).toEqual([
      '*:askcrest',
      '*:crestbank',
      'playstore:com.crestbank.mobile',
      'x:askcrest',
      'x:crestbank',
    ])
    expect(tabScope('trolls', brands)?.intents).toEqual(['troll'])
    expect(tabScope('competitors', brands, 'northwind')).toBeNull()
    expect(tabScope('own', brands, 'crest')).toBeNull()
  })

  it('an item naming our bank and a competitor is answered by our accounts only', () => {
    expect(itemAccounts(['crest', 'northwind'], brands)).toEqual(
      accountKeys(brands.filter((b) => b.id === 'northwind')),
    )
    expect(itemAccounts(['crest'], brands)).toContain('x:askcrest')
  })

  it('cursors round-trip and a forged one is refused', () => {
    const c = { createdAt: '2026-11-23T10:00:00.000Z', id: 'x:1' }
    expect(decodeCursor(encodeCursor(c))).toEqual(c)
    expect(decodeCursor('not-a-cursor')).toBeNull()
    expect(decodeCursor(Buffer.from('["yesterday","x"]').toString('base64url'))).toBeNull()
  })
})
