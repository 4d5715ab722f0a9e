import type { Store } from '@vigil/store'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createTestStore } from '../../../tests/support/clickhouse.js'
import { insertIsolating, isRowDataError } from './isolate.js'

let store: Store
let table: string
beforeAll(async () => {
  store = await createTestStore()
  table = `\`${store.database}\`.probe`
  await store.client.command({
    query: `CREATE TABLE ${table} (id String, stars UInt8) ENGINE = MergeTree ORDER BY id`,
  })
})
afterAll(async () => {
  await store?.close()
})

type Row = { id: string; stars: unknown }
const insertInto = (t: string) => async (rows: Row[]) => {
  await store.client.insert({ table: t, values: rows, format: 'JSONEachRow' })
}

it('stores the good rows and hands each unstorable one over, on the real engine', async () => {
  const rows: Row[] = [
    { id: 'a', stars: 1 },
    { id: 'b', stars: 2.5 },
    { id: 'c', stars: 3 },
    { id: 'd', stars: 'many' },
    { id: 'e', stars: 5 },
  ]
  const refused: string[] = []
  let inserts = 0
  await insertIsolating(
    rows,
    async (xs) => {
      inserts += 1
      await insertInto(table)(xs)
    },
    async (x, err) => {
      expect(isRowDataError(err)).toBe(true)
      refused.push(x.id)
    },
  )
  expect(refused).toEqual(['b', 'd'])
  const rs = await store.client.query({ query: `SELECT id FROM ${table} ORDER BY id`, format: 'JSONEachRow' })
  expect((await rs.json<{ id: string }>()).map((r) => r.id)).toEqual(['a', 'c', 'e'])
  expect(inserts).toBeLessThan(rows.length * 2)
})

it('does not blame the rows for a missing table: the error propagates', async () => {
  const missing = `\`${store.database}\`.nope`
  const refused: Row[] = []
  await expect(
    insertIsolating([{ id: 'a', stars: 1 }], insertInto(missing), async (x) => {
      refused.push(x)
    }),
  ).rejects.toThrow(/nope/)
  expect(refused).toEqual([])
})
