import { describe, expect, it } from 'vitest'
import { backoffMs, mergeAlerts } from './format.js'
import { sampleAlert } from './sample-alert.js'

const alert = sampleAlert

describe('alert bookkeeping', () => {
  it('keeps the newest version of each alert', () => {
    const merged = mergeAlerts([alert({ version: 3, status: 'acknowledged' })], [alert({ version: 2 })])
    expect(merged).toHaveLength(1)
    expect(merged[0]?.status).toBe('acknowledged')
  })

  it('backs off exponentially with a cap', () => {
    expect(backoffMs(0, () => 1)).toBe(500)
    expect(backoffMs(3, () => 1)).toBe(4000)
    expect(backoffMs(20, () => 1)).toBe(15_000)
    expect(backoffMs(3, () => 0)).toBe(2000)
  })
})
