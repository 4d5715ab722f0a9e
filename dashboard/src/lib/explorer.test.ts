import { describe, expect, it } from 'vitest'
import {
  emptyView,
  exportHref,
  localToIso,
  savedParams,
  toggleSort,
  viewFromSaved,
  viewParams,
} from './explorer.js'

describe('explorer view state', () => {
  const view = {
    ...emptyView(),
    q: ' #BankDown -refund ',
    brand: ['northwind', 'crest'],
    platform: ['x'],
    withPii: true,
  }

  it('turns the view into the api query, lists as repeated keys', () => {
    expect(viewParams(view).toString()).toBe(
      'q=%23BankDown+-refund&brand=northwind&brand=crest&platform=x&hours=24&withPii=true&sort=created_at&dir=desc',
    )
  })

  it('sends a fixed range instead of the last hours when both ends are set', () => {
    const fixed = { ...emptyView(), from: '2026-11-01T00:00:00.000Z', to: '2026-11-08T00:00:00.000Z' }
    const p = viewParams(fixed)
    expect([p.get('from'), p.get('to'), p.get('hours')]).toEqual([fixed.from, fixed.to, null])
    expect(viewFromSaved(savedParams(fixed))).toMatchObject({ from: fixed.from, to: fixed.to })
    expect(localToIso('')).toBeUndefined()
  })

  it('flips the direction on the same header, starts descending on another', () => {
    const once = toggleSort(emptyView(), 'created_at')
    expect(once.dir).toBe('asc')
    expect(toggleSort(once, 'likes')).toMatchObject({ sort: 'likes', dir: 'desc' })
  })

  it('round-trips a saved search, ignoring what it does not know', () => {
    expect(viewFromSaved(savedParams(view))).toEqual({ ...view, q: '#BankDown -refund' })
    expect(viewFromSaved({ sort: 'text', brand: 'x', hours: 'a lot' })).toEqual(emptyView())
  })

  it('builds an export link for the same view, with the token when there is one', () => {
    expect(exportHref(view, null)).toMatch(/^\/api\/explorer\/export\.csv\?q=%23BankDown/)
    expect(exportHref(view, 'tok-123')).toMatch(/&access_token=tok-123$/)
  })
})
