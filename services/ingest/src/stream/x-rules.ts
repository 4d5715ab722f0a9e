import type { BrandConfig } from '@vigil/config'

/** X's limit on one filtered-stream rule (Pro and below); Enterprise allows 2048. */
export const DEFAULT_RULE_CHARS = 512
export const RULE_TAG_PREFIX = 'vigil:'

export interface StreamRule {
  value: string
  tag: string
}

/** A term as X's rule syntax wants it: quoted when it holds spaces or punctuation. */
function term(s: string): string | undefined {
  const t = s.trim().replace(/"/g, '')
  if (t === '') return undefined
  if (/^[@#$][\p{L}\p{N}_]+$/u.test(t)) return t
  return /^[\p{L}\p{N}_]+$/u.test(t) ? t : `"${t}"`
}

/**
 * Filtered-stream rules for the brands: names and aliases in every script, case-sensitive
 * acronyms, handles (mentions of and posts by), hashtags and cashtags, each brand's exclusions
 * appended. Ambiguous aliases ("Crest") only count beside a banking word. Terms are split over
 * as many rules as the length limit needs, each tagged `vigil:<brand>:<n>`.
 */
export function buildRules(brands: readonly BrandConfig[], maxChars = DEFAULT_RULE_CHARS): StreamRule[] {
  const rules: StreamRule[] = []
  for (const b of brands) {
    const handles = b.handles.map((h) => h.replace(/^@/, ''))
    const terms = [
      ...b.aliases,
      ...b.caseSensitiveAliases,
      ...handles.map((h) => `@${h}`),
      ...handles.map((h) => `from:${h}`),
      ...b.hashtags,
      ...b.cashtags,
    ]
      .map((t) => (t.startsWith('from:') ? t : term(t)))
      .filter((t): t is string => !!t)
    for (const a of b.ambiguousAliases) {
      const t = term(a)
      if (t) terms.push(`(${t} (bank OR app OR card OR account OR banking))`)
    }
    const unique = [...new Set(terms)]
    const excl = b.exclusions
      .map(term)
      .filter((t): t is string => !!t)
      .map((t) => `-${t}`)
      .join(' ')
    const suffix = excl ? ` ${excl}` : ''
    let group: string[] = []
    const flush = () => {
      if (group.length === 0) return
      rules.push({
        value: `(${group.join(' OR ')})${suffix}`,
        tag: `${RULE_TAG_PREFIX}${b.id}:${rules.filter((r) => r.tag.startsWith(`${RULE_TAG_PREFIX}${b.id}:`)).length + 1}`,
      })
      group = []
    }
    for (const t of unique) {
      const next = `(${[...group, t].join(' OR ')})${suffix}`
      if (next.length > maxChars && group.length > 0) flush()
      if (`(${t})${suffix}`.length > maxChars) continue
      group.push(t)
    }
    flush()
  }
  return rules
}

export interface RuleDiff {
  add: StreamRule[]
  deleteIds: string[]
}

/** What to add and delete so the stream's rules are ours; rules not tagged by Vigil are left alone. */
export function diffRules(
  existing: Array<{ id: string; value: string; tag?: string }>,
  desired: StreamRule[],
): RuleDiff {
  const want = new Set(desired.map((r) => r.value))
  const have = new Set(existing.map((r) => r.value))
  return {
    add: desired.filter((r) => !have.has(r.value)),
    deleteIds: existing
      .filter((r) => r.tag?.startsWith(RULE_TAG_PREFIX) && !want.has(r.value))
      .map((r) => r.id),
  }
}
