/**
 * One pass over a post's folded text for the Chinese and Arabic entries of every intent cue
 * list (entries in scripts without spaces, matched inside words): a trie of all of them walked
 * once from each position, instead of one large regex alternation per list (12–20 of them ran
 * on every Chinese or Arabic post).
 *
 * Each answer is the one the list's regex gave, matched the way irregexp matches an
 * alternation sorted longest first:
 *   - a CueList (intent-words.ts, `exec`): the leftmost position where one of its entries
 *     matches, with the longest entry there whose guard holds (a guarded Arabic entry must
 *     not be followed by an Arabic letter);
 *   - a ListIndex (intent-list-index.ts, `matchAll` over one alternation of all its lists):
 *     the matches do not overlap, each the longest entry at its position, the next one looked
 *     for where the last ended; a list's cue is its first entry among them.
 * Entries are whole code points (checked), so walking code units matches what the regexes'
 * `u` flag matches.
 */

interface Mark {
  /** A CueList's slot, or -1 for a ListIndex group's entry. */
  list: number
  guard: boolean
  /** A ListIndex group's number, or -1. */
  group: number
  entry: string
}

/** Children as two short parallel arrays (a linear search beats a Map at the few children below the first character). */
interface TrieNode {
  chars: number[]
  kids: TrieNode[]
  marks: Mark[] | null
}

function child(node: TrieNode, c: number): TrieNode | undefined {
  const chars = node.chars
  for (let i = 0; i < chars.length; i++) if (chars[i] === c) return node.kids[i]
  return undefined
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

/** True when `entry` can be matched by code units as a `u` regex matches it. */
export function wholeCodePoints(entry: string): boolean {
  return entry.length > 0 && !LONE_SURROGATE.test(entry)
}

const isArabicLetter = (c: number): boolean => c >= 0x0620 && c <= 0x064a

export class SubstringPass {
  /** The first level by code unit: thousands of first characters, one array read a position. */
  private readonly root: (TrieNode | undefined)[] = new Array<TrieNode | undefined>(65536).fill(undefined)
  private lists = 0
  private groups = 0
  private gen = 0
  private lastText: string | null = null
  // Per CueList slot: the pass that found it, the entry and where it starts.
  private stamp: Int32Array = new Int32Array(64)
  private at: Int32Array = new Int32Array(64)
  private found: (string | null)[] = []
  // Per ListIndex group: the entries found, in order, without overlaps.
  private groupHits: string[][] = []
  private groupFree: Int32Array = new Int32Array(16)
  private candLen: Int32Array = new Int32Array(0)
  private candAt: Int32Array = new Int32Array(0)
  private touched: Int32Array = new Int32Array(0)
  private candEntry: string[] = []

  /** A CueList's entries (`guarded`: those that must end where an Arabic word ends). */
  addList(entries: readonly string[], guarded: ReadonlySet<string>): number {
    const list = this.lists++
    if (list >= this.stamp.length) {
      this.stamp = grow(this.stamp)
      this.at = grow(this.at)
    }
    this.found.push(null)
    for (const e of entries) this.add(e, { list, guard: guarded.has(e), group: -1, entry: e })
    this.lastText = null
    return list
  }

  /** A ListIndex's entries (each once); returns the group's number. */
  addGroup(entries: readonly string[]): number {
    const group = this.groups++
    if (group >= this.groupFree.length) this.groupFree = grow(this.groupFree)
    this.groupHits.push([])
    for (const e of entries) this.add(e, { list: -1, guard: false, group, entry: e })
    this.lastText = null
    return group
  }

  /** The leftmost match of a CueList's entries in `text`: the entry, or null; `index()` after it. */
  first(list: number, text: string): string | null {
    if (text !== this.lastText) this.read(text)
    return this.stamp[list] === this.gen ? this.found[list]! : null
  }

  /** Where `first(list, text)` found its entry (call after it). */
  index(list: number): number {
    return this.at[list]!
  }

  /** A ListIndex group's non-overlapping matches in `text`, in order. */
  matches(group: number, text: string): readonly string[] {
    if (text !== this.lastText) this.read(text)
    return this.groupHits[group]!
  }

  private add(entry: string, mark: Mark): void {
    const c0 = entry.charCodeAt(0)
    let node = this.root[c0]
    if (node === undefined) {
      node = { chars: [], kids: [], marks: null }
      this.root[c0] = node
    }
    for (let i = 1; i < entry.length; i++) {
      const c = entry.charCodeAt(i)
      let next = child(node, c)
      if (next === undefined) {
        next = { chars: [], kids: [], marks: null }
        node.chars.push(c)
        node.kids.push(next)
      }
      node = next
    }
    node.marks ??= []
    node.marks.push(mark)
  }

  private read(text: string): void {
    if (this.gen === 0x7fffffff) {
      this.stamp.fill(0)
      this.gen = 0
    }
    const gen = ++this.gen
    const { stamp, at, found, groupFree, groupHits } = this
    for (let g = 0; g < this.groups; g++) {
      groupFree[g] = 0
      groupHits[g] = []
    }
    // Per position (scratch): the longest entry there of each list (key = slot) and group
    // (key = lists + group), and the keys touched at this position.
    const lists = this.lists
    const keys = lists + this.groups
    if (this.candLen.length < keys) {
      this.candLen = new Int32Array(keys * 2)
      this.candAt = new Int32Array(keys * 2).fill(-1)
      this.touched = new Int32Array(keys * 2)
      this.candEntry = new Array<string>(keys * 2).fill('')
    }
    const candLen = this.candLen
    const candAt = this.candAt
    const candEntry = this.candEntry
    const touched = this.touched
    candAt.fill(-1, 0, keys)
    const n = text.length
    for (let p = 0; p < n; p++) {
      let node = this.root[text.charCodeAt(p)]
      if (node === undefined) continue
      let count = 0
      let depth = 1
      while (node !== undefined) {
        const marks = node.marks
        if (marks !== null) {
          for (let k = 0; k < marks.length; k++) {
            const m = marks[k]!
            let key: number
            if (m.list >= 0) {
              if (stamp[m.list] === gen) continue
              if (m.guard && p + depth < n && isArabicLetter(text.charCodeAt(p + depth))) continue
              key = m.list
            } else if (p >= groupFree[m.group]!) key = lists + m.group
            else continue
            // Deeper is longer: a later mark of the same key at this position wins.
            if (candAt[key] !== p) {
              candAt[key] = p
              touched[count++] = key
            }
            candLen[key] = depth
            candEntry[key] = m.entry
          }
        }
        if (node.chars.length === 0 || p + depth >= n) break
        node = child(node, text.charCodeAt(p + depth))
        depth++
      }
      for (let t = 0; t < count; t++) {
        const key = touched[t]!
        if (key < lists) {
          stamp[key] = gen
          at[key] = p
          found[key] = candEntry[key]!
        } else {
          const g = key - lists
          groupHits[g]!.push(candEntry[key]!)
          groupFree[g] = p + candLen[key]!
        }
      }
    }
    this.lastText = text
  }
}

function grow(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2)
  b.set(a)
  return b
}

/** The one pass all intent lists share (they are built once per process). */
export const substringPass = new SubstringPass()
