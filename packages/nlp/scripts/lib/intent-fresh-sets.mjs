/**
 * The red teams' and our earlier blind intent sets (data/fresh/intent-fresh-*.mjs: posts
 * written in seven languages by different authors, each before reading the intent code), as
 * labelled items. Every set listed here has been tuned on by some round; the list is fixed by
 * hand so that a new blind set (13 and later) is never trained on until a round says so
 * (sets 9 and 10 since intent11, set 11 since intent12, set 12 since intent13).
 */
import * as set3 from '../../data/fresh/intent-fresh-3.mjs'
import * as set4 from '../../data/fresh/intent-fresh-4.mjs'
import * as set5 from '../../data/fresh/intent-fresh-5.mjs'
import * as set6 from '../../data/fresh/intent-fresh-6.mjs'
import * as set7 from '../../data/fresh/intent-fresh-7.mjs'
import * as set8 from '../../data/fresh/intent-fresh-8.mjs'
import * as set9 from '../../data/fresh/intent-fresh-9.mjs'
import * as set10 from '../../data/fresh/intent-fresh-10.mjs'
import * as set11 from '../../data/fresh/intent-fresh-11.mjs'
import * as set12 from '../../data/fresh/intent-fresh-12.mjs'
import { en, nl } from '../../data/fresh/intent-fresh-en-nl.mjs'
import { de, es, fr } from '../../data/fresh/intent-fresh-es-fr-de.mjs'
import { ar, zh } from '../../data/fresh/intent-fresh-zh-ar.mjs'

export const LANGS = ['en', 'nl', 'de', 'fr', 'es', 'ar', 'zh']

const BY_SET = {
  1: { en, nl, de, fr, es, ar, zh },
  3: set3,
  4: set4,
  5: set5,
  6: set6,
  7: set7,
  8: set8,
  9: set9,
  10: set10,
  11: set11,
  12: set12,
}

/** The tuned-on sets, in order (set 2 was personal data only). */
export const TUNED_SETS = Object.keys(BY_SET)

/**
 * One set's posts: { id, lang, label, platform, text, author, source: 'fresh-<set>' }. `author`
 * is the row's publisher or account id where the set gives one, else a distinct id per row
 * (as eval-intent-fresh.mjs sends them).
 */
export function freshSetItems(setNo) {
  const set = BY_SET[setNo]
  if (set === undefined) throw new Error(`intent set ${setNo} is not among the tuned-on sets ${TUNED_SETS}`)
  const out = []
  for (const lang of LANGS) {
    set[lang].forEach(([label, platform, text, author], i) => {
      out.push({
        id: `fresh${setNo === '1' ? '' : setNo}:${lang}:${i}`,
        lang,
        label,
        platform,
        text,
        author: author ?? `fresh-author-${setNo}-${lang}-${i}`,
        source: `fresh-${setNo}`,
      })
    })
  }
  return out
}
