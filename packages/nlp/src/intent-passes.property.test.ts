import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { SubstringPass } from './intent-substring-pass.js'
import { WordPass } from './intent-word-pass.js'

// The shared passes must answer exactly as each list's own regex or word scan did (the
// enricher's output is byte-identical only if they do): checked here against those scans,
// written as they were, on texts built from the entries' own pieces so that matches overlap.

const escapeRe = (e: string): string => e.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const byLength = (a: string, b: string): number => b.length - a.length

/** CueList's alternation: the leftmost match, longest first, a guarded Arabic entry not before an Arabic letter. */
function listRegex(entries: string[], guarded: Set<string>): RegExp {
  const alts = [...entries]
    .sort(byLength)
    .map((e) => (guarded.has(e) ? `${escapeRe(e)}(?![\u0620-\u064a])` : escapeRe(e)))
  return new RegExp(alts.join('|'), 'u')
}

const PIECES = [
  '退',
  '款',
  '到账',
  '退款到账',
  '钱',
  'ال',
  'حساب',
  'حسابي',
  'لي',
  'ي',
  '🤡',
  '😂',
  ' ',
  'a',
  '\ud83d',
]
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((p) => p.join(''))

describe('the shared substring pass', () => {
  const lists = [
    { entries: ['退款到账', '到账', '钱'], guarded: new Set<string>() },
    { entries: ['حساب', 'حسابي', 'لي'], guarded: new Set(['لي', 'حساب']) },
    { entries: ['🤡', '款到', '退款'], guarded: new Set<string>() },
  ]
  const group = ['退款到账', '退款', '到账', '款到', 'لي', '🤡']
  const pass = new SubstringPass()
  const slots = lists.map((l) => pass.addList([...l.entries].sort(byLength), l.guarded))
  const g = pass.addGroup([...group].sort(byLength))
  const groupRe = new RegExp([...group].sort(byLength).map(escapeRe).join('|'), 'gu')

  it("finds each list's leftmost, longest guarded entry and each group's non-overlapping matches", () => {
    fc.assert(
      fc.property(text, (t) => {
        lists.forEach((l, k) => {
          const m = listRegex(l.entries, l.guarded).exec(t)
          expect(pass.first(slots[k]!, t), t).toBe(m === null ? null : m[0])
          if (m !== null) expect(pass.index(slots[k]!), t).toBe(m.index)
        })
        expect(pass.matches(g, t), t).toEqual(Array.from(t.matchAll(groupRe), (m) => m[0]))
      }),
      { numRuns: 2000 },
    )
  })

  it('only takes entries of whole code points', async () => {
    const { wholeCodePoints } = await import('./intent-substring-pass.js')
    expect(wholeCodePoints('🤡')).toBe(true)
    expect(wholeCodePoints('\ud83d')).toBe(false)
    expect(wholeCodePoints('')).toBe(false)
  })
})

describe('the shared word pass', () => {
  /** A list's own scan: the first word starting one of its cues, the longest such cue there. */
  function scan(byFirst: Map<string, string[][]>, words: string[], atStart: boolean): string | null {
    for (let i = 0; i < (atStart ? Math.min(1, words.length) : words.length); i++) {
      for (const rest of byFirst.get(words[i]!) ?? []) {
        if (rest.every((w, k) => words[i + 1 + k] === w)) return [words[i], ...rest].join(' ')
      }
    }
    return null
  }
  const cue = (phrases: string[]): Map<string, string[][]> => {
    const m = new Map<string, string[][]>()
    for (const p of phrases) {
      const [first, ...rest] = p.split(' ')
      m.set(
        first!,
        [...(m.get(first!) ?? []), rest].sort((a, b) => b.length - a.length),
      )
    }
    return m
  }
  const lists = [
    cue(['charged twice', 'charged', 'no refund']),
    cue(['no', 'no refund yet', 'refund']),
    cue(['twice charged', 'yet']),
  ]
  const pass = new WordPass()
  const slots = lists.map((l) => pass.addList(l))
  const words = fc.array(fc.constantFrom('charged', 'twice', 'no', 'refund', 'yet', 'ok'), { maxLength: 10 })

  it("answers as each list's own scan, also for a list added after a post was read", () => {
    fc.assert(
      fc.property(words, fc.boolean(), (w, atStart) => {
        lists.forEach((l, k) => {
          expect(pass.first(slots[k]!, w, atStart), w.join(' ')).toBe(scan(l, w, atStart))
        })
      }),
      { numRuns: 1000 },
    )
    const seen = ['no', 'refund', 'yet']
    expect(pass.first(slots[1]!, seen)).toBe('no refund yet')
    const late = cue(['refund yet'])
    const slot = pass.addList(late)
    expect(pass.first(slot, seen)).toBe('refund yet')
  })
})
