import { randomBytes } from 'node:crypto'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'

// patches/kafkajs@2.2.4.patch computes the checksum, the varints and each record's buffer
// faster (load6e). These tests hold it to the protocol's bytes, computed here independently:
// they pass on the unpatched code too, and fail if the patch changes a byte on the wire.
const require = createRequire(import.meta.url)
const kafkajs = (path: string) => require(`kafkajs/src/protocol/${path}`)
const crc32C: (b: Buffer) => number = kafkajs('recordBatch/crc32C/index.js')
const Encoder = kafkajs('encoder.js')
const Record = kafkajs('recordBatch/record/v0/index.js')
const { RecordBatch } = kafkajs('recordBatch/v0/index.js')
const decodeBatch = kafkajs('recordBatch/v0/decoder.js')
const Decoder = kafkajs('decoder.js')

/** CRC-32C one bit at a time (reflected Castagnoli polynomial 0x82F63B78). */
function crc32CBitwise(b: Uint8Array): number {
  let crc = 0xffffffff
  for (const byte of b) {
    crc ^= byte
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0x82f63b78 : crc >>> 1
  }
  return (crc ^ 0xffffffff) >>> 0
}

/** Kafka's varlong: zigzag over 64 bits, then 7 bits a byte, lowest first. */
function varlong(v: bigint): number[] {
  let z = BigInt.asUintN(64, (v << 1n) ^ (v >> 63n))
  const out: number[] = []
  while (z >= 0x80n) {
    out.push(Number(z & 0x7fn) | 0x80)
    z >>= 7n
  }
  out.push(Number(z))
  return out
}

describe('kafkajs CRC-32C (patched: slicing by eight)', () => {
  it('gives the published CRC-32C check values', () => {
    expect(crc32C(Buffer.from('123456789'))).toBe(0xe3069283)
    // RFC 3720, B.4
    expect(crc32C(Buffer.alloc(32))).toBe(0x8a9136aa)
    expect(crc32C(Buffer.alloc(32, 0xff))).toBe(0x62a8ab43)
    expect(crc32C(Buffer.from(Array.from({ length: 32 }, (_, i) => i)))).toBe(0x46dd794e)
    expect(crc32C(Buffer.from(Array.from({ length: 32 }, (_, i) => 31 - i)))).toBe(0x113fdb5c)
  })

  it('equals the bitwise CRC-32C for every length 0–300 and any start within a buffer', () => {
    const pool = randomBytes(4096)
    for (let n = 0; n <= 300; n++) {
      const start = (n * 7) % 9
      const b = pool.subarray(start, start + n)
      expect(crc32C(b)).toBe(crc32CBitwise(b))
    }
    const big = randomBytes(100_003)
    expect(crc32C(big)).toBe(crc32CBitwise(big))
  })
})

describe('kafkajs varints (patched: written in place)', () => {
  const values = [0, 1, -1, 63, -64, 64, 300, -300, 2 ** 30 - 1, -(2 ** 30), 2 ** 30, -(2 ** 30) - 1]
  it('writes varlongs as the protocol defines them, small and large', () => {
    for (const v of [...values, 2 ** 31, -(2 ** 31), 2 ** 40, -(2 ** 40), 1_765_000_000_000]) {
      expect([...new Encoder().writeVarLong(v).buffer], String(v)).toEqual(varlong(BigInt(v)))
      expect(Encoder.sizeOfVarLong(v), String(v)).toBe(varlong(BigInt(v)).length)
    }
  })
  it('writes varints as the protocol defines them', () => {
    for (const v of values) {
      expect([...new Encoder().writeVarInt(v).buffer], String(v)).toEqual(varlong(BigInt(v)))
    }
  })
})

describe('kafkajs records (patched: one exact buffer each)', () => {
  const values: Array<string | Buffer | null> = [
    'a',
    JSON.stringify({ text: 'Northwind frozen my card 😡 — بنك 银行 café', n: 'x'.repeat(3000) }),
    Buffer.from('raw bytes'),
    null,
    '',
  ]

  it('lays out a record byte for byte: length, attributes, deltas, key, value, headers', () => {
    const value = 'ü'.repeat(300) // 600 bytes: more than the 512 an encoder used to start with
    const got = Record({
      offsetDelta: 3,
      timestampDelta: 70,
      key: 'crest',
      value,
      headers: { h: 'v' },
    }).buffer
    const body = [
      0,
      ...varlong(70n),
      ...varlong(3n),
      ...varlong(5n),
      ...Buffer.from('crest'),
      ...varlong(600n),
      ...Buffer.from(value),
      ...varlong(1n),
      ...varlong(1n),
      ...Buffer.from('h'),
      ...varlong(1n),
      ...Buffer.from('v'),
    ]
    expect([...got]).toEqual([...varlong(BigInt(body.length)), ...body])
  })

  it('reads back a batch of records with the CRC the bitwise code computes', async () => {
    const records = values.map((value, i) =>
      Record({ offsetDelta: i, timestampDelta: i * 1000, key: `k${i}`, value, headers: { n: String(i) } }),
    )
    const batch = await RecordBatch({ records, firstTimestamp: 1_765_000_000_000, lastOffsetDelta: 4 })
    const bytes: Buffer = batch.buffer
    // firstOffset 8, length 4, epoch 4, magic 1, then the CRC over everything after it
    expect(bytes.readUInt32BE(17)).toBe(crc32CBitwise(bytes.subarray(21)))
    const decoded = await decodeBatch(new Decoder(bytes))
    expect(decoded.records.map((r: { value: Buffer | null }) => r.value?.toString() ?? null)).toEqual(
      values.map((v) => (v === null ? null : v.toString())),
    )
    expect(decoded.records.map((r: { timestamp: string }) => r.timestamp)).toEqual(
      values.map((_, i) => String(1_765_000_000_000 + i * 1000)),
    )
    expect(decoded.records.map((r: { headers: { n: Buffer } }) => r.headers.n.toString())).toEqual(
      values.map((_, i) => String(i)),
    )
  })
})
