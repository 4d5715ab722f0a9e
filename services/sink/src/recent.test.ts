import { describe, expect, it } from 'vitest'
import { createRecentIdentities } from './recent.js'

describe('recently archived identities', () => {
  it('checks the store for the first records after an assignment, then not any more', () => {
    const r = createRecentIdentities({ windowPerPartition: 10, resumeCheckRecords: 3 })
    expect([1, 2, 3, 4, 5].map(() => r.mustCheck(0))).toEqual([true, true, true, false, false])
    // A rebalance or a failed insert makes the partition's next records suspect again.
    r.reassigned([0, 1])
    expect(r.mustCheck(0)).toBe(true)
    for (let i = 0; i < 5; i++) r.mustCheck(1)
    r.distrust(1)
    expect(r.mustCheck(1)).toBe(true)
  })

  it('remembers a bounded window per partition and forgets partitions no longer held', () => {
    const r = createRecentIdentities({ windowPerPartition: 3, resumeCheckRecords: 0 })
    r.remember(0, ['a', 'b', 'c', 'd'])
    expect(['a', 'b', 'c', 'd'].map((id) => r.has(0, id))).toEqual([false, true, true, true])
    expect(r.has(1, 'b')).toBe(false)
    for (let i = 0; i < 100; i++) r.remember(0, [`x${i}`])
    expect(r.size()).toBe(3)
    r.remember(2, ['z'])
    r.reassigned([2])
    expect(r.has(0, 'x99')).toBe(false)
    expect(r.has(2, 'z')).toBe(true)
  })
})
