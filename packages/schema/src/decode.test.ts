import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sampleAlert, sampleEnriched } from '../../../tests/support/clickhouse.js'
import {
  ALERT_STATUSES,
  copyForKey,
  decodeAlert,
  decodeAlertDelivery,
  decodeEnrichedMention,
  decodeLiveMetrics,
  decodeMention,
  decodeVerdict,
  INTENTS,
  LIMITS,
  PII_KINDS,
  PLATFORMS,
  SENTIMENT_LABELS,
  SEVERITIES,
} from './index.js'

const buf = (v: unknown) => Buffer.from(JSON.stringify(v))
const reasonOf = (r: { kind: string; reason?: string }) => (r.kind === 'ok' ? '' : (r.reason ?? ''))

describe('decodeEnrichedMention', () => {
  it('accepts a valid enriched mention and keeps its enrichment', () => {
    const m = sampleEnriched({ id: 'x:1', pii: ['card'], hashtags: ['#down'] })
    expect(decodeEnrichedMention(buf(m))).toEqual({ kind: 'ok', value: m })
  })

  it('keeps what a post says of each brand it names, so each brand’s copy has its own stance', () => {
    const m = sampleEnriched({
      id: 'x:2',
      brands: [
        { brand: 'crest', via: 'Crest Bank', sentiment: { label: 'negative', score: -0.6 } },
        { brand: 'northwind', via: 'Northwind', sentiment: { label: 'positive', score: 0.6 } },
      ],
    })
    const r = decodeEnrichedMention(buf(m))
    expect(r).toEqual({ kind: 'ok', value: m })
    const v = r.kind === 'ok' ? r.value : m
    expect(copyForKey(v, 'northwind').sentiment).toEqual({ label: 'positive', score: 0.6 })
    expect(copyForKey(v, 'crest').sentiment).toEqual({ label: 'negative', score: -0.6 })
  })

  it('stores a post with a 1,500-character link (the extractor accepts links up to the same limit)', () => {
    const link = `https://bank.example/${'a'.repeat(1_480)}`
    const m = sampleEnriched({ id: 'x:long-link', url: link, urls: [link], text: `see ${link}` })
    expect(decodeEnrichedMention(buf(m))).toEqual({ kind: 'ok', value: m })
  })

  it('drops unknown fields and fills documented defaults', () => {
    const { cashtags: _c, handles: _h, markets: _m, ...rest } = sampleEnriched({ id: 'x:3' })
    const r = decodeEnrichedMention(buf({ ...rest, secret: 'x', __proto__: { polluted: true } }))
    expect(r.kind).toBe('ok')
    const v = r.kind === 'ok' ? (r.value as unknown as Record<string, unknown>) : {}
    expect(v.secret).toBeUndefined()
    expect(v.cashtags).toEqual([])
    expect(v.markets).toEqual([])
  })

  it.each([
    ['empty', null, 'VIGIL_ERR_EMPTY_RECORD'],
    ['not JSON', Buffer.from('{"id":'), 'VIGIL_ERR_MALFORMED_JSON'],
    ['bad UTF-8', Buffer.from([0x7b, 0xff, 0x7d]), 'VIGIL_ERR_BAD_ENCODING'],
    ['too large', Buffer.alloc(LIMITS.recordBytes + 1, 0x20), 'VIGIL_ERR_RECORD_TOO_LARGE'],
    [
      'a raw mention, not enriched',
      buf({ ...sampleEnriched({ id: 'x:1' }), sentiment: undefined }),
      'VIGIL_ERR_INVALID_ENRICHED',
    ],
    [
      'sentiment out of range',
      buf(sampleEnriched({ id: 'x:1', sentiment: { label: 'negative', score: -7 } })),
      'VIGIL_ERR_INVALID_ENRICHED',
    ],
    [
      'unknown pii kind',
      buf({ ...sampleEnriched({ id: 'x:1' }), pii: ['dna'] }),
      'VIGIL_ERR_INVALID_ENRICHED',
    ],
    [
      'a brand stance that is not a sentiment',
      buf(
        sampleEnriched({ id: 'x:1', brands: [{ brand: 'crest', via: 'Crest', sentiment: 'bad' } as never] }),
      ),
      'VIGIL_ERR_INVALID_ENRICHED',
    ],
    ['bad mention id', buf(sampleEnriched({ id: 'no-platform' })), 'VIGIL_ERR_INVALID_MENTION'],
    ['id of another platform', buf(sampleEnriched({ id: 'reddit:1' })), 'VIGIL_ERR_INVALID_MENTION'],
  ])('refuses %s with a code', (_name, raw, code) => {
    const r = decodeEnrichedMention(raw as Buffer | null)
    expect(r.kind).toBe('dlq')
    expect(r.kind === 'dlq' && r.code).toBe(code)
  })

  it('names the field and the allowed values of an enum', () => {
    const r = decodeEnrichedMention(buf({ ...sampleEnriched({ id: 'x:1' }), intent: 'rant' }))
    expect(reasonOf(r)).toBe(`intent must be one of ${INTENTS.join(', ')}`)
    const s = decodeEnrichedMention(
      buf(
        sampleEnriched({
          id: 'x:1',
          brands: [{ brand: 'crest', via: 'C', sentiment: { label: 'furious' as never, score: -1 } }],
        }),
      ),
    )
    expect(reasonOf(s)).toBe(`brands[0].sentiment.label must be one of ${SENTIMENT_LABELS.join(', ')}`)
  })
})

describe('decodeMention', () => {
  const raw = {
    id: 'x:9',
    platform: 'x',
    author: { id: 'u', handle: 'h' },
    text: 'Northwind is down',
    createdAt: '2026-11-23T10:00:15+01:00',
  }
  it('fills defaults and normalises the time to UTC', () => {
    const r = decodeMention(buf(raw), '2026-11-23T10:00:00.000Z')
    expect(r).toMatchObject({
      kind: 'ok',
      value: {
        event: 'create',
        kind: 'post',
        createdAt: '2026-11-23T09:00:15.000Z',
        receivedAt: '2026-11-23T10:00:00.000Z',
        engagement: { likes: 0, shares: 0, replies: 0, views: 0 },
        author: { followers: 0, verified: false, isBrandAccount: false },
        rating: null,
      },
    })
  })
  it.each([
    [{ ...raw, platform: 'myspace' }, `platform must be one of ${PLATFORMS.join(', ')}`],
    [{ ...raw, text: ' ' }, 'text is empty'],
    [{ ...raw, text: 'a\uD800b' }, 'text is not valid Unicode (lone surrogate)'],
    [{ ...raw, createdAt: 'yesterday' }, 'createdAt must be an ISO-8601 timestamp'],
    [
      { ...raw, author: { id: 'u', handle: 'h', followers: -1 } },
      'author.followers must be a number in [0, ∞]',
    ],
    [{ ...raw, rating: 9 }, 'rating must be a number in [1, 5] or null'],
  ])('refuses %j: %s', (v, reason) => {
    expect(decodeMention(buf(v))).toEqual({ kind: 'dlq', code: 'VIGIL_ERR_INVALID_MENTION', reason })
  })
})

describe('decodeAlert, decodeLiveMetrics, decodeVerdict', () => {
  it('accepts a valid alert and names what is wrong with a broken one', () => {
    const a = sampleAlert({ id: 'a1' })
    expect(decodeAlert(buf(a))).toEqual({ kind: 'ok', value: a })
    const bad = decodeAlert(buf({ ...a, status: 'panicking' }))
    expect(bad).toEqual({
      kind: 'dlq',
      code: 'VIGIL_ERR_INVALID_ALERT',
      reason: `status must be one of ${ALERT_STATUSES.join(', ')}`,
    })
    expect(reasonOf(decodeAlert(buf({ ...a, version: 1.5 })))).toBe('version must be an integer in [0, ∞]')
  })
  it('keeps what the incident says of itself: its one multiplier, trend and display name', () => {
    const a = sampleAlert({ id: 'a2', multiplier: 3.9, trend: 'calming', brandName: 'Northwind Bank' })
    expect(decodeAlert(buf(a))).toEqual({ kind: 'ok', value: a })
    const bad = decodeAlert(buf({ ...a, trend: 'exploding' }))
    expect(bad.kind === 'dlq' && bad.reason).toMatch(/trend must be one of/)
  })
  it('accepts a delivery attempt and dead-letters one it cannot store, with the reason', () => {
    const d = {
      alertId: 'a1',
      alertVersion: 1,
      brand: 'northwind',
      outlet: 'slack',
      kind: 'slack',
      event: 'opened',
      idempotencyKey: 'a1@1:slack',
      attempt: 1,
      outcome: 'delivered',
      status: 200,
      error: '',
      durationMs: 12,
      at: '2026-11-23T10:00:00.000Z',
    }
    expect(decodeAlertDelivery(buf(d))).toEqual({ kind: 'ok', value: d })
    const bad = decodeAlertDelivery(buf({ ...d, outcome: 'maybe' }))
    expect(bad.kind === 'dlq' && bad.code).toBe('VIGIL_ERR_INVALID_DELIVERY')
    expect(bad.kind === 'dlq' && bad.reason).toMatch(/outcome must be one of/)
  })
  it('keeps the good metrics of a list and refuses the bad ones beside them', () => {
    const good = {
      brand: 'northwind',
      minute: '2026-11-23T10:00:00.000Z',
      volume: 3,
      negative: 1,
      positive: 1,
      complaints: 0,
      meanSentiment: 0,
      expectedVolume: 2.5,
      score: 0.3,
    }
    const r = decodeLiveMetrics(buf([good, { ...good, volume: 'many' }]))
    expect(r).toEqual({ kind: 'ok', value: { metrics: [good], refused: ['volume must be a number'] } })
  })
  it('gives a verdict its defaults and refuses one without a boolean', () => {
    expect(decodeVerdict(buf({ alertId: 'a1', real: true }), '2026-11-23T10:00:00.000Z')).toEqual({
      kind: 'ok',
      value: { alertId: 'a1', real: true, note: '', user: '', at: '2026-11-23T10:00:00.000Z' },
    })
    expect(decodeVerdict(buf({ alertId: 'a1', real: 'yes' })).kind).toBe('dlq')
  })
})

// Records at every limit decode; one step beyond a limit is refused. The producers (nlp, detect)
// cap their output with the same LIMITS, and their own property tests decode what they emit.
describe('the limits table is the contract', () => {
  const str = (max: number) => fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: max })
  const atLimit = (max: number) => fc.constantFrom('a'.repeat(max), 'b')
  const list = <T>(item: fc.Arbitrary<T>, maxLength: number) => fc.array(item, { maxLength })
  const enriched = fc.record({
    // A text of blanks is refused ("text is empty"), rightly: every generated text has a letter.
    text: fc.oneof(
      str(199).map((t) => `a${t}`),
      atLimit(LIMITS.textChars),
    ),
    url: fc.oneof(fc.constant(''), atLimit(LIMITS.urlChars)),
    hashtags: list(fc.oneof(str(40), atLimit(LIMITS.itemChars)), 30),
    terms: fc.oneof(
      list(str(20), 30),
      fc.constant(Array.from({ length: LIMITS.listItems }, (_, i) => `t${i}`)),
    ),
    urls: list(fc.oneof(str(60), atLimit(LIMITS.urlChars)), 20),
    pii: fc.uniqueArray(fc.constantFrom(...PII_KINDS)),
    brands: list(fc.record({ brand: atLimit(LIMITS.brandIdChars), via: str(40) }), LIMITS.brands),
    lang: atLimit(LIMITS.langChars),
  })
  it('an enriched mention at every limit decodes', () => {
    fc.assert(
      fc.property(enriched, (over) => {
        const m = sampleEnriched({ id: 'x:limit', ...over })
        const r = decodeEnrichedMention(buf(m))
        expect(reasonOf(r)).toBe('')
      }),
      { numRuns: 150 },
    )
  })
  it('one character or item beyond a limit is refused', () => {
    const m = sampleEnriched({ id: 'x:limit' })
    for (const over of [
      { urls: ['u'.repeat(LIMITS.urlChars + 1)] },
      { terms: Array.from({ length: LIMITS.listItems + 1 }, () => 't') },
      { text: 'a'.repeat(LIMITS.textChars + 1) },
      { brands: Array.from({ length: LIMITS.brands + 1 }, () => ({ brand: 'b', via: 'b' })) },
    ]) {
      expect(decodeEnrichedMention(buf({ ...m, ...over })).kind).toBe('dlq')
    }
  })
  it('an alert at every limit decodes', () => {
    fc.assert(
      fc.property(
        fc.record({
          status: fc.constantFrom(...ALERT_STATUSES),
          severity: fc.constantFrom(...SEVERITIES),
          headline: fc.oneof(str(80), atLimit(LIMITS.noteChars)),
          sampleMentionIds: list(atLimit(LIMITS.idChars), LIMITS.listItems),
          signals: list(
            fc.record({
              name: atLimit(LIMITS.itemChars),
              observed: fc.double({ noNaN: true, noDefaultInfinity: true }),
              expected: fc.double({ noNaN: true, noDefaultInfinity: true }),
              score: fc.double({ noNaN: true, noDefaultInfinity: true }),
            }),
            12,
          ),
        }),
        (over) => {
          const a = sampleAlert({ id: 'northwind-1', ...over })
          expect(reasonOf(decodeAlert(buf(a)))).toBe('')
        },
      ),
      { numRuns: 150 },
    )
  })
})
