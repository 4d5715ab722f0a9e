import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { createRecentIdentities } from './recent.js'

describe('recently archived identities', () => {
  it('checks the store for what was on a partition when it was assigned, then not any more', () => {
    const r = createRecentIdentities({ windowPerPartition: 10, resumeCheckRecords: 3 })
    r.reassigned([0, 1])
    // Until the end offsets are known, everything is checked.
    expect(r.mustCheck(0, '900')).toBe(true)
    r.assigned(
      new Map([
        [0, '100'],
        [1, '50'],
      ]),
    )
    // Below the end offset: someone may have stored it. Then three more: a repeat from upstream
    // of what the previous owner archived (out of this memory) may still come.
    expect(['98', '99', '100', '101', '102', '103'].map((o) => r.mustCheck(0, o))).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
    ])
    expect(['50', '51', '52', '53'].map((o) => r.mustCheck(1, o))).toEqual([true, true, true, false])
    // A failed insert makes the partition's next records suspect again.
    expect(r.mustCheck(1, '60')).toBe(false)
    r.distrust(1)
    expect(['60', '61', '62', '63'].map((o) => r.mustCheck(1, o))).toEqual([true, true, true, false])
    // A new rebalance: unknown again until its end offsets come; a partition still held keeps
    // its memory and needs no extra checks after the end offset.
    r.reassigned([1])
    expect(r.mustCheck(1, '63')).toBe(true)
    r.assigned(new Map([[1, '70']]))
    expect(['69', '70'].map((o) => r.mustCheck(1, o))).toEqual([true, false])
  })

  it('remembers a bounded window per partition and forgets partitions no longer held', () => {
    const r = createRecentIdentities({ windowPerPartition: 3, resumeCheckRecords: 0 })
    r.reassigned([0, 1, 2])
    r.remember(0, ['a', 'b', 'c', 'd'])
    expect(['a', 'b', 'c', 'd'].map((id) => r.mayHave(0, id))).toEqual([false, true, true, true])
    expect(r.mayHave(1, 'b')).toBe(false)
    for (let i = 0; i < 100; i++) r.remember(0, [`x${i}`])
    expect(r.size()).toBe(3)
    r.remember(2, ['z'])
    r.reassigned([2])
    expect(r.mayHave(0, 'x99')).toBe(false)
    expect(r.mayHave(2, 'z')).toBe(true)
  })

  it('keeps a full window of 600,000 identities off the JS heap (as strings in Sets: 74-144 MB, marked by every major GC)', () => {
    setFlagsFromString('--expose-gc')
    const gc = runInNewContext('gc') as () => void
    gc()
    const before = process.memoryUsage().heapUsed
    const r = createRecentIdentities({ windowPerPartition: 200_000, resumeCheckRecords: 0 })
    for (let i = 0; i < 700_000; i++) r.remember(i % 3, [`x:lt-${1765000000000 + i}-${i}\u0000create`])
    gc()
    const grewMb = (process.memoryUsage().heapUsed - before) / 2 ** 20
    expect(r.size()).toBe(600_000)
    expect(grewMb).toBeLessThan(8)
  })
})
