import { describe, expect, it } from 'vitest'
import {
  formatMultiplier,
  handledLine,
  headlineOf,
  headlineParts,
  kindOf,
  multiplierOf,
  orderIncidents,
  screenState,
} from './incident.js'
import { SAMPLE_ALERT, sampleAlert } from './sample-alert.js'
import type { Alert } from './types.js'

const alertBase = SAMPLE_ALERT
const alert = sampleAlert

const roleOf = (b: string) => (b === 'northwind' ? 'own' : b === 'unknown' ? undefined : 'competitor')

describe('the wall screen’s state', () => {
  it('is calm with nothing unresolved, crisis while our high incident is open or being handled', () => {
    expect(screenState([], roleOf)).toBe('calm')
    expect(screenState([alert({ status: 'resolved' })], roleOf)).toBe('calm')
    expect(screenState([alert({ severity: 'high' })], roleOf)).toBe('crisis')
    // Acknowledging is not resolving: two handled crises never look like a calm screen.
    expect(screenState([alert({ severity: 'critical', status: 'acknowledged' })], roleOf)).toBe('crisis')
  })

  it('is watch for our minor incidents and for any competitor’s, whatever its severity', () => {
    expect(screenState([alert({ severity: 'medium' })], roleOf)).toBe('watch')
    expect(screenState([alert({ brand: 'crest', severity: 'critical' })], roleOf)).toBe('watch')
    expect(kindOf(alert({ brand: 'crest' }), roleOf)).toBe('opportunity')
    expect(kindOf(alert({ brand: 'crest', sectorWide: true }), roleOf)).toBe('sector')
    expect(kindOf(alert({}), roleOf)).toBe('own')
  })

  it('orders our bank first, waiting before handled, then severity; resolved last', () => {
    const list = [
      alert({ id: 'comp-critical', brand: 'crest', severity: 'critical', updatedAt: '2026-11-23T09:09:00Z' }),
      alert({ id: 'own-acked', severity: 'high', status: 'acknowledged' }),
      alert({ id: 'own-done', status: 'resolved', severity: 'critical' }),
      alert({ id: 'own-medium', severity: 'medium' }),
      alert({ id: 'own-high', severity: 'high' }),
    ]
    expect(orderIncidents(list, roleOf).map((a) => a.id)).toEqual([
      'own-high',
      'own-medium',
      'own-acked',
      'comp-critical',
      'own-done',
    ])
  })
})

describe('one multiplier and a plain headline per incident', () => {
  const crisis = alert({
    signals: [
      { name: 'hashtag:#northwinddown', observed: 51, expected: 0.1, score: 12 },
      { name: 'negative@5m', observed: 223, expected: 56.4, score: 9 },
      { name: 'volume@5m', observed: 300, expected: 150, score: 4 },
    ],
    drivers: { hashtags: ['#NorthwindDown'], terms: [], platforms: ['x'], languages: ['en', 'nl'] },
  })

  it('takes the lead count signal, never a hashtag’s novelty rate', () => {
    expect(formatMultiplier(multiplierOf(crisis))).toBe('×4.0')
    expect(
      multiplierOf(alert({ signals: [{ name: 'term:down', observed: 9, expected: 0.1, score: 8 }] })),
    ).toBeNull()
    expect(
      multiplierOf(alert({ signals: [{ name: 'peer', observed: 9, expected: 0, score: 8 }] })),
    ).toBeNull()
    expect(
      formatMultiplier(
        multiplierOf(alert({ signals: [{ name: 'volume', observed: 40, expected: 2, score: 9 }] })),
      ),
    ).toBe('×20')
    expect(formatMultiplier(null)).toBe('—')
  })

  it('says it in words, with the display name and the same multiplier', () => {
    expect(headlineOf(crisis, 'Northwind Bank')).toBe(
      'Northwind Bank: negative posts ×4.0 normal in the last 5 minutes (223 vs 56 expected), mostly on X in English and Dutch, #NorthwindDown',
    )
    expect(
      headlineOf(
        alert({ drivers: { hashtags: ['#x'], terms: [], platforms: [], languages: [] } }),
        'Crest Bank',
      ),
    ).toBe('Crest Bank: new hashtag #x spreading')
  })

  it('keeps an acknowledged incident on screen as being handled, by whom when known', () => {
    const hm = (iso: string) => iso.slice(11, 16)
    expect(
      handledLine(
        alert({ status: 'acknowledged', acknowledgedAt: '2026-11-23T10:04:00Z', acknowledgedBy: 'duty' }),
        hm,
      ),
    ).toBe('Being handled since 10:04 by duty')
    expect(handledLine(alert({ status: 'acknowledged' }), hm)).toBe('Being handled')
    expect(handledLine(alert({}), hm)).toBeNull()
  })
})

describe('right-to-left names in the headline', () => {
  it('isolates the bank’s name and the hashtag, leaving the counts in the English sentence', () => {
    const a: Alert = {
      ...alertBase,
      brand: 'alnoor',
      signals: [{ name: 'negative@5m', observed: 90, expected: 30, score: 6 }],
      drivers: { hashtags: ['#بنك_النور'], terms: [], platforms: ['x'], languages: ['ar'] },
    }
    expect(headlineParts(a, 'بنك النور')).toEqual([
      { text: 'بنك النور', isolate: true },
      { text: ': ' },
      { text: 'negative posts ×3.0 normal in the last 5 minutes (90 vs 30 expected)' },
      { text: ', mostly on X in Arabic' },
      { text: ', ' },
      { text: '#بنك_النور', isolate: true },
    ])
  })
})

describe('the detector’s own words, isolated', () => {
  it('uses the headline and multiplier the detector wrote, with the bank and hashtag isolated', async () => {
    const { headlineParts, multiplierOf, probabilityLine } = await import('./incident.js')
    const a = {
      ...alertBase,
      headline: 'بنك النور: negative posts 3.9× normal in the last 5 minutes, #AlNoorDown, still growing',
      multiplier: 3.9,
      trend: 'growing' as const,
      brandName: 'بنك النور',
      probability: 0.874,
      drivers: { hashtags: ['#alnoordown'], terms: [], platforms: ['x'], languages: ['ar'] },
    }
    expect(multiplierOf(a)).toBe(3.9)
    expect(
      headlineParts(a, 'Al Noor')
        .filter((p) => p.isolate)
        .map((p) => p.text),
    ).toEqual(['بنك النور', '#AlNoorDown'])
    expect(
      headlineParts(a, 'Al Noor')
        .map((p) => p.text)
        .join(''),
    ).toBe(a.headline)
    expect(probabilityLine(a)).toBe('likely real · 87 %')
  })
})
