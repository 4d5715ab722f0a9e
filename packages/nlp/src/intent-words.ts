/**
 * Cue lists for intent (data/intent-cues.json, hand-written): complaint problems, abuse,
 * spam, praise and question openers, matched on the shared word list.
 */
import { readFileSync } from 'node:fs'
import { foldText, tokenize } from './text.js'

interface CueFile {
  problem: string[]
  abuse: string[]
  spam: string[]
  praise: string[]
  questionStart: string[]
}

const CUES = JSON.parse(readFileSync(new URL('../data/intent-cues.json', import.meta.url), 'utf8')) as CueFile

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * Cue phrases matched on the post's word list (shared tokenisation, no regex per post);
 * entries in scripts without spaces or with attached clitics (Chinese, Arabic) match as
 * substrings of the folded text, only when the text has non-Latin letters.
 */
export class CueList {
  private readonly byFirst = new Map<string, string[][]>()
  private readonly substr: RegExp | null

  constructor(list: string[]) {
    const other: string[] = []
    for (const entry of list) {
      if (!/[a-z0-9]/.test(entry)) {
        other.push(entry)
        continue
      }
      const words = tokenize(foldText(entry)).words
      if (words.length === 0) continue
      const rest = this.byFirst.get(words[0]!) ?? []
      rest.push(words.slice(1))
      rest.sort((a, b) => b.length - a.length)
      this.byFirst.set(words[0]!, rest)
    }
    const alts = other.map((e) => escapeRe(foldText(e))).sort((a, b) => b.length - a.length)
    this.substr = alts.length > 0 ? new RegExp(alts.join('|'), 'u') : null
  }

  /** The first cue found, or null. `atStart` only looks at the first word (question openers). */
  find(words: readonly string[], folded: string, atStart = false): string | null {
    const end = atStart ? Math.min(words.length, 1) : words.length
    for (let i = 0; i < end; i++) {
      const rests = this.byFirst.get(words[i]!)
      if (rests === undefined) continue
      for (const r of rests) {
        let ok = true
        for (let k = 0; k < r.length; k++) {
          if (words[i + 1 + k] !== r[k]) {
            ok = false
            break
          }
        }
        if (ok) return r.length === 0 ? words[i]! : `${words[i]} ${r.join(' ')}`
      }
    }
    if (this.substr === null || !NON_LATIN_RE.test(folded)) return null
    const m = this.substr.exec(folded)
    // An opener ("请问", "هل") counts only at the start of the post.
    if (m === null || (atStart && m.index > 3)) return null
    return m[0]
  }
}

const NON_LATIN_RE = /[\u0600-\u06FF\u3400-\u9FFF]/

export const INTENT_WORDS = {
  problem: new CueList(CUES.problem),
  abuse: new CueList(CUES.abuse),
  spam: new CueList(CUES.spam),
  praise: new CueList(CUES.praise),
  questionStart: new CueList(CUES.questionStart),
}
