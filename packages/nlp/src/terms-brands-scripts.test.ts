import { loadBrands } from '@vigil/config'
import { describe, expect, it } from 'vitest'
import { mention } from '../test-fixtures/mention.js'
import { createEnricher } from './enricher.js'

// Posts written for this test: what an analyst sees in the Explorer's terms and brand columns.
const enricher = createEnricher({ brands: loadBrands(), sentimentModelPath: null })
const enrich = (text: string) => enricher.enrich(mention(text))
const brandsOf = (text: string) => enrich(text).brands.map((b) => b.brand)

describe('terms in every script', () => {
  it('Chinese terms are words, without the particle ICU leaves on a verb', () => {
    const { terms } = enrich('莲花银行的信用卡年费太贵了，冻结了我的账户')
    expect(terms).toEqual(expect.arrayContaining(['莲花', '银行', '信用卡', '冻结', '账户']))
    expect(terms).not.toContain('贵了')
    expect(terms).not.toContain('冻结了')
    // No pairs across word boundaries (the old bigram terms).
    for (const pair of ['行的', '卡年', '花银']) expect(terms).not.toContain(pair)
  })

  it('Arabic terms lose diacritics, tatweel and the attached article', () => {
    const { terms } = enrich('بَنْكُ النُّورِ سحـــب رسوم من حسابي والبنك ما يرد')
    expect(terms).toEqual(expect.arrayContaining(['بنك', 'نور', 'سحب', 'رسوم']))
    expect(terms.some((t) => /[\u064b-\u0652\u0640]/.test(t))).toBe(false)
    expect(terms).not.toContain('والبنك')
  })

  it('stop-words are not terms in nl, de, fr and es', () => {
    const cases: [string, string[]][] = [
      ['De app van de Havenbank werkt niet en het is al de derde keer', ['de', 'van', 'het', 'en']],
      ['Die App der Northwind Bank ist schon wieder down und das nervt', ['die', 'der', 'und', 'das']],
      ["L'appli de Crest ne marche pas et le service client est nul", ['de', 'et', 'le', 'est']],
      ['La app de Crest no funciona y el servicio es malo', ['la', 'de', 'el', 'es']],
    ]
    for (const [text, stop] of cases) {
      const { terms } = enrich(text)
      for (const w of stop) expect(terms, text).not.toContain(w)
    }
  })
})

describe('brand short names in every script', () => {
  it('the short Chinese name counts in a banking context, in simplified and traditional script', () => {
    expect(brandsOf('蓮花的信用卡年費又漲了')).toEqual(['lotus'])
    expect(brandsOf('莲花App转账一直失败')).toEqual(['lotus'])
    expect(brandsOf('周末去莲花池公园散步')).toEqual([])
  })

  it('an Arabic brand matches with diacritics and tatweel; the ambiguous "النور" only next to banking words', () => {
    expect(brandsOf('بَنْكُ النُّورِ سحب رسوم من حسابي')).toEqual(['alnoor'])
    expect(brandsOf('بنـــك النور التطبيق واقف')).toEqual(['alnoor'])
    expect(brandsOf('النور سحبوا رسوم من راتبي')).toEqual(['alnoor'])
    expect(brandsOf('النور انقطع في البيت من الصبح')).toEqual([])
  })
})
