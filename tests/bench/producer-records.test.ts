import { murmur2Partition } from '@vigil/schema'
import { Partitioners } from 'kafkajs'
import { describe, expect, it } from 'vitest'
import { rawStream } from '../../bench/load/lib/mentions.mjs'
import {
  byteSplicer,
  joinPieces,
  mentionAt,
  quotedTime,
  templatePieces,
} from '../../bench/load/lib/producer-records.mjs'

// The load producer sends spliced bytes instead of serialising each mention: what the enricher
// reads must be the very JSON a plain producer would have sent, for every template of its pool.
const pool = [...rawStream(20_000)].flat()

describe('the load producer records', () => {
  it('splices the same bytes as JSON.stringify for every template of the pool', () => {
    const iso = '2026-12-07T20:01:02.345Z'
    const isoJson = quotedTime(iso)
    let differing = 0
    for (const [i, tmpl] of pool.entries()) {
      const id = `${tmpl.platform}:lt-1796673662345-${i}`
      const expected = JSON.stringify(mentionAt(tmpl, id, iso))
      const pieces = templatePieces(tmpl)
      if (joinPieces(pieces, id, iso) !== expected) differing++
      if (!byteSplicer(pieces)(id, isoJson).equals(Buffer.from(expected, 'utf8'))) differing++
    }
    expect(pool.length).toBe(20_000)
    expect(differing).toBe(0)
  })

  it('escapes an id that JSON must escape and keeps non-ASCII bytes whole', () => {
    const tmpl = { ...pool[0]!, text: 'Überweisung fehlt 😡 — "immer noch"\n退款' }
    const id = 'x:lt-"quoted"\\ü-1'
    const iso = '2026-12-07T20:01:02.345Z'
    const spliced = byteSplicer(templatePieces(tmpl))(id, quotedTime(iso))
    expect(JSON.parse(spliced.toString('utf8'))).toEqual(mentionAt(tmpl, id, iso))
  })

  it('gives each record the partition KafkaJS would give its id', () => {
    const kafkajs = Partitioners.DefaultPartitioner()
    const partitionMetadata = [0, 1, 2].map((partitionId) => ({ partitionId, leader: 0 }))
    const moved = pool.slice(0, 2_000).filter((tmpl, i) => {
      const key = `${tmpl.platform}:lt-1796673662345-${i}`
      return (
        murmur2Partition(key, 3) !== kafkajs({ topic: 't', partitionMetadata, message: { key } } as never)
      )
    })
    expect(moved).toEqual([])
  })
})
