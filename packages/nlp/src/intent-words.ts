/**
 * Cue lists for intent (data/intent-cues.json, hand-written): complaint problems, abuse,
 * spam, praise, problems put right and question openers, matched on the shared word list.
 */
import { readFileSync } from 'node:fs'
import { substringPass, wholeCodePoints } from './intent-substring-pass.js'
import { wordPass } from './intent-word-pass.js'
import type { FactsRow, WordTable } from './perf/word-table.js'
import { foldText, tokenize } from './text.js'

interface CueFile {
  problem: string[]
  abuse: string[]
  spam: string[]
  praise: string[]
  /** Words that say a problem was put right ("refunded", "opgelost", "解决了"). */
  resolved: string[]
  questionStart: string[]
  /**
   * Fees and charges ("fees", "maandkosten", "Gebühren", "frais", "手续费", "رسوم"): not a
   * problem on their own (a question about fees is a question) but what a fee complaint names.
   */
  charges: string[]
  /**
   * A bank's results and corporate figures ("net profit", "kwartaalwinst", "Quartalszahlen",
   * "bénéfice", "净利润", "أرباح"): what a results news item names, not a customer's problem.
   */
  results?: string[]
  /**
   * Problem cues that only ask for money back ("refund", "remboursement", "退款"): in a
   * question with no other problem cue they ask how refunds work, not for care.
   */
  moneyBack?: string[]
  /**
   * Self-promotion as comment spam does it ("check out my channel", "sub4sub", "double your
   * bitcoin"), every one also in `spam`: strong enough to make a post spam on its own when it
   * names no banking problem.
   */
  selfPromo?: string[]
  /**
   * A call to the reader to act ("check out", "subscribe", "follow me", "klik hier",
   * "abonnez-vous", "关注我"): with a link, a handle or the writer's own channel, comment spam.
   */
  callToAction?: string[]
  /**
   * Problem cues that only accuse ("thieves", "oplichters", "scam", "骗子"): next to an
   * insult with no concrete problem they are abuse, not a customer's problem.
   */
  accusation?: string[]
  /** Conditional openers ("if", "als", "wenn", "si", "إذا", "如果", "的话"): a problem asked about, not suffered. */
  hypothetical?: string[]
  /**
   * A bank's corporate events as headlines name them: fines, takeovers, appointments
   * ("fined", "boete", "Bußgeld", "amende", "multa", "غرامة", "罚款", "收购", "任命").
   */
  corporate?: string[]
}

/** Read by the first `intentWords()` call (a factory), never at import. */
function readCues(): CueFile {
  return JSON.parse(readFileSync(new URL('../data/intent-cues.json', import.meta.url), 'utf8')) as CueFile
}

/**
 * Insults and obscenities of every served language from an open list (data/abuse-open.json,
 * built by scripts/make-abuse-open.mjs from LDNOOBW, CC BY 4.0), filtered on training data:
 * our hand-written abuse cues know a few dozen words a language, people use hundreds.
 */
function readOpenAbuse(): string[] {
  const file = JSON.parse(readFileSync(new URL('../data/abuse-open.json', import.meta.url), 'utf8')) as {
    entries: Record<string, string[]>
  }
  return Object.values(file.entries).flat()
}

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
  /**
   * Entries in scripts without spaces: this list's slot in the shared substring pass, or (an
   * entry that is not whole code points) its own alternation; null when it has none.
   */
  private readonly substr: number | RegExp | null
  /** This list's number in the shared word pass. */
  readonly passList: number

  /**
   * `wordEnd`: Arabic entries that must end where a word ends (the open insult list's "جماع"
   * is inside "جماعة", people; prefixes such as "و", "ال" still attach in front).
   */
  constructor(list: string[], wordEnd: readonly string[] = []) {
    const other: string[] = []
    const own = new Set(list.map((e) => foldText(e)))
    const ended = new Set(wordEnd.map((e) => foldText(e)).filter((e) => !own.has(e)))
    for (const entry of [...list, ...wordEnd]) {
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
    const entries = [...new Set(other.map((e) => foldText(e)))].sort((a, b) => b.length - a.length)
    const guarded = new Set(entries.filter((e) => ended.has(e) && ARABIC_RE.test(e)))
    if (entries.length === 0) this.substr = null
    else if (entries.every(wholeCodePoints)) this.substr = substringPass.addList(entries, guarded)
    else {
      const alts = entries.map((e) => (guarded.has(e) ? `${escapeRe(e)}(?![\u0620-\u064a])` : escapeRe(e)))
      this.substr = new RegExp(alts.join('|'), 'u')
    }
    this.passList = wordPass.addList(this.byFirst)
  }

  /** The first cue found, or null. `atStart` only looks at the first word (question openers). */
  find(words: readonly string[], folded: string, atStart = false): string | null {
    const hit = wordPass.first(this.passList, words, atStart)
    if (hit !== null) return hit
    if (!NON_LATIN_RE.test(folded)) return null
    return this.findSubstring(folded, atStart)
  }

  /** The cue entries of scripts without spaces, found in the folded text. */
  findSubstring(folded: string, atStart = false): string | null {
    if (this.substr === null) return null
    let hit: string | null
    let index = 0
    if (typeof this.substr === 'number') {
      hit = substringPass.first(this.substr, folded)
      if (hit !== null) index = substringPass.index(this.substr)
    } else {
      const m = this.substr.exec(folded)
      hit = m === null ? null : m[0]
      if (m !== null) index = m.index
    }
    // An opener ("请问", "هل") counts only at the start of the post.
    if (hit === null || (atStart && index > 3)) return null
    return hit
  }
}

const NON_LATIN_RE = /[\u0600-\u06FF\u3400-\u9FFF]/
const ARABIC_RE = /[\u0600-\u06FF]/

/** The first cue of each list in a post (null when none), as CueList.find gives them. */
export interface CueHits {
  spam: string | null
  problem: string | null
  abuse: string | null
  praise: string | null
}

const HIT_LISTS = ['spam', 'problem', 'abuse', 'praise'] as const

/**
 * The four lists intent reads for every post: their words from the shared word pass (one
 * look-up a word for every intent list, none with the enricher's word-table row), their
 * Chinese and Arabic entries by each list's own alternation. Per list, as its `find` gives it.
 */
class CueIndex {
  constructor(private readonly lists: readonly CueList[]) {}

  /** Put every intent list's cue openers into an enricher's word table (intent-word-pass.ts). */
  register(table: WordTable): void {
    wordPass.register(table)
  }

  /** `row`: the word table's row for `words`, when the caller has it. */
  find(words: readonly string[], folded: string, row?: FactsRow): CueHits {
    const hits: (string | null)[] = [null, null, null, null]
    let left = this.lists.length
    for (let l = 0; l < this.lists.length; l++) {
      hits[l] = wordPass.first(this.lists[l]!.passList, words, false, row)
      if (hits[l] !== null) left--
    }
    if (left > 0 && NON_LATIN_RE.test(folded)) {
      for (let l = 0; l < this.lists.length; l++)
        if (hits[l] === null) hits[l] = this.lists[l]!.findSubstring(folded)
    }
    return {
      spam: hits[0] ?? null,
      problem: hits[1] ?? null,
      abuse: hits[2] ?? null,
      praise: hits[3] ?? null,
    }
  }
}

export interface IntentWords {
  problem: CueList
  abuse: CueList
  spam: CueList
  praise: CueList
  resolved: CueList
  questionStart: CueList
  charges: CueList
  results: CueList
  selfPromo: CueList
  callToAction: CueList
  hypothetical: CueList
  corporate: CueList
  /** Accusations of taking money ("thieves", "dieven", "voleurs", "强盗"), problem cues that name no harm. */
  accusation: CueList
  /** A problem cue other than an accusation ("charged twice", "card blocked"), or null. */
  concreteProblem(words: readonly string[], folded: string): string | null
  /** spam, problem, abuse and praise cues in one pass. */
  all: CueIndex
  /**
   * True when `problem` (the first problem cue of the post) is a refund or a charge and the
   * post names no harm done ("Does X refund the fee?", "Does X charge a fee abroad?").
   */
  isPolicyQuestion(problem: string, words: readonly string[], folded: string): boolean
}

let built: IntentWords | null = null

/**
 * The cue lists, read on the first call (from a factory, never at import); they never change
 * after. An enricher puts them in its word table with `intentWords().all.register(table)`.
 */
export function intentWords(): IntentWords {
  if (built !== null) return built
  const cues = readCues()
  const lists = {
    problem: new CueList(cues.problem),
    abuse: new CueList(cues.abuse, readOpenAbuse()),
    spam: new CueList(cues.spam),
    praise: new CueList(cues.praise),
    resolved: new CueList(cues.resolved),
    questionStart: new CueList(cues.questionStart),
    charges: new CueList(cues.charges),
    results: new CueList(cues.results ?? []),
    selfPromo: new CueList(cues.selfPromo ?? []),
    callToAction: new CueList(cues.callToAction ?? []),
    hypothetical: new CueList(cues.hypothetical ?? []),
    corporate: new CueList(cues.corporate ?? []),
    accusation: new CueList(cues.accusation ?? []),
  }
  // Problem cues that, asked about, name no harm: money back and the charges themselves
  // ("fee" is a problem cue: "another fee, unbelievable"; "does X charge a fee?" asks).
  const policy = new Set([...(cues.moneyBack ?? []), ...cues.charges].map((e) => foldText(e)))
  // The problem list without them: what a harm done would name ("charged twice", "refund my").
  const harm = new CueList(cues.problem.filter((e) => !policy.has(foldText(e))))
  const accusations = new Set((cues.accusation ?? []).map((e) => foldText(e)))
  const concrete = new CueList(cues.problem.filter((e) => !accusations.has(foldText(e))))
  built = {
    ...lists,
    concreteProblem: (words, folded) => concrete.find(words, folded),
    all: new CueIndex(HIT_LISTS.map((l) => lists[l])),
    isPolicyQuestion: (problem, words, folded) => policy.has(problem) && harm.find(words, folded) === null,
  }
  return built
}
