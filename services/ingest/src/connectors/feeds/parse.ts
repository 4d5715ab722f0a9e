import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { arr, isObj, type Obj, str } from '../common/coerce.js'

const options = {
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
  // Repeated elements are lists even when a feed has one: a one-item feed reads like a ten-item one.
  isArray: (name: string) => ['item', 'entry', 'link', 'category', 'author', 'dc:creator'].includes(name),
}
const parser = new XMLParser(options)
// Atom text constructs (type text, html or xhtml) are kept raw: xhtml is markup the tree would
// scatter, and each type is decoded its own way (atomText).
const atomParser = new XMLParser({
  ...options,
  stopNodes: ['*.entry.title', '*.entry.content', '*.entry.summary'],
})

export interface ParsedFeed {
  doc: Obj
  /** Set when the XML is not well-formed; what could still be read is in `doc`. */
  malformed?: string
}

/** Parses feed XML; a document that is not well-formed is still read as far as it goes. */
export function parseFeedXml(xml: string, atom = false): ParsedFeed {
  const check = XMLValidator.validate(xml, { allowBooleanAttributes: true })
  let doc: Obj = {}
  try {
    const parsed: unknown = (atom ? atomParser : parser).parse(xml)
    if (isObj(parsed)) doc = parsed
  } catch (err) {
    return { doc, malformed: (err as Error).message }
  }
  if (check === true) return { doc }
  const e = check.err
  // The validator names unclosed elements as a JSON list: the feed was cut off.
  const open = e.msg.match(/^Invalid '(\[[\s\S]*\])' found/)
  if (open) {
    try {
      const names = (JSON.parse(open[1]!) as string[]).map((n) => `<${n}>`).join(' > ')
      return { doc, malformed: `unclosed elements ${names} (the feed is cut off)` }
    } catch {
      // Not the list form after all: report the validator's own words.
    }
  }
  return { doc, malformed: `${e.msg} (line ${e.line}, column ${e.col})` }
}

/** The text of an element that may carry attributes (`{'#text': ..., '@_type': ...}`). */
export function nodeText(v: unknown): string | undefined {
  if (Array.isArray(v)) return nodeText(v[0])
  if (isObj(v)) return str(v['#text']) ?? (isObj(v.div) ? nodeText(v.div) : undefined)
  return str(v)
}

export const list = (v: unknown): unknown[] => arr(v)
