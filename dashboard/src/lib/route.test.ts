import { describe, expect, it } from 'vitest'
import { incidentIdOf, pageOf, pct } from './route.js'

describe('dashboard routes', () => {
  it('opens the page the fragment names, the wall screen otherwise', () => {
    expect(pageOf('')).toBe('wall')
    expect(pageOf('#/care')).toBe('care')
    expect(pageOf('#/explorer')).toBe('explorer')
    expect(pageOf('#/competitors&token=abc')).toBe('competitors')
    expect(pageOf('#token=abc')).toBe('wall')
    expect(pageOf('#/nowhere')).toBe('wall')
  })

  it('opens the incident an outlet message links to, whatever its id holds', () => {
    const id = 'northwind-2026-11-23T10:41:00.000Z'
    expect(pageOf(`#/alerts/${encodeURIComponent(id)}`)).toBe('incident')
    expect(incidentIdOf(`#/alerts/${encodeURIComponent(id)}&token=abc`)).toBe(id)
    expect(pageOf('#/alerts/')).toBe('wall')
    expect(incidentIdOf('#/alerts/%E0%A4%A')).toBeNull()
  })

  it('writes shares as percentages', () => {
    expect([0.25, 0.054, 0].map(pct)).toEqual(['25%', '5.4%', '0%'])
  })
})
