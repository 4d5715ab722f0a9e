import { LIMITS } from '@vigil/schema'
import { CONNECTORS, type Format } from './registry.js'
import { sniffJson, sniffXml } from './sniff.js'
import type { ItemIssue, NormaliseContext, Normalised } from './types.js'

/** Largest payload read at once: a platform page or a captured stream file, not a data dump. */
export const MAX_PAYLOAD_BYTES = 64 * 1024 * 1024

export interface ReadResult extends Normalised {
  /** The format used (the sniffed one for `auto`). */
  format: Format | undefined
  /** False when nothing in the input could be read as the format at all. */
  readable: boolean
}

const fail = (format: Format | undefined, code: string, reason: string): ReadResult => ({
  format,
  readable: false,
  mentions: [],
  errors: [{ item: '$', code, reason }],
  skipped: [],
})

/**
 * Reads one payload as bytes and normalises it: checks size and UTF-8, parses JSON (or
 * newline-delimited JSON, the way stream captures are saved, one document a line) or takes
 * XML text, sniffs the format for `auto`, and hands each document to its connector.
 */
export function readPayload(raw: Buffer, format: Format | 'auto', ctx: NormaliseContext): ReadResult {
  const want = format === 'auto' ? undefined : format
  if (raw.length === 0) return fail(want, 'VIGIL_ERR_EMPTY_RECORD', 'input is empty')
  if (raw.length > MAX_PAYLOAD_BYTES) {
    return fail(
      want,
      'VIGIL_ERR_RECORD_TOO_LARGE',
      `input is ${raw.length} bytes, limit ${MAX_PAYLOAD_BYTES}`,
    )
  }
  const textIn = decodeText(raw)
  if (textIn === undefined)
    return fail(
      want,
      'VIGIL_ERR_BAD_ENCODING',
      'input is not valid UTF-8 (nor in the encoding its XML declaration names)',
    )
  const trimmed = textIn.trimStart()
  if (trimmed === '') return fail(want, 'VIGIL_ERR_EMPTY_RECORD', 'input is only whitespace')
  if (trimmed.startsWith('<')) {
    const f = want ?? sniffXml(trimmed)
    if (!f) return fail(want, 'VIGIL_ERR_UNKNOWN_FORMAT', 'XML that is neither RSS nor Atom')
    if (CONNECTORS[f].payload === 'json')
      return fail(f, 'VIGIL_ERR_PAYLOAD_SHAPE', `${f} expects JSON, input is XML`)
    return { format: f, readable: true, ...CONNECTORS[f].normalise(trimmed, ctx) }
  }
  if (want && CONNECTORS[want].payload === 'xml') {
    return fail(want, 'VIGIL_ERR_MALFORMED_XML', `${want} expects an XML feed, input does not start with <`)
  }
  const docs = parseJsonDocs(textIn)
  if (docs.values.length === 0) {
    return { ...fail(want, 'VIGIL_ERR_MALFORMED_JSON', 'input is not JSON'), errors: docs.errors }
  }
  const out: ReadResult = {
    format: want,
    readable: true,
    mentions: [],
    errors: [...docs.errors],
    skipped: [],
  }
  let known = 0
  docs.values.forEach(({ doc, line }) => {
    const f = want ?? sniffJson(doc)
    const at = (i: ItemIssue): ItemIssue =>
      line === undefined ? i : { ...i, item: `line ${line}: ${i.item}` }
    if (!f) {
      out.errors.push(
        at({ item: '$', code: 'VIGIL_ERR_UNKNOWN_FORMAT', reason: 'no known format fits this document' }),
      )
      return
    }
    out.format ??= f
    known++
    const r = CONNECTORS[f].normalise(doc, ctx)
    out.mentions.push(...r.mentions)
    out.errors.push(...r.errors.map(at))
    out.skipped.push(...r.skipped.map(at))
  })
  // Sniffing found no format for any document: nothing in the input could be read.
  if (known === 0) out.readable = false
  return out
}

/**
 * UTF-8, or for XML the encoding its declaration names (feeds in ISO-8859-1 and windows-1252
 * are still about). JSON must be UTF-8 (RFC 8259).
 */
function decodeText(raw: Buffer): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(raw).replace(/^\uFEFF/, '')
  } catch {
    const decl = /^\s*<\?xml[^>]*encoding=["']([A-Za-z0-9._-]+)["']/.exec(
      raw.subarray(0, 200).toString('latin1'),
    )
    if (!decl || /^utf-?8$/i.test(decl[1]!)) return undefined
    try {
      return new TextDecoder(decl[1]!.toLowerCase(), { fatal: true }).decode(raw)
    } catch {
      return undefined
    }
  }
}

interface JsonDocs {
  values: Array<{ doc: unknown; line?: number }>
  errors: ItemIssue[]
}

function parseJsonDocs(s: string): JsonDocs {
  try {
    return { values: [{ doc: JSON.parse(s) }], errors: [] }
  } catch (whole) {
    const lines = s.split('\n')
    const nonEmpty = lines.filter((l) => l.trim() !== '')
    const reason = `not JSON: ${(whole as Error).message.slice(0, 200)}`
    if (nonEmpty.length < 2) {
      return { values: [], errors: [{ item: '$', code: 'VIGIL_ERR_MALFORMED_JSON', reason }] }
    }
    const out: JsonDocs = { values: [], errors: [] }
    // Blank lines are the stream's keep-alives; each other line is one document.
    lines.forEach((l, i) => {
      if (l.trim() === '') return
      if (Buffer.byteLength(l) > LIMITS.recordBytes * 64) {
        out.errors.push({
          item: `line ${i + 1}`,
          code: 'VIGIL_ERR_RECORD_TOO_LARGE',
          reason: 'line too large',
        })
        return
      }
      try {
        out.values.push({ doc: JSON.parse(l), line: i + 1 })
      } catch (err) {
        out.errors.push({
          item: `line ${i + 1}`,
          code: 'VIGIL_ERR_MALFORMED_JSON',
          reason: `not JSON: ${(err as Error).message.slice(0, 200)}`,
        })
      }
    })
    return out
  }
}
