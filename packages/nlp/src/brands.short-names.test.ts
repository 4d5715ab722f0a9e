import { loadBrands } from '@vigil/config'
import { describe, expect, it } from 'vitest'
import { createBrandMatcher } from './brands.js'

const matcher = createBrandMatcher(loadBrands())
const brands = (t: string) => matcher.match(t).map((b) => b.brand)

describe('short brand names in every script', () => {
  it('finds Lotus Bank by its full and short Chinese names, simplified or traditional', () => {
    expect(brands('莲花银行的app又崩了')).toEqual(['lotus'])
    expect(brands('蓮花銀行轉賬失敗')).toEqual(['lotus'])
  })

  it('takes the short name 莲花 only in a banking context', () => {
    for (const t of [
      '莲花又扣我钱了',
      '莲花网银登不上',
      '莲花客服太差',
      '蓮花網銀又掛了',
      '莲花信用卡被盗刷',
    ]) {
      expect(brands(t), t).toEqual(['lotus'])
    }
    for (const t of ['今天去莲花山玩', '莲花开了真漂亮', '莲花的花语是什么']) expect(brands(t), t).toEqual([])
  })

  it('takes the short Arabic name النور only in a banking context, with folded spellings', () => {
    expect(brands('النور سحب رصيدي بدون اذن')).toEqual(['alnoor'])
    expect(brands('تطبيق مصرف النّور معطل')).toEqual(['alnoor'])
    expect(brands('ذهبت الى النور اليوم')).toEqual([])
  })
})
