import type { QueryNode } from './query.js'

/**
 * Compiles a parsed Boolean query into a ClickHouse condition over the `mentions` table (alias
 * `m`). Every value the user typed travels as a `{qN:String}` placeholder in `params`; the SQL
 * text is made only of the fixed fragments below, so no input can change the statement.
 */
export interface CompiledCondition {
  sql: string
  params: Record<string, string>
}

// Tags and handles are stored with their mark ('#', '@', or full-width); compare bare, lower case.
const bare = (col: string, marks: string) =>
  `arrayMap(x -> lowerUTF8(replaceRegexpOne(x, '^[${marks}]', '')), ${col})`
const HASHTAGS = bare('m.hashtags', '#＃')
const HANDLES = bare('m.handles', '@＠')
const AUTHOR = "lowerUTF8(replaceRegexpOne(m.author_handle, '^[@＠]', ''))"

export function compileQuery(node: QueryNode, prefix = 'q'): CompiledCondition {
  const params: Record<string, string> = {}
  const bind = (value: string): string => {
    const name = `${prefix}${Object.keys(params).length}`
    params[name] = value
    return `{${name}:String}`
  }
  const text = (v: string) => `positionCaseInsensitiveUTF8(m.text, ${bind(v)}) > 0`
  const walk = (n: QueryNode): string => {
    switch (n.type) {
      case 'word': {
        // A bare word finds the text, and an author or hashtag written without its mark.
        const p = bind(n.value.toLowerCase())
        return `(positionCaseInsensitiveUTF8(m.text, ${p}) > 0 OR ${AUTHOR} = ${p} OR has(${HASHTAGS}, ${p}))`
      }
      case 'phrase':
        return text(n.value)
      case 'hashtag':
        return `has(${HASHTAGS}, ${bind(n.value)})`
      case 'handle': {
        const p = bind(n.value)
        return `(${AUTHOR} = ${p} OR has(${HANDLES}, ${p}))`
      }
      case 'not':
        return `NOT (${walk(n.child)})`
      case 'and':
        return `(${n.children.map(walk).join(' AND ')})`
      case 'or':
        return `(${n.children.map(walk).join(' OR ')})`
    }
  }
  return { sql: walk(node), params }
}
