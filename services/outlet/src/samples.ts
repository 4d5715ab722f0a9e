/**
 * An incident's sample posts, read through the api (the only door into the store): the text
 * as stored (masked by the enricher), the most followed author first. The api may be behind
 * or away; the message then goes without samples rather than late.
 */
import type { SamplePost } from './message.js'

export interface SampleSource {
  samples(mentionIds: string[]): Promise<SamplePost[]>
  /** The incident's status as the api knows it now, null when unknown (for escalation checks). */
  status(alertId: string): Promise<string | null>
}

interface Row {
  id?: string
  platform?: string
  author_handle?: string
  author_followers?: number
  text?: string
  url?: string
  created_at?: string
}

export function apiSampleSource(apiUrl: string, token: string | undefined, timeoutMs = 3_000): SampleSource {
  const base = apiUrl.replace(/\/$/, '')
  const get = async (path: string): Promise<unknown> => {
    const res = await fetch(`${base}${path}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
      signal: AbortSignal.timeout(timeoutMs),
    })
    if (!res.ok) throw new Error(`api ${path}: HTTP ${res.status}`)
    return res.json()
  }
  return {
    async samples(mentionIds) {
      if (mentionIds.length === 0) return []
      const ids = mentionIds.slice(0, 20).map(encodeURIComponent).join(',')
      const body = (await get(`/api/mentions/by-id?ids=${ids}`)) as { mentions?: Row[] }
      return (body.mentions ?? []).slice(0, 5).map((r) => ({
        id: String(r.id ?? ''),
        platform: String(r.platform ?? ''),
        author: String(r.author_handle ?? ''),
        followers: Number(r.author_followers ?? 0),
        text: String(r.text ?? ''),
        url: String(r.url ?? ''),
        createdAt: String(r.created_at ?? ''),
      }))
    },
    async status(alertId) {
      const body = (await get(`/api/alerts/${encodeURIComponent(alertId)}`)) as {
        alert?: { status?: string }
      }
      return body.alert?.status ?? null
    },
  }
}
