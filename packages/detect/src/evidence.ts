/**
 * Turns a scored bucket (plus the peer view) into the evidence an incident keeps, and an
 * incident into the published Alert. Pure.
 */
import type { Alert, AlertSignal, LiveMetric } from '@vigil/schema'
import type { BrandState, BucketResult } from './brand.js'
import type { Evidence, IncidentState } from './incident.js'
import type { DetectorParams } from './params.js'
import type { Scored } from './score.js'

const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d

function toSignal(s: Scored): AlertSignal {
  return { name: s.name, observed: round(s.observed), expected: round(s.expected), score: round(s.surprise) }
}

export function buildEvidence(
  st: BrandState,
  r: BucketResult,
  peer: { score: number; sectorWide: boolean; spiking: number; peers: number },
  p: DetectorParams,
): Evidence {
  const hot = r.scores.filter((s) => s.gated >= p.calmThreshold).sort((a, b) => b.gated - a.gated)
  // Trend hits join the signals when they are strong after correcting for how many keys were tested.
  const trendSignals: AlertSignal[] = []
  const keys = (kind: keyof BucketResult['trends'], prefix: string, max: number): string[] => {
    const hits = r.trends[kind]
    const correction = Math.log10(Math.max(1, hits.length))
    const strong = hits.filter((h) => h.surprise - correction >= p.calmThreshold)
    for (const h of strong.slice(0, 3)) {
      trendSignals.push({
        name: `${prefix}:${h.key}`,
        observed: h.observed,
        expected: round(h.expected),
        score: round(h.surprise - correction),
      })
    }
    return strong.slice(0, max).map((h) => h.key)
  }
  const hashtags = keys('hashtags', 'hashtag', 5)
  const terms = keys('terms', 'term', 8)
  const platforms = keys('platforms', 'platform', 4)
  const languages = keys('langs', 'lang', 4)
  const signals = hot.slice(0, 6).map(toSignal)
  if (peer.score >= p.calmThreshold)
    signals.push({ name: 'peer', observed: r.negObs.c, expected: 0, score: round(peer.score) })
  signals.push(...trendSignals)
  const lead = hot[0] ? toSignal(hot[0]) : null
  const samples: string[] = []
  for (let i = st.recent.length - 1; i >= 0 && samples.length < p.maxSamples; i--) {
    for (const id of st.recent[i]!.samples) if (samples.length < p.maxSamples) samples.push(id)
  }
  return {
    brand: st.info.id,
    role: st.info.role,
    startMs: r.startMs,
    endMs: r.startMs + p.bucketMs,
    score: round(r.combined),
    lead,
    signals,
    hashtags,
    terms,
    platforms,
    languages,
    samples,
    sectorWide: peer.sectorWide,
    spikingPeers: peer.spiking,
    peers: peer.peers,
    maturity: r.maturity,
  }
}

export function toAlert(inc: IncidentState): Alert {
  const iso = (ms: number) => new Date(ms).toISOString()
  return {
    id: inc.id,
    version: inc.version,
    brand: inc.brand,
    status: inc.status,
    severity: inc.severity,
    score: round(inc.peakScore),
    confidence: inc.confidence,
    signals: inc.signals,
    drivers: { hashtags: inc.hashtags, terms: inc.terms, platforms: inc.platforms, languages: inc.languages },
    sectorWide: inc.sectorWide,
    headline: inc.headline,
    openedAt: iso(inc.openedMs),
    updatedAt: iso(inc.updatedMs),
    resolvedAt: inc.resolvedMs === null ? null : iso(inc.resolvedMs),
    sampleMentionIds: inc.samples,
  }
}

export function toMetric(r: BucketResult): LiveMetric {
  const b = r.bucket
  return {
    brand: r.brand,
    minute: new Date(r.startMs).toISOString(),
    volume: b.volume,
    negative: b.negative,
    positive: b.positive,
    complaints: b.complaints,
    meanSentiment: b.volume === 0 ? 0 : round(b.sentimentSum / b.volume, 3),
    expectedVolume: round(r.expectedVolume),
    score: round(r.combined),
  }
}
