import { murmur2Partition } from '@vigil/schema'
import { Partitioners } from 'kafkajs'
import { describe, expect, it } from 'vitest'

// The enricher places brand keys itself (packages/schema placement.ts); a key outside its table
// must land where every other client (kafkajs, the Java client) would put it.
describe('murmur2Partition', () => {
  it('computes the same partition as kafkajs for keys outside the table', () => {
    const kafkajs = Partitioners.DefaultPartitioner()
    for (const key of [
      'northwind',
      'crest',
      'havenbank',
      'lotus',
      'alnoor',
      '_unbranded',
      'é中文',
      'abc',
      'abcd',
    ]) {
      for (const n of [1, 2, 3, 6, 12]) {
        const partitionMetadata = Array.from({ length: n }, (_, i) => ({ partitionId: i, leader: 0 }))
        expect(murmur2Partition(key, n)).toBe(
          kafkajs({ topic: 't', partitionMetadata, message: { key } } as never),
        )
      }
    }
  })
})
