/**
 * Several named cue lists in one index (intent-second-look.ts, intent-resolution.ts): a post's
 * words are looked up once (one map look-up a word, as intent-words.ts's CueIndex does for the
 * main lists), and Chinese and Arabic entries are one alternation, run only on text in those
 * scripts. Per list, the first cue found.
 */
import { readFileSync } from 'node:fs'
import { phraseAt } from './intent-words.js'
import { foldText, tokenize } from './text.js'

const NON_LATIN_RE = /[\u0600-\u06FF\u3400-\u9FFF]/

export class ListIndex<N extends string> {
  private readonly byFirst = new Map<string, { list: number; rest: string[] }[]>()
  private readonly substr: RegExp | null
  private readonly substrLists = new Map<string, number[]>()

  constructor(
    private readonly names: readonly N[],
    file: Record<N, string[]>,
  ) {
    const other: string[] = []
    names.forEach((name, list) => {
      for (const entry of file[name]) {
        if (!/[a-z0-9]/.test(entry)) {
          const f = foldText(entry)
          const lists = this.substrLists.get(f) ?? []
          if (lists.length === 0) other.push(f)
          if (!lists.includes(list)) lists.push(list)
          this.substrLists.set(f, lists)
          continue
        }
        const words = tokenize(foldText(entry)).words
        if (words.length === 0) continue
        const all = this.byFirst.get(words[0]!) ?? []
        all.push({ list, rest: words.slice(1) })
        all.sort((x, y) => y.rest.length - x.rest.length)
        this.byFirst.set(words[0]!, all)
      }
    })
    const alts = other
      .sort((x, y) => y.length - x.length)
      .map((e) => e.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    this.substr = alts.length > 0 ? new RegExp(alts.join('|'), 'gu') : null
  }

  /** The first cue of each list in one post. */
  scan(words: readonly string[], folded: string): ListHits<N> {
    const hits: (string | null)[] = new Array(this.names.length).fill(null)
    for (let i = 0; i < words.length; i++) {
      const cands = this.byFirst.get(words[i]!)
      if (cands === undefined) continue
      for (const { list, rest } of cands) {
        if (hits[list] !== null) continue
        hits[list] = phraseAt(words, i, rest)
      }
    }
    if (this.substr !== null && NON_LATIN_RE.test(folded)) {
      for (const m of folded.matchAll(this.substr)) {
        for (const list of this.substrLists.get(m[0]) ?? []) if (hits[list] === null) hits[list] = m[0]
      }
    }
    return new ListHits(this.names, hits)
  }
}

/** The first cue of each list in one post (null when none). */
export class ListHits<N extends string> {
  constructor(
    private readonly names: readonly N[],
    private readonly found: (string | null)[],
  ) {}
  get(name: N): string | null {
    return this.found[this.names.indexOf(name)] ?? null
  }
}

/** A JSON file of named lists (`names` must all be in it) as one index. */
export function loadListIndex<N extends string>(names: readonly N[], file: URL): ListIndex<N> {
  return new ListIndex(names, JSON.parse(readFileSync(file, 'utf8')) as Record<N, string[]>)
}
