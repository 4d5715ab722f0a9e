import type { FactsRow, WordTable } from './perf/word-table.js'

/**
 * One pass over a post's words for every intent cue list (intent-words.ts's CueList and
 * intent-list-index.ts's ListIndex): the rules ask 15–20 lists of each post, and each list
 * used to look every word up in its own map. Here every list's entries share one map, a
 * post's words are looked up once, and each list's first cue is kept until other words come.
 *
 * Per list, the answer is the one its own scan gave: the first word that starts one of its
 * cues, with the longest of that word's cues that the following words complete.
 */

/** Also what an enricher's word table holds in `WordFacts.cues` once `register` put it there. */
interface Candidate {
  list: number
  rest: readonly string[]
  /** The cue as it reads in the post (the words joined by one space). */
  phrase: string
}

export class WordPass {
  private readonly byFirst = new Map<string, Candidate[]>()
  private count = 0
  /** Per list: the pass (generation) that found its cue, the cue and the word it starts at. */
  private stamp: Int32Array = new Int32Array(64)
  private found: (string | null)[] = []
  private at: Int32Array = new Int32Array(64)
  private gen = 0
  private lastWords: readonly string[] | null = null
  /** Tables this pass registered in: their generation then, and how many lists it had. */
  private readonly tables = new WeakMap<WordTable, { gen: number; lists: number }>()

  /**
   * A list's entries (first word → the rest of each cue, longest first, as CueList keeps
   * them); returns the list's number for `first`.
   */
  addList(entries: Iterable<[string, readonly (readonly string[])[]]>): number {
    const list = this.count++
    if (list >= this.stamp.length) {
      const grow = (a: Int32Array): Int32Array => {
        const b = new Int32Array(a.length * 2)
        b.set(a)
        return b
      }
      this.stamp = grow(this.stamp)
      this.at = grow(this.at)
    }
    this.found.push(null)
    for (const [first, rests] of entries) {
      const all = this.byFirst.get(first) ?? []
      for (const rest of rests) {
        all.push({ list, rest, phrase: rest.length === 0 ? first : `${first} ${rest.join(' ')}` })
      }
      // Longest first within each list (a stable sort keeps each list's own order).
      all.sort((a, b) => b.rest.length - a.rest.length)
      this.byFirst.set(first, all)
    }
    // A list added after a pass is not in it.
    this.lastWords = null
    return list
  }

  /**
   * The first cue of `list` in `words`, or null; `atStart`: only a cue starting at the first
   * word. `words` must not change after it is first read (tokenize's lists never do).
   */
  first(list: number, words: readonly string[], atStart = false, row?: FactsRow): string | null {
    if (words !== this.lastWords) this.read(words, row)
    if (this.stamp[list] !== this.gen) return null
    return atStart && this.at[list] !== 0 ? null : this.found[list]!
  }

  /**
   * Put every list's cue openers in an enricher's word table (the only user of its `cues`
   * slot), so that a post's row hands them over without a look-up here. A list added later
   * is not in the table: rows of it are then not used (the map answers).
   */
  register(table: WordTable): void {
    for (const [first, cands] of this.byFirst) table.entry(first).cues = cands
    this.tables.set(table, { gen: table.registered(), lists: this.count })
  }

  /** The row's candidates when it was read from a table holding every list, else null. */
  private rowFacts(row: FactsRow | undefined): FactsRow['facts'] | null {
    if (row === undefined) return null
    const t = this.tables.get(row.table)
    return t !== undefined && t.lists === this.count && row.gen >= t.gen ? row.facts : null
  }

  private read(words: readonly string[], row?: FactsRow): void {
    // A stamp is an Int32: start again before the generation would wrap round.
    if (this.gen === 0x7fffffff) {
      this.stamp.fill(0)
      this.gen = 0
    }
    const gen = ++this.gen
    const { stamp, found, at } = this
    const facts = this.rowFacts(row)
    for (let i = 0; i < words.length; i++) {
      // The table's cues are this pass's candidates (register), typed there without `phrase`.
      const cands =
        facts !== null
          ? (facts[i]?.cues as readonly Candidate[] | null | undefined)
          : this.byFirst.get(words[i]!)
      if (cands === undefined || cands === null) continue
      for (let c = 0; c < cands.length; c++) {
        const { list, rest } = cands[c]!
        if (stamp[list] === gen) continue
        let ok = true
        for (let k = 0; k < rest.length; k++) {
          if (words[i + 1 + k] !== rest[k]) {
            ok = false
            break
          }
        }
        if (!ok) continue
        stamp[list] = gen
        found[list] = cands[c]!.phrase
        at[list] = i
      }
    }
    this.lastWords = words
  }
}

/** The one pass all intent lists share (they are built once per process). */
export const wordPass = new WordPass()
