/**
 * Several named cue lists in one index (intent-second-look.ts, intent-resolution.ts): a post's
 * words are looked up once (one map look-up a word, as intent-words.ts's CueIndex does for the
 * main lists), and Chinese and Arabic entries are one alternation, run only on text in those
 * scripts. Per list, the first cue found.
 */
import { readFileSync } from 'node:fs'
import { substringPass, wholeCodePoints } from './intent-substring-pass.js'
import { wordPass } from './intent-word-pass.js'
import { foldText, tokenize } from './text.js'

const NON_LATIN_RE = /[\u0600-\u06FF\u3400-\u9FFF]/

export class ListIndex<N extends string> {
  /** Each list's number in the shared word pass (intent-word-pass.ts). */
  private readonly pass: number[] = []
  private readonly slot: ReadonlyMap<N, number>
  /** Entries in scripts without spaces: a group of the shared substring pass, or (an entry that is not whole code points) one alternation. */
  private readonly substr: number | RegExp | null
  private readonly substrLists = new Map<string, number[]>()

  constructor(
    private readonly names: readonly N[],
    file: Record<N, string[]>,
  ) {
    const other: string[] = []
    this.slot = new Map(names.map((name, list) => [name, list]))
    names.forEach((name, list) => {
      const byFirst = new Map<string, string[][]>()
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
        const all = byFirst.get(words[0]!) ?? []
        all.push(words.slice(1))
        all.sort((x, y) => y.length - x.length)
        byFirst.set(words[0]!, all)
      }
      this.pass.push(wordPass.addList(byFirst))
    })
    other.sort((x, y) => y.length - x.length)
    if (other.length === 0) this.substr = null
    else if (other.every(wholeCodePoints)) this.substr = substringPass.addGroup(other)
    else this.substr = new RegExp(other.map((e) => e.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gu')
  }

  /** The first cue of each list in one post. */
  scan(words: readonly string[], folded: string): ListHits<N> {
    const hits: (string | null)[] = new Array(this.names.length)
    for (let l = 0; l < hits.length; l++) hits[l] = wordPass.first(this.pass[l]!, words)
    if (this.substr !== null && NON_LATIN_RE.test(folded)) {
      const found =
        typeof this.substr === 'number'
          ? substringPass.matches(this.substr, folded)
          : Array.from(folded.matchAll(this.substr), (m) => m[0])
      for (const f of found) {
        for (const list of this.substrLists.get(f) ?? []) if (hits[list] === null) hits[list] = f
      }
    }
    return new ListHits(this.slot, hits)
  }
}

/** The first cue of each list in one post (null when none). */
export class ListHits<N extends string> {
  constructor(
    private readonly slot: ReadonlyMap<N, number>,
    private readonly found: (string | null)[],
  ) {}
  get(name: N): string | null {
    return this.found[this.slot.get(name)!] ?? null
  }
}

/** A JSON file of named lists (`names` must all be in it) as one index. */
export function loadListIndex<N extends string>(names: readonly N[], file: URL): ListIndex<N> {
  return new ListIndex(names, JSON.parse(readFileSync(file, 'utf8')) as Record<N, string[]>)
}
