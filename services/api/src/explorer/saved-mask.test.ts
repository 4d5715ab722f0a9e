import { describe, expect, it } from 'vitest'
import { maskSavedSearch } from './saved-mask.js'

describe('maskSavedSearch', () => {
  it('masks a card number and an e-mail in the name and the query, and leaves the filters alone', () => {
    const s = maskSavedSearch({
      name: 'card 4111 1111 1111 1111 complaints',
      params: {
        q: 'refund AND "jan.devries@example.com"',
        brand: ['northwind'],
        from: '2026-12-05T10:00:00.000Z',
        platform: ['x'],
        hours: 24,
      },
    })
    expect(s.name).not.toContain('4111 1111 1111 1111')
    expect(s.name).toContain('complaints')
    expect(s.params.q).not.toContain('jan.devries@example.com')
    expect(s.params.q).toContain('refund AND')
    expect(s.params).toMatchObject({
      brand: ['northwind'],
      from: '2026-12-05T10:00:00.000Z',
      platform: ['x'],
      hours: 24,
    })
  })
})
