/**
 * ClickHouse error codes that mean "these row values cannot be stored" (a number that does not
 * parse into its column, a value out of range, a string too large), as opposed to a missing
 * table, a bad query or a network fault. Only these are blamed on the rows.
 */
const ROW_DATA_CODES = new Set([
  '6', // CANNOT_PARSE_TEXT
  '26', // CANNOT_PARSE_QUOTED_STRING
  '27', // CANNOT_PARSE_INPUT_ASSERTION_FAILED
  '38', // CANNOT_PARSE_DATE
  '41', // CANNOT_PARSE_DATETIME
  '53', // TYPE_MISMATCH
  '69', // ARGUMENT_OUT_OF_BOUND
  '70', // CANNOT_CONVERT_TYPE
  '72', // CANNOT_PARSE_NUMBER
  '117', // INCORRECT_DATA
  '131', // TOO_LARGE_STRING_SIZE
  '321', // VALUE_IS_OUT_OF_RANGE_OF_DATA_TYPE
  '349', // CANNOT_INSERT_NULL_IN_ORDINARY_COLUMN
])

export function isRowDataError(err: unknown): boolean {
  if (!(err instanceof Error)) return false
  const e = err as Error & { code?: unknown; clickhouseCode?: unknown }
  const code = e.clickhouseCode ?? e.code
  return (typeof code === 'string' || typeof code === 'number') && ROW_DATA_CODES.has(String(code))
}

/**
 * Insert `items` in one go; when ClickHouse refuses the data, bisect so that each unstorable
 * item reaches `onRejected` on its own and every good item beside it is still stored (a poison
 * record must not stall its partition, nor take its neighbours down). Any other error — the
 * network, a missing table, a bug — propagates for the consumer to retry or crash on.
 * Cost: one insert when all is well; about 2·k·log2(n) inserts for k bad items.
 */
export async function insertIsolating<T>(
  items: T[],
  insert: (xs: T[]) => Promise<void>,
  onRejected: (x: T, err: Error) => Promise<void>,
): Promise<void> {
  if (items.length === 0) return
  try {
    await insert(items)
  } catch (err) {
    if (!isRowDataError(err)) throw err
    if (items.length === 1) {
      await onRejected(items[0]!, err as Error)
      return
    }
    const mid = items.length >> 1
    await insertIsolating(items.slice(0, mid), insert, onRejected)
    await insertIsolating(items.slice(mid), insert, onRejected)
  }
}
