import type { Readable } from 'node:stream'
import { parse } from 'csv-parse'

const NUMERIC = new Set(['followers', 'likes', 'shares', 'replies', 'views', 'rating'])
const AUTHOR = new Set(['id', 'handle', 'followers', 'verified', 'isBrandAccount'])
const ENGAGEMENT = new Set(['likes', 'shares', 'replies', 'views'])

/** A CSV header as a Mention path: "author.handle", "author_handle", "likes", "engagement.likes". */
function path(header: string): string[] {
  const h = header.trim()
  if (h.includes('.')) return h.split('.')
  const m = /^(author|engagement)_(.+)$/.exec(h)
  if (m) return [m[1]!, m[2]!.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())]
  if (ENGAGEMENT.has(h)) return ['engagement', h]
  return [h]
}

function value(key: string, raw: string): unknown {
  if (raw === '') return undefined
  if (NUMERIC.has(key) && Number.isFinite(Number(raw))) return Number(raw)
  if (key === 'verified' || key === 'isBrandAccount') return raw === 'true' || raw === '1'
  return raw
}

/** One CSV row (header → cell) as a Mention-shaped object; validation happens downstream. */
export function rowToMention(row: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [header, raw] of Object.entries(row)) {
    const p = path(header)
    const key = p[p.length - 1]!
    const v = value(key, raw)
    if (v === undefined) continue
    if (p.length === 2 && (p[0] === 'author' || p[0] === 'engagement')) {
      if (p[0] === 'author' && !AUTHOR.has(key)) continue
      if (out[p[0]] === undefined) out[p[0]] = {}
      const sub = out[p[0]] as Record<string, unknown>
      sub[key] = v
    } else if (p.length === 1) out[key] = v
  }
  return out
}

/** Rows of a CSV export with a header line, as Mention-shaped objects, with their line numbers. */
export async function* csvMentions(
  input: Readable,
): AsyncGenerator<{ line: number; value: Record<string, unknown> }> {
  const parser = input.pipe(
    parse({ columns: true, bom: true, skip_empty_lines: true, relax_column_count: true, info: true }),
  )
  for await (const rec of parser as AsyncIterable<{
    record: Record<string, string>
    info: { lines: number }
  }>) {
    yield { line: rec.info.lines, value: rowToMention(rec.record) }
  }
}
