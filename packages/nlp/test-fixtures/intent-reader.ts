import { loadBrands } from '@vigil/config'
import { createEnricher } from '../src/enricher.js'
import { mention } from './mention.js'

/**
 * The whole enricher (shipped intent model and every rule after it) reading posts on x, each
 * from a different author (so no history or raid signal fires): `read` one post, `misread`
 * the posts whose intent is not the expected one.
 */
export function intentReader(prefix: string) {
  const enricher = createEnricher({ brands: loadBrands(), sentimentModelPath: null })
  let n = 0
  const read = (text: string) =>
    enricher.enrich({
      ...mention(text),
      id: `${prefix}-${n}`,
      platform: 'x',
      author: {
        id: `${prefix}-author-${n++}`,
        handle: 'someone',
        followers: 10,
        verified: false,
        isBrandAccount: false,
      },
    })
  const misread = (texts: readonly string[], intent: string) =>
    texts.filter((text) => read(text).intent !== intent)
  return { read, misread }
}
