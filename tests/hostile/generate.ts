/**
 * Seeded hostile records for the fuzz suite. Every bad record carries at least one defect that
 * no decoder may accept (broken JSON or UTF-8, a required field of the wrong type or missing,
 * a value over a documented limit), dressed in hostile content (prototype-pollution keys, bidi
 * and zero-width controls, deep nesting, huge strings). Good records carry the hostile content
 * that is legal (zero-width and bidi characters in text, an extra `__proto__` key) and must be
 * delivered. One seed reproduces a whole run.
 */
import { mulberry32 } from '@vigil/config'

/** mulberry32 (@vigil/config): the same sequence on every machine for a seed. */
export const seededRandom = mulberry32

export type Rng = () => number
const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!

/** Bidi overrides/isolates and zero-width characters that hide or reorder text on screen. */
export const CONTROLS = [
  '\u202e',
  '\u202d',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u061c',
]
const hostileText = (r: Rng, words: string): string =>
  words
    .split(' ')
    .map((w) => (r() < 0.5 ? `${w}${pick(r, CONTROLS)}` : w))
    .join(' ')

export interface GoodMention {
  id: string
  platform: 'x'
  kind: 'post'
  author: { id: string; handle: string; followers: number }
  text: string
  createdAt: string
}

export function goodMention(r: Rng, id: string): GoodMention {
  return {
    id,
    platform: 'x',
    kind: 'post',
    author: { id: `fuzz-${Math.floor(r() * 1e6)}`, handle: `@fuzz${Math.floor(r() * 1e4)}`, followers: 3 },
    text: hostileText(
      r,
      pick(r, ['Northwind app will not let me log in', 'Havenbank helpt snel top', 'Northwind 转账失败']),
    ),
    createdAt: new Date().toISOString(),
  }
}

/** A good mention as bytes; one in fifty also carries a `__proto__` key, which must stay inert. */
export function goodBytes(r: Rng, m: GoodMention): Buffer {
  const json = JSON.stringify(m)
  if (r() < 0.02)
    return Buffer.from(
      `{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},${json.slice(1)}`,
    )
  return Buffer.from(json)
}

export const BAD_KINDS = [
  'truncated-json',
  'not-json',
  'empty',
  'invalid-utf8',
  'wrong-types',
  'missing-field',
  'json-scalar',
  'deep-nesting',
  'proto-pollution',
  'bidi-controls',
  'over-limit-field',
  'huge-record',
] as const
export type BadKind = (typeof BAD_KINDS)[number]

/** Rare kinds are expensive (hundreds of KB each); the rest are cheap. */
const WEIGHTS: Record<BadKind, number> = {
  'truncated-json': 12,
  'not-json': 12,
  empty: 4,
  'invalid-utf8': 12,
  'wrong-types': 16,
  'missing-field': 12,
  'json-scalar': 8,
  'deep-nesting': 3,
  'proto-pollution': 10,
  'bidi-controls': 10,
  'over-limit-field': 0.4,
  'huge-record': 0.1,
}
const TOTAL = Object.values(WEIGHTS).reduce((a, b) => a + b, 0)

export function pickBadKind(r: Rng): BadKind {
  let x = r() * TOTAL
  for (const k of BAD_KINDS) {
    x -= WEIGHTS[k]
    if (x < 0) return k
  }
  return 'not-json'
}

const WRONG_VALUES: unknown[] = [42, -1, true, null, [], {}, 1e308, [1, 2], { $gt: '' }]

/** A bad record built from a good mention `m`; `value` null is a Kafka tombstone. */
export function badRecord(
  r: Rng,
  m: GoodMention,
  kind: BadKind = pickBadKind(r),
): { kind: BadKind; value: Buffer | null } {
  const json = JSON.stringify(m)
  switch (kind) {
    case 'truncated-json':
      return { kind, value: Buffer.from(json.slice(0, 1 + Math.floor(r() * (json.length - 2)))) }
    case 'not-json':
      return {
        kind,
        value: Buffer.from(
          pick(r, [
            "{'id': 1}",
            'undefined',
            'NaN',
            '<xml/>',
            '{"a":1}}',
            '\u0000\u0001',
            `${json},`,
            '[1,]',
          ]),
        ),
      }
    case 'empty':
      return { kind, value: r() < 0.5 ? null : Buffer.alloc(0) }
    case 'invalid-utf8': {
      const raw = Buffer.from(json)
      const at = Math.floor(r() * raw.length)
      // A lone continuation byte, an overlong "/", a CESU-8 surrogate, or 0xFF: none is UTF-8.
      const junk = pick(r, [[0x80], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xff], [0xfe, 0xfe]])
      return { kind, value: Buffer.concat([raw.subarray(0, at), Buffer.from(junk), raw.subarray(at)]) }
    }
    case 'wrong-types': {
      // Required fields only: an optional one given as null is read as absent, by design.
      const field = pick(r, ['id', 'platform', 'text', 'createdAt', 'author'])
      const value = field === 'createdAt' && r() < 0.3 ? 'yesterday' : pick(r, WRONG_VALUES)
      return { kind, value: Buffer.from(JSON.stringify({ ...m, [field]: value })) }
    }
    case 'missing-field': {
      const copy: Record<string, unknown> = { ...m }
      delete copy[pick(r, ['id', 'platform', 'text', 'createdAt', 'author'])]
      return { kind, value: Buffer.from(JSON.stringify(copy)) }
    }
    case 'json-scalar':
      return { kind, value: Buffer.from(pick(r, ['null', 'true', '0', '"a string"', '[]', `[${json}]`])) }
    case 'deep-nesting': {
      const depth = 1000 + Math.floor(r() * 60_000)
      const [open, close] = r() < 0.5 ? ['[', ']'] : ['{"a":', '}']
      const nested = `${open.repeat(depth)}1${close.repeat(depth)}`
      return { kind, value: Buffer.from(`${json.slice(0, -1)},"author":${nested}}`) }
    }
    case 'proto-pollution': {
      const poison = pick(r, [
        '"__proto__":{"isAdmin":true}',
        '"constructor":{"prototype":{"isAdmin":true}}',
        '"prototype":{"x":1}',
      ])
      // The pollution rides on a record that is invalid anyway (platform a number).
      return { kind, value: Buffer.from(`{${poison},${JSON.stringify({ ...m, platform: 7 }).slice(1)}`) }
    }
    case 'bidi-controls': {
      // Controls inside an id or platform: not a known platform / still text; plus a wrong type.
      const c = pick(r, CONTROLS)
      return { kind, value: Buffer.from(JSON.stringify({ ...m, platform: `x${c}`, kind: `post${c}` })) }
    }
    case 'over-limit-field':
      // Over LIMITS.textChars (25,000) but under the record byte limit.
      return {
        kind,
        value: Buffer.from(
          JSON.stringify({ ...m, text: 'Northwind '.repeat(2_600 + Math.floor(r() * 5_000)) }),
        ),
      }
    case 'huge-record':
      // Over LIMITS.recordBytes (256 KiB) and under the broker's 1 MB record limit.
      return {
        kind,
        value: Buffer.from(JSON.stringify({ ...m, text: 'x'.repeat(300_000 + Math.floor(r() * 500_000)) })),
      }
  }
}
