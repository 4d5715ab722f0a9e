/**
 * Chinese lexicon entries found without word boundaries: an index per lexicon of which
 * characters start an entry and which entry lengths follow, then a scan that takes the longest
 * entry at each position, flipped by a negator and raised by an intensifier just before it.
 */
import { add, type LexiconScore } from './hits.js'
import type { Lexicon } from './lexicon.js'

const HAN_RE = /[\u3400-\u9FFF]/
const ZH_NEGATORS = '不没别未无非莫'
const ZH_INTENSIFIERS = '很太非常超特别真好'
const unitsOf = (chars: string): ReadonlySet<number> => new Set([...chars].map((ch) => ch.charCodeAt(0)))
const ZH_NEGATOR_UNITS = unitsOf(ZH_NEGATORS)
const ZH_INTENSIFIER_UNITS = unitsOf(ZH_INTENSIFIERS)

/** A Chinese entry of two or more code units, as the scan finds it. */
interface HanEntry {
  key: string
  weight: number
  domain: boolean
}

/** A lexicon's Chinese entries indexed by code unit, so that scoring a character makes no string. */
interface HanIndex {
  /**
   * A bit per code unit that starts an entry or is one: an 8 KB filter that stays in the CPU
   * caches, read before the 64K-entry tables below (their look-ups missed the caches, and
   * most characters of a post start no entry).
   */
  starts: Int32Array
  /** Lengths (two or more, longest first) of the entries that start with each code unit. */
  longer: (readonly number[] | undefined)[]
  /** 1 at hanPairKey of the first two code units of every such entry: a 0 rules them all out. */
  pairs: Uint8Array
  /** Weight of the one-character entry of each code unit, or NaN. */
  single: Float64Array
  /** Entries of two or more units by hanHashStep over their units (a small integer key). */
  entries: Map<number, HanEntry[]>
  /** Scratch: hashes of a post's prefixes s[i..i + len) for len up to the longest entry. */
  prefix: Int32Array
}

/** A filter key, not an identity: a false positive costs only the map look-ups that follow. */
const hanPairKey = (c0: number, c1: number): number => (Math.imul(c0, 0x9e3779b1) ^ c1) & 0xffff

/** Step of a polynomial hash over code units; masked to 30 bits so the map's keys stay small integers. */
const hanHashStep = (h: number, c: number): number => (Math.imul(h, 0x01000193) ^ c) & 0x3fffffff

const hanIndexes = new WeakMap<Lexicon, HanIndex>()

/**
 * Built once per lexicon. Most characters of a Chinese post start some entry of the
 * translated list; before this index each one cost a map probe of its code unit, a probe of
 * a set of pair keys beyond the small-integer range (a heap number each), and a
 * one-character string made and hashed for the map of entries. Longer entries are found by a
 * hash of the post's code units, checked unit by unit: no candidate substring is cut.
 */
export function hanIndex(lex: Lexicon): HanIndex {
  let idx = hanIndexes.get(lex)
  if (idx === undefined) {
    idx = {
      starts: new Int32Array(0x10000 >>> 5),
      longer: new Array<readonly number[] | undefined>(0x10000).fill(undefined),
      pairs: new Uint8Array(0x10000),
      single: new Float64Array(0x10000).fill(Number.NaN),
      entries: new Map(),
      prefix: new Int32Array(lex.hanMaxLen + 1),
    }
    for (const [k, w] of lex.han) {
      const c0 = k.charCodeAt(0)
      idx.starts[c0 >>> 5] = idx.starts[c0 >>> 5]! | (1 << (c0 & 31))
      if (k.length === 1) {
        idx.single[k.charCodeAt(0)] = w
        continue
      }
      idx.pairs[hanPairKey(k.charCodeAt(0), k.charCodeAt(1))] = 1
      let h = 0
      for (let j = 0; j < k.length; j++) h = hanHashStep(h, k.charCodeAt(j))
      const bucket = idx.entries.get(h)
      const e = { key: k, weight: w, domain: lex.hanDomain.has(k) }
      if (bucket === undefined) idx.entries.set(h, [e])
      else bucket.push(e)
    }
    for (const [c, lengths] of lex.hanFirst) {
      const longer = lengths.filter((len) => len > 1)
      if (longer.length > 0) idx.longer[c] = longer
    }
    hanIndexes.set(lex, idx)
  }
  return idx
}

/** The entry spelled by `s[i..i + len)`, given the hash of those units, or undefined. */
function hanEntryAt(
  entries: Map<number, HanEntry[]>,
  s: string,
  i: number,
  len: number,
  h: number,
): HanEntry | undefined {
  const bucket = entries.get(h)
  if (bucket === undefined) return undefined
  for (const e of bucket) {
    const k = e.key
    if (k.length !== len) continue
    let j = 0
    while (j < len && k.charCodeAt(j) === s.charCodeAt(i + j)) j++
    if (j === len) return e
  }
  return undefined
}

export function scoreHan(folded: string, lex: Lexicon, acc: LexiconScore): void {
  if (lex.hanMaxLen === 0 || !HAN_RE.test(folded)) return
  const n = Math.min(folded.length, 4000)
  const { starts, longer, pairs, single, entries, prefix } = hanIndex(lex)
  for (let i = 0; i < n; ) {
    const c = folded.charCodeAt(i)
    if ((starts[c >>> 5]! & (1 << (c & 31))) === 0) {
      i++
      continue
    }
    // The longest entry that starts here wins: entries of two or more characters first, and
    // only when the first two characters may start one.
    const lengths = longer[c]
    let found: HanEntry | undefined
    if (lengths !== undefined && i + 1 < n && pairs[hanPairKey(c, folded.charCodeAt(i + 1))] === 1) {
      // Hashes of the prefixes s[i..i + len) for every length the entries need, in one pass.
      const upTo = Math.min(lengths[0]!, n - i)
      let h = 0
      for (let j = 0; j < upTo; j++) {
        h = hanHashStep(h, folded.charCodeAt(i + j))
        prefix[j + 1] = h
      }
      for (const len of lengths) {
        if (len > n - i) continue
        found = hanEntryAt(entries, folded, i, len, prefix[len]!)
        if (found !== undefined) break
      }
    }
    let key: string
    let w: number
    let domain: boolean
    if (found !== undefined) {
      key = found.key
      w = found.weight
      domain = found.domain
    } else {
      w = single[c]!
      if (Number.isNaN(w)) {
        i++
        continue
      }
      key = folded[i]!
      domain = lex.hanDomain.size > 0 && lex.hanDomain.has(key)
    }
    let weight = w
    // Code units, not one-character strings: the words of both lists are single BMP units.
    const p1 = i >= 1 ? folded.charCodeAt(i - 1) : -1
    const p2 = i >= 2 ? folded.charCodeAt(i - 2) : -1
    if (ZH_NEGATOR_UNITS.has(p1) || ZH_NEGATOR_UNITS.has(p2)) weight = -weight * 0.7
    if (ZH_INTENSIFIER_UNITS.has(p1)) weight *= 1.4
    add(acc, weight, key, domain)
    i += key.length
  }
}
