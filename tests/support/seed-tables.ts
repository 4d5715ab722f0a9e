/**
 * Every table the store's seeder writes, as its readers see it (aggregates summed per key),
 * each as a row count and an order-free digest: the seeded tests compare two stores with it
 * (the bulk path against the sink's path, a resumed seed against an uninterrupted one).
 */
import { run, type Store } from '@vigil/store'

const TABLES: Record<string, string> = {
  mentions: 'SELECT * FROM DB.mentions',
  mention_events: 'SELECT * EXCEPT seen_at FROM DB.mention_events',
  mention_minute: `SELECT minute, brand, platform, lang, sum(volume), sum(negative), sum(neutral), sum(positive),
      sum(complaints), sum(questions), sum(pii_incidents), round(sum(sentiment_sum), 3), sum(reach)
    FROM DB.mention_minute GROUP BY ALL`,
  mention_hour: `SELECT hour, brand, platform, lang, sum(volume), sum(negative), sum(neutral), sum(positive),
      sum(complaints), sum(questions), sum(pii_incidents), round(sum(sentiment_sum), 3), sum(reach)
    FROM DB.mention_hour GROUP BY ALL`,
  mention_replies: 'SELECT * FROM DB.mention_replies',
  review_events: 'SELECT * FROM DB.review_events',
}

export type TableDigests = Record<string, { n: number; digest: string }>

export async function seededTableDigests(store: Store): Promise<TableDigests> {
  const out: TableDigests = {}
  for (const [name, sql] of Object.entries(TABLES)) {
    const [r] = await run<{ n: number; digest: string }>(store, {
      query: `SELECT count() AS n, toString(groupBitXor(cityHash64(*))) AS digest FROM (${sql.replaceAll('DB', `\`${store.database}\``)})`,
      query_params: {},
    })
    out[name] = { n: Number(r!.n), digest: r!.digest }
  }
  return out
}
