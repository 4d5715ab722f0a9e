/**
 * The held-out sets the sentiment evaluations read (eval-sentiment.mjs, eval-stance-intent.mjs):
 * the research test splits and the open data's files.
 */
import { join } from 'node:path'
import { fnv, readJsonl } from './linear-train.mjs'

const CODES_RE = /\[[^[\]\s]{1,8}\]/g

/** The research test splits, one set a language (zh: Weibo, hotel and Weibo without its emoji codes, 2 classes). */
export function researchSets(DATA) {
  const out = []
  for (const lang of ['en', 'ar', 'fr', 'de', 'es', 'it', 'pt', 'hi', 'nl']) {
    out.push({
      name: lang,
      lang,
      classes: ['negative', 'neutral', 'positive'],
      items: readJsonl(join(DATA, lang, 'test.jsonl')),
    })
  }
  const zh = readJsonl(join(DATA, 'zh', 'test.jsonl'))
  const two = ['negative', 'positive']
  const weibo = zh.filter((i) => i.source === 'weibo')
  out.push({ name: 'zh-weibo', lang: 'zh', classes: two, items: weibo })
  out.push({ name: 'zh-hotel', lang: 'zh', classes: two, items: zh.filter((i) => i.source === 'hotel') })
  out.push({
    name: 'zh-weibo-nocodes',
    lang: 'zh',
    classes: two,
    items: weibo.map((i) => ({ ...i, text: i.text.replace(CODES_RE, ' ') })),
  })
  return out
}

/** The open data's files, [language, path under the open data folder]. */
export const OPEN_FILES = [
  ['en', 'xed/en.jsonl'],
  ['zh', 'xed/zh.jsonl'],
  ['ar', 'arsarcasm-v2/ar.jsonl'],
  ['ar', 'afrisenti/ary.jsonl'],
  ['ar', 'xed/ar.jsonl'],
  ['nl', 'xed/nl.jsonl'],
  ['es', 'xed/es.jsonl'],
  ['fr', 'xed/fr.jsonl'],
  ['de', 'xed/de.jsonl'],
]

/** The held-out 20% of an open data file (FNV of `dev:<id>`): train-shipped.mjs's selection split. */
export const openHeldOut = (openDir, file) =>
  readJsonl(join(openDir, file)).filter((it) => fnv(`dev:${it.id}`) % 5 === 0)
