import { describe, expect, it } from 'vitest'
import { extractEntities } from './entities.js'
import { foldText } from './text.js'

describe('entities', () => {
  it('normalises hashtags across case, full width, Arabic variants and Chinese scripts', () => {
    expect(extractEntities('#AppDown #appdown ＃ＡＰＰＤＯＷＮ').hashtags).toEqual(['#appdown'])
    expect(extractEntities('#بنك_النور #بنكُ_النّور').hashtags).toEqual(['#بنك_النور'])
    expect(extractEntities('#莲花银行 #蓮花銀行').hashtags).toEqual(['#莲花银行'])
    expect(extractEntities('#أزمة #ازمة').hashtags).toEqual(['#ازمه'])
  })

  it('finds hashtags where the former look-behind regex found them, and nowhere else', () => {
    // The scan starts at each '#'; the regex it replaced is the reference for what counts
    // (no Chinese here: Weibo topics #话题# are a rule of their own).
    const reference = /(?<![\p{L}\p{N}_&/])[#＃]([\p{L}\p{M}\p{N}_]{1,100})/gu
    const samples = [
      'a#b c#d #ok',
      '&#39; x/#path 1#2 _#no',
      '😀#emoji ＃ｆｕｌｌ ##double #a#b',
      `#${'x'.repeat(130)} #after`,
      'end with # and ＃',
      '(#paren) [#bracket] "#quoted"',
      '🏦#bank ä#umlaut é#e',
    ]
    for (const s of samples) {
      const want: string[] = []
      for (const m of s.matchAll(reference)) {
        const body = foldText(m[1] ?? '').replace(/_+$/u, '')
        if (body !== '' && !/^\d+$/.test(body) && !want.includes(`#${body}`)) want.push(`#${body}`)
      }
      expect(extractEntities(s).hashtags, s).toEqual(want)
    }
    expect(extractEntities('a#b c#d #ok').hashtags).toEqual(['#ok'])
  })

  it('reads Weibo topics written #话题#', () => {
    expect(extractEntities('#莲花银行崩了# 今天又不行').hashtags).toContain('#莲花银行崩了')
  })

  it('skips list numbers, keeps cashtags upper case and handles lower case', () => {
    const e = extractEntities('#1 problem: $nwb falling, ask @NorthwindHelp')
    expect(e.hashtags).toEqual([])
    expect(e.cashtags).toEqual(['$NWB'])
    expect(e.handles).toEqual(['@northwindhelp'])
  })

  it('does not read an e-mail address as a handle, nor a price as a cashtag', () => {
    const e = extractEntities('mail jo@example.com, it cost $25')
    expect(e.handles).toEqual([])
    expect(e.cashtags).toEqual([])
  })

  it('extracts URLs without trailing punctuation', () => {
    expect(extractEntities('see https://example.com/status).').urls).toEqual(['https://example.com/status'])
  })

  it('gives content terms without stopwords, and Chinese bigrams without function characters', () => {
    const t = 'The Northwind app is down again for everyone'
    expect(extractEntities(t, foldText(t)).terms).toEqual(['northwind', 'app', 'down', 'everyone'])
    const zh = extractEntities('账户冻结了')
    expect(zh.terms).toContain('冻结')
    expect(zh.terms).not.toContain('结了')
  })
})
