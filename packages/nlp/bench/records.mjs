/**
 * The bench's records (enrich-bench.mjs), shared with the output identity check
 * (check-identity.mjs) so that both read exactly the same texts in the same order.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** A small seeded LCG: the same seed, the same records and the same shuffle. */
export function createRng(seed) {
  let s = seed
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0
    return s / 2 ** 32
  }
}

const TEMPLATES = [
  '{b} app down again, cannot log in {e}',
  '@NorthwindHelp I was charged twice for the same payment, card 4111 1111 1111 1111',
  'Why is my {b} account frozen?? Still waiting for a reply after 3 days #appdown',
  'Thanks {b}, great service today {e}',
  'Mijn pas van {b} is weer geblokkeerd, storing bij inloggen',
  'Meine Karte ist gesperrt, {b} antwortet nicht',
  'Ma carte {b} est bloquée, quelle galère',
  'La app de {b} no funciona otra vez, me cobraron dos veces',
  "L'app di {b} non funziona, che disservizio",
  'O app do {b} está fora do ar de novo',
  '{b} uygulaması çalışmıyor, kartım bloke oldu',
  'Aplikasi {b} error terus, saldo terpotong dua kali',
  'yaar {b} ka app phir se kaam nahi kar raha',
  '莲花银行的app又崩了，扣款两次，客服没人回复',
  '蓮花銀行凍結了我的帳戶 #莲花银行#',
  'بنك النور جمد حسابي والتطبيق معطل',
  'new {b} card arrived, looks nice. Call me on +44 7700 900123 if you need it',
  'Quarterly results from {b}: https://example.com/news/{n} $CRB',
  'FREE giveaway!!! DM me to double your bitcoin https://example.com/x #crypto #btc',
  'paid £1,299.99 on 2024-03-15 at 14:30, order #123456789012 {e}',
]
const BRANDS = ['Northwind', 'Crest Bank', 'Havenbank', 'Lotus Bank', 'Al Noor Bank', 'NWB', 'Crest']
const EMOJI = ['😡', '🙄', '😍', '👍', '', '', '']

/** The bench's record of `text` as the `i`-th post (JSON), as ingest writes one. */
export function mentionRecord(text, i) {
  return JSON.stringify({
    id: `x:${i}`,
    event: 'create',
    platform: 'x',
    kind: 'post',
    url: `https://x.example/${i}`,
    author: {
      id: `u${i % 997}`,
      handle: `user${i % 997}`,
      followers: i % 5000,
      verified: false,
      isBrandAccount: false,
    },
    text,
    createdAt: '2026-01-01T00:00:00.000Z',
    receivedAt: '2026-01-01T00:00:01.000Z',
    inReplyTo: null,
    conversationId: null,
    engagement: { likes: i % 7, shares: 0, replies: 0, views: 10 },
    rating: null,
    appVersion: null,
    lang: null,
  })
}

/** N texts from the templates, then the sentiment test texts under DATA when present, as JSON records. */
export function benchRecords(N, DATA, rnd) {
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)]
  const texts = []
  for (let i = 0; i < N; i++) {
    texts.push(
      pick(TEMPLATES)
        .replaceAll('{b}', pick(BRANDS))
        .replaceAll('{e}', pick(EMOJI))
        .replaceAll('{n}', String(i)),
    )
  }
  let fromFiles = 0
  for (const lang of ['en', 'ar', 'fr', 'de', 'es', 'it', 'pt', 'hi', 'nl', 'zh']) {
    const p = join(DATA, lang, 'test.jsonl')
    if (!existsSync(p)) continue
    for (const l of readFileSync(p, 'utf8').split('\n').filter(Boolean)) {
      texts.push(JSON.parse(l).text)
      fromFiles++
    }
  }
  const recs = texts.map(mentionRecord)
  return { recs, generated: N, fromFiles }
}

/** The records' mentions with each text once, first occurrence kept (the first-sight benches' set). */
export function distinctMentions(recs) {
  const seen = new Set()
  const distinct = []
  for (const r of recs) {
    const m = JSON.parse(r)
    if (!seen.has(m.text)) {
      seen.add(m.text)
      distinct.push(m)
    }
  }
  return distinct
}
