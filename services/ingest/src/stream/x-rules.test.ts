import { loadBrands } from '@vigil/config'
import { describe, expect, it } from 'vitest'
import { buildRules, diffRules } from './x-rules.js'
import { reconnectDelay, X_BACKOFF } from './x-stream.js'

describe('X filtered-stream rules from the brands file', () => {
  const rules = buildRules(loadBrands())

  it('covers names in every script, acronyms, handles, hashtags and cashtags, with exclusions', () => {
    const lotus = rules
      .filter((r) => r.tag.startsWith('vigil:lotus:'))
      .map((r) => r.value)
      .join(' ')
    for (const t of ['"Lotus Bank"', '莲花银行', '@LotusBank', 'from:LotusBank', '#莲花银行', '$LTSB'])
      expect(lotus).toContain(t)
    expect(lotus).toContain('-"lotus position"')
    // "Lotus" alone is a flower: it only counts beside a banking word.
    expect(lotus).toContain('(Lotus (bank OR app OR card OR account OR banking))')
    const northwind = rules
      .filter((r) => r.tag.startsWith('vigil:northwind:'))
      .map((r) => r.value)
      .join(' ')
    expect(northwind).toContain('NWB')
    expect(rules.some((r) => r.value.includes('بنك'))).toBe(true)
  })

  it('splits a brand over several rules so none passes the length limit', () => {
    const short = buildRules(loadBrands(), 120)
    expect(short.every((r) => r.value.length <= 120)).toBe(true)
    expect(short.length).toBeGreaterThan(rules.length)
    expect(new Set(short.map((r) => r.tag)).size).toBe(short.length)
  })

  it('adds what is missing and deletes only stale Vigil rules', () => {
    const [a, b] = rules
    const diff = diffRules(
      [
        { id: '1', value: a!.value, tag: a!.tag },
        { id: '2', value: '(old brand)', tag: 'vigil:gone:1' },
        { id: '3', value: 'someone else', tag: 'marketing' },
      ],
      [a!, b!],
    )
    expect(diff).toEqual({ add: [b], deleteIds: ['2'] })
  })
})

describe('X reconnect schedule', () => {
  it('is immediate after a drop, linear for network errors, exponential for HTTP errors and longer for 429', () => {
    expect(reconnectDelay('dropped', 1)).toBe(0)
    expect([1, 2, 3, 100].map((n) => reconnectDelay('network', n))).toEqual([250, 500, 750, 16_000])
    expect([1, 2, 3, 10].map((n) => reconnectDelay('http', n))).toEqual([5_000, 10_000, 20_000, 320_000])
    expect([1, 2].map((n) => reconnectDelay('rate-limit', n))).toEqual([60_000, 120_000])
    expect(X_BACKOFF.stallMs).toBeGreaterThan(20_000)
  })
})
