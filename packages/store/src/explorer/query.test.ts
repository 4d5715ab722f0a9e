import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compileQuery } from './compile.js'
import { parseQuery, QuerySyntaxError } from './query.js'

/** A compact rendering of the tree, so expectations read like the query. */
function show(n: ReturnType<typeof parseQuery>): string {
  if (n === null) return '∅'
  switch (n.type) {
    case 'word':
      return n.value
    case 'phrase':
      return `"${n.value}"`
    case 'hashtag':
      return `#${n.value}`
    case 'handle':
      return `@${n.value}`
    case 'not':
      return `NOT(${show(n.child)})`
    case 'and':
    case 'or':
      return `${n.type.toUpperCase()}(${n.children.map(show).join(' ')})`
  }
}

type Node = NonNullable<ReturnType<typeof parseQuery>>
/** The same tree with every value replaced. */
function blank(n: Node): Node {
  if (n.type === 'not') return { type: 'not', child: blank(n.child) }
  if (n.type === 'and' || n.type === 'or') return { type: n.type, children: n.children.map(blank) }
  return { ...n, value: 'x' }
}

const errorAt = (q: string): { message: string; position: number } => {
  try {
    parseQuery(q)
  } catch (err) {
    if (err instanceof QuerySyntaxError) return { message: err.message, position: err.position }
    throw err
  }
  throw new Error(`expected ${JSON.stringify(q)} to be refused`)
}

describe('explorer query language', () => {
  it('reads AND, OR, NOT, phrases and parentheses with the usual precedence', () => {
    expect(show(parseQuery('outage OR down AND app'))).toBe('OR(outage AND(down app))')
    expect(show(parseQuery('(outage OR down) app'))).toBe('AND(OR(outage down) app)')
    expect(show(parseQuery('"card declined" NOT refund'))).toBe('AND("card declined" NOT(refund))')
    expect(show(parseQuery('fees -"hidden  fees"'))).toBe('AND(fees NOT("hidden fees"))')
    expect(show(parseQuery('NOT NOT x'))).toBe('NOT(NOT(x))')
  })

  it('keeps lower-case and/or/not and inner hyphens as words', () => {
    expect(show(parseQuery('rock and roll'))).toBe('AND(rock and roll)')
    expect(show(parseQuery('e-mail'))).toBe('e-mail')
  })

  it('reads hashtags and handles without their mark, in lower case (full-width marks too)', () => {
    expect(show(parseQuery('#BankDown @NorthwindHelp'))).toBe('AND(#bankdown @northwindhelp)')
    expect(show(parseQuery('＃銀行'))).toBe('#銀行')
  })

  it('treats a blank query as no condition', () => {
    expect(parseQuery('   ')).toBeNull()
  })

  it('refuses bad syntax with the position where it went wrong', () => {
    expect(errorAt('(outage OR down')).toMatchObject({ position: 15 })
    expect(errorAt('outage OR')).toMatchObject({ position: 9 })
    expect(errorAt('a ) b')).toMatchObject({ position: 2 })
    expect(errorAt('say "hello')).toMatchObject({ position: 4 })
    expect(errorAt('AND x').message).toMatch(/AND without a term after it at position 0/)
    expect(errorAt('x ()')).toMatchObject({ position: 3 })
    expect(errorAt('# x')).toMatchObject({ position: 0 })
    expect(errorAt('ab"c"')).toMatchObject({ position: 2 })
    expect(errorAt('x'.repeat(1001)).message).toMatch(/longer than 1000/)
    expect(errorAt(`${'('.repeat(40)}x${')'.repeat(40)}`).message).toMatch(/nested deeper/)
  })

  it('never crashes on any input: a tree or a QuerySyntaxError with a position inside the text', () => {
    const alphabet = fc.constantFrom(
      'a',
      'B',
      ' ',
      '(',
      ')',
      '"',
      '#',
      '@',
      '-',
      'AND ',
      'OR ',
      'NOT ',
      '＃',
      'é',
      '银',
    )
    const anyText = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.array(alphabet, { maxLength: 60 }).map((a) => a.join('')),
    )
    fc.assert(
      fc.property(anyText, (q) => {
        try {
          const tree = parseQuery(q)
          if (tree) {
            // Nothing the user typed reaches the SQL text: it depends on the tree's shape alone.
            expect(compileQuery(tree).sql).toBe(compileQuery(blank(tree)).sql)
          }
        } catch (err) {
          expect(err).toBeInstanceOf(QuerySyntaxError)
          const pos = (err as QuerySyntaxError).position
          expect(pos).toBeGreaterThanOrEqual(0)
          expect(pos).toBeLessThanOrEqual(Math.max(q.length, 1000))
        }
      }),
      { numRuns: 3000 },
    )
  })
})
