/**
 * Each closed minute, a brand compared with the other brands: how many spike with it, whether
 * the event is sector-wide, and the `peer` score (our negatives against our baseline scaled by
 * the median ratio of the other banks now).
 */
import type { BrandState, BucketResult } from '../brand.js'
import type { DetectorParams } from '../params.js'
import { scorePeer } from '../score.js'

export interface PeerContext {
  /** The gated `peer` score. */
  score: number
  sectorWide: boolean
  spiking: number
  peers: number
}

const ratio = (r: BucketResult) => (r.negObs.c + 1) / (r.negObs.mu + 1)

/** The peer context of `st`'s scored minute `r`, among every brand scored this minute. */
export function comparePeers(
  st: BrandState,
  r: BucketResult,
  results: Array<[BrandState, BucketResult]>,
  p: DetectorParams,
): PeerContext {
  const others = results.filter(([o]) => o !== st).map(([, o]) => o)
  // A peer spikes with us when its own signals do, or when our bursting hashtag bursts
  // there too (#CardOutage across banks is one event, seen before the volumes all move).
  const tag = burstingTag(r, p)
  const spiking = others.filter(
    (o) =>
      (o.combined >= p.calmThreshold && ratio(o) >= p.minRatio) ||
      (tag !== null && o.trends.hashtags.some((h) => h.key === tag && h.observed >= 2)),
  ).length
  const peer = scorePeer(r.negObs, { ratios: others.map(ratio), spiking }, p)
  const sectorWide = others.length >= 2 && spiking >= Math.ceil(p.sectorFraction * others.length)
  return { score: peer.gated, sectorWide, spiking, peers: others.length }
}

/** The bucket's leading hashtag when it bursts clearly (after correcting for the keys tested). */
function burstingTag(r: BucketResult, p: DetectorParams): string | null {
  const top = r.trends.hashtags[0]
  if (top === undefined) return null
  return top.surprise - Math.log10(r.trends.hashtags.length) >= p.calmThreshold ? top.key : null
}
