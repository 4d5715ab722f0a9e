/** A record bound for mentions.raw: the bytes as received and the key to partition by. */
export interface RawRecord {
  key: string | null
  value: Buffer
}

/**
 * Raw records are keyed by mention id, so an edit or delete lands on the same partition as
 * the post it changes and stays in order with it. A line we cannot read still goes through
 * (unkeyed): the enricher is the one place that validates, and it dead-letters with a reason.
 */
export function toRawRecord(line: string | Buffer): RawRecord {
  const value = typeof line === 'string' ? Buffer.from(line, 'utf8') : line
  let key: string | null = null
  if (value.length <= 256 * 1024) {
    try {
      const parsed: unknown = JSON.parse(value.toString('utf8'))
      if (
        typeof parsed === 'object' &&
        parsed !== null &&
        typeof (parsed as { id?: unknown }).id === 'string'
      ) {
        key = (parsed as { id: string }).id.slice(0, 256)
      }
    } catch {
      // Not JSON: forwarded unkeyed and dead-lettered downstream with the parse error.
      key = null
    }
  }
  return { key, value }
}
