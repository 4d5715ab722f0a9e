// The stream throughput.mjs and throughput-ab.mjs time: 5 brands, mentions that look like the
// enricher's output (1-2 brands, 6 terms from a 2,000-word vocabulary, some hashtags), spread
// evenly over `spanMs` of event time.

export const BRANDS = [
  { id: 'northwind', role: 'own', size: 'mid' },
  { id: 'crest', role: 'competitor', size: 'large' },
  { id: 'havenbank', role: 'competitor', size: 'mid' },
  { id: 'lotus', role: 'competitor', size: 'large' },
  { id: 'alnoor', role: 'competitor', size: 'mid' },
]
export const STREAM_START = Date.UTC(2026, 10, 2)
const vocab = Array.from({ length: 2000 }, (_, i) => `term${i}`)
const tags = Array.from({ length: 300 }, (_, i) => `#tag${i}`)

/** `n` mentions from the random source `r`, built with `synthMention` of @vigil/detect. */
export function buildStream(r, synthMention, n, spanMs) {
  const mentions = new Array(n)
  for (let i = 0; i < n; i++) {
    const brand = BRANDS[Math.floor(r() * BRANDS.length)].id
    const other = r() < 0.1 ? [BRANDS[Math.floor(r() * BRANDS.length)].id] : []
    const u = r()
    mentions[i] = synthMention(
      STREAM_START + Math.floor((i / n) * spanMs),
      {
        brand,
        otherBrands: other.filter((b) => b !== brand),
        label: u < 0.2 ? 'negative' : u < 0.55 ? 'positive' : 'neutral',
        intent: u < 0.1 ? 'complaint' : 'other',
        hashtags: r() < 0.4 ? [tags[Math.floor(r() * r() * tags.length)]] : [],
        terms: Array.from({ length: 6 }, () => vocab[Math.floor(r() * r() * vocab.length)]),
        platform: r() < 0.6 ? 'x' : 'reddit',
        followers: Math.floor(r() * 5000),
      },
      `x:b${i}`,
    )
  }
  return mentions
}
