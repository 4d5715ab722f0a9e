/**
 * The explorer's Boolean search language, parsed into a tree (pure, no SQL here):
 *
 *   query   := or
 *   or      := and ('OR' and)*
 *   and     := unary (('AND')? unary)*          two terms side by side mean AND
 *   unary   := ('NOT' | '-') unary | primary
 *   primary := '(' or ')' | "a quoted phrase" | #hashtag | @handle | word
 *
 * Operators are upper-case (AND, OR, NOT) so that the words "and", "or", "not" stay searchable.
 * Every error carries the 0-based character position where the input stopped making sense.
 */

export type QueryNode =
  | { type: 'word'; value: string }
  | { type: 'phrase'; value: string }
  | { type: 'hashtag'; value: string }
  | { type: 'handle'; value: string }
  | { type: 'and'; children: QueryNode[] }
  | { type: 'or'; children: QueryNode[] }
  | { type: 'not'; child: QueryNode }

export const QUERY_LIMITS = { chars: 1000, terms: 50, depth: 16 } as const

export class QuerySyntaxError extends Error {
  constructor(
    message: string,
    /** 0-based character offset into the query text. */
    readonly position: number,
  ) {
    super(`${message} at position ${position}`)
    this.name = 'QuerySyntaxError'
  }
}

type Token =
  | { kind: 'lparen' | 'rparen' | 'and' | 'or' | 'not' | 'minus'; at: number }
  | { kind: 'phrase' | 'term'; at: number; text: string }

// A Map, not an object literal: a term like "toString" must not find Object.prototype.
const OPERATORS = new Map<string, 'and' | 'or' | 'not'>([
  ['AND', 'and'],
  ['OR', 'or'],
  ['NOT', 'not'],
])
// Characters that end a bare term; a quote inside a term is a syntax error, not part of it.
const TERM_END = /[\s()"]/u

export function tokenize(input: string): Token[] {
  const out: Token[] = []
  let i = 0
  while (i < input.length) {
    const c = input[i]!
    if (/\s/u.test(c)) {
      i++
    } else if (c === '(') {
      out.push({ kind: 'lparen', at: i++ })
    } else if (c === ')') {
      out.push({ kind: 'rparen', at: i++ })
    } else if (c === '"') {
      const end = input.indexOf('"', i + 1)
      if (end < 0) throw new QuerySyntaxError('unterminated quoted phrase', i)
      out.push({ kind: 'phrase', at: i, text: input.slice(i + 1, end) })
      i = end + 1
    } else if (c === '-' && i + 1 < input.length && !/[\s)]/u.test(input[i + 1]!)) {
      // `-word` at the start of a term is NOT word; inside a word ("e-mail") readTerm keeps it.
      out.push({ kind: 'minus', at: i++ })
    } else {
      i = readTerm(input, i, out)
    }
  }
  return out
}

function readTerm(input: string, start: number, out: Token[]): number {
  let end = start
  while (end < input.length && !TERM_END.test(input[end]!)) end++
  if (input[end] === '"')
    throw new QuerySyntaxError('a quote must start a phrase, not sit inside a word', end)
  const text = input.slice(start, end)
  const op = OPERATORS.get(text)
  out.push(op ? { kind: op, at: start } : { kind: 'term', at: start, text })
  return end
}

/** Parses `input`; an empty (or blank) query is `null`: no text condition at all. */
export function parseQuery(input: string): QueryNode | null {
  if (input.length > QUERY_LIMITS.chars) {
    throw new QuerySyntaxError(`query longer than ${QUERY_LIMITS.chars} characters`, QUERY_LIMITS.chars)
  }
  const tokens = tokenize(input)
  if (tokens.length === 0) return null
  const terms = tokens.filter((t) => t.kind === 'term' || t.kind === 'phrase').length
  if (terms > QUERY_LIMITS.terms)
    throw new QuerySyntaxError(`more than ${QUERY_LIMITS.terms} search terms`, 0)
  const p = new Parser(tokens, input.length)
  const node = p.or(0)
  p.expectEnd()
  return node
}

class Parser {
  private i = 0
  constructor(
    private readonly tokens: Token[],
    private readonly end: number,
  ) {}

  private peek(): Token | undefined {
    return this.tokens[this.i]
  }

  private here(): number {
    return this.peek()?.at ?? this.end
  }

  or(depth: number): QueryNode {
    const children = [this.and(depth)]
    while (this.peek()?.kind === 'or') {
      this.i++
      children.push(this.and(depth))
    }
    return children.length === 1 ? children[0]! : { type: 'or', children }
  }

  private and(depth: number): QueryNode {
    const children = [this.unary(depth)]
    for (;;) {
      const t = this.peek()
      if (t === undefined || t.kind === 'or' || t.kind === 'rparen') break
      if (t.kind === 'and') this.i++
      children.push(this.unary(depth))
    }
    return children.length === 1 ? children[0]! : { type: 'and', children }
  }

  private unary(depth: number): QueryNode {
    if (depth > QUERY_LIMITS.depth)
      throw new QuerySyntaxError(`nested deeper than ${QUERY_LIMITS.depth}`, this.here())
    const t = this.peek()
    if (t?.kind === 'not' || t?.kind === 'minus') {
      this.i++
      return { type: 'not', child: this.unary(depth + 1) }
    }
    return this.primary(depth)
  }

  private primary(depth: number): QueryNode {
    const t = this.peek()
    if (t === undefined) throw new QuerySyntaxError('expected a search term', this.end)
    if (t.kind === 'lparen') {
      this.i++
      if (this.peek()?.kind === 'rparen') throw new QuerySyntaxError('empty parentheses', this.here())
      const inner = this.or(depth + 1)
      if (this.peek()?.kind !== 'rparen')
        throw new QuerySyntaxError('missing closing parenthesis', this.here())
      this.i++
      return inner
    }
    if (t.kind === 'phrase') {
      this.i++
      const value = t.text.trim().replace(/\s+/gu, ' ')
      if (value === '') throw new QuerySyntaxError('empty quoted phrase', t.at)
      return { type: 'phrase', value }
    }
    if (t.kind === 'term') {
      this.i++
      return termNode(t.text, t.at)
    }
    const what =
      t.kind === 'rparen' ? "')' without a matching '('" : `${t.kind.toUpperCase()} without a term after it`
    throw new QuerySyntaxError(`unexpected ${what}`, t.at)
  }

  expectEnd(): void {
    const t = this.peek()
    if (t !== undefined) {
      throw new QuerySyntaxError(
        t.kind === 'rparen' ? "')' without a matching '('" : 'unexpected input',
        t.at,
      )
    }
  }
}

/** `#tag` and `@handle` (also their full-width forms) are matched without the mark, in lower case. */
function termNode(text: string, at: number): QueryNode {
  const mark = text[0]
  const body = text.slice(1)
  if (mark === '#' || mark === '＃') {
    if (body === '') throw new QuerySyntaxError("'#' needs a hashtag after it", at)
    return { type: 'hashtag', value: body.toLowerCase() }
  }
  if (mark === '@' || mark === '＠') {
    if (body === '') throw new QuerySyntaxError("'@' needs a handle after it", at)
    return { type: 'handle', value: body.toLowerCase() }
  }
  return { type: 'word', value: text }
}
