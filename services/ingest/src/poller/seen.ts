import { createHash } from 'node:crypto'
import type { Mention } from '@vigil/schema'

/**
 * The mentions a poller has already published, by id, with a short digest of the version
 * (event, time, text). A page that shows a mention again publishes nothing; one that shows it
 * changed publishes an edit; the oldest entries are forgotten beyond `cap`.
 */
export class Seen {
  private readonly map: Map<string, string>

  constructor(
    entries: Array<[string, string]> = [],
    private readonly cap = 5000,
  ) {
    this.map = new Map(entries)
  }

  static version(m: Mention): string {
    if (m.event === 'delete') return 'delete'
    return createHash('sha256')
      .update(m.text)
      .update('\n')
      .update(m.rating === null ? '' : String(m.rating))
      .digest('base64url')
      .slice(0, 12)
  }

  /** The mentions not published yet, a changed one turned into an edit. Does not record them. */
  fresh(mentions: Mention[]): Mention[] {
    const out: Mention[] = []
    const batch = new Map<string, string>()
    for (const m of mentions) {
      const v = Seen.version(m)
      const before = batch.get(m.id) ?? this.map.get(m.id)
      if (before === v) continue
      batch.set(m.id, v)
      out.push(before !== undefined && m.event === 'create' ? { ...m, event: 'edit' } : m)
    }
    return out
  }

  record(mentions: Mention[]): void {
    for (const m of mentions) {
      this.map.delete(m.id)
      this.map.set(m.id, Seen.version(m))
    }
    for (const k of this.map.keys()) {
      if (this.map.size <= this.cap) break
      this.map.delete(k)
    }
  }

  has(id: string): boolean {
    return this.map.has(id)
  }

  entries(): Array<[string, string]> {
    return [...this.map]
  }
}
