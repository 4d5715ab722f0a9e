/**
 * ClickHouse DateTime64 text is `YYYY-MM-DD hh:mm:ss.sss` (UTC here, by column type). Convert
 * explicitly rather than relying on `best_effort` parsing, which differs between settings.
 */
export function toChTime(iso: string | Date): string {
  const d = typeof iso === 'string' ? new Date(iso) : iso
  if (Number.isNaN(d.getTime())) throw new RangeError(`not a timestamp: ${String(iso)}`)
  return d.toISOString().replace('T', ' ').replace('Z', '')
}

/** Back from ClickHouse text (UTC, no zone) to ISO-8601. */
export function fromChTime(ch: string): string {
  return new Date(`${ch.replace(' ', 'T')}Z`).toISOString()
}
