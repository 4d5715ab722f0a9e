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

  it('gives content terms without stopwords', () => {
    const t = 'The Northwind app is down again for everyone'
    expect(extractEntities(t, foldText(t)).terms).toEqual(['northwind', 'app', 'down'])
  })
})

describe('terms in every script', () => {
  const terms = (t: string) => extractEntities(t).terms

  it('cuts Chinese into words, never character pairs across words', () => {
    const got = terms('我的莲花银行账户被冻结了，客服电话打不通 #莲花银行崩了')
    expect(got).toEqual(expect.arrayContaining(['莲花', '银行', '账户', '冻结', '电话']))
    // The pairs of the old bigram terms that straddle two words.
    for (const pair of ['花银', '行账', '户被', '结了', '账一']) expect(got).not.toContain(pair)
    expect(terms('账户冻结了')).toEqual(['账户', '冻结'])
  })

  it('finds in a post of many runs the terms of each run read alone, in order', () => {
    // Runs split by punctuation, a Latin word and a katakana middle dot ('・', in the kana
    // block but not word-like): the walk that skips the separators between runs loses nothing.
    const runs = ['莲花银行账户冻结', '客服电话打不通', '扣款两次・退款申请', '今天又不行']
    const want: string[] = []
    for (const r of runs) for (const w of terms(r)) if (!want.includes(w)) want.push(w)
    expect(want.length).toBeGreaterThan(6)
    expect(terms(`${runs[0]}，${runs[1]} app ${runs[2]} ${runs[3]}`)).toEqual(['app', ...want])
  })

  it('cuts Japanese into words and drops particles', () => {
    const got = terms('銀行のアプリが使えない、カードが止められた')
    expect(got).toEqual(expect.arrayContaining(['アプリ', 'カード']))
    for (const particle of ['の', 'が', 'ない']) expect(got).not.toContain(particle)
  })

  it('normalises Arabic: alef variants, ta marbuta, alef maqsura, tatweel, harakat, article and clitics', () => {
    // Several spellings of "the bank's application" and "customers" give one term each.
    const variants = ['تطبيق البنك', 'تَطْبِيقُ البَنْكِ', 'تطبيـــق والبنك', 'التطبيق بالبنك', 'للتطبيق وبالبنك']
    for (const v of variants) expect(terms(v)).toEqual(expect.arrayContaining(['تطبيق', 'بنك']))
    expect(terms('مشكلة إدارة الفرع')).toEqual(terms('مشكله اداره الفرع'))
    expect(terms('مستشفى')).toEqual(terms('مستشفي'))
  })

  it('removes stop-words in every served language', () => {
    const cases: [string, string][] = [
      ['en', 'why would they never do that to us'],
      ['nl', 'waarom hebben jullie dat nog niet'],
      ['de', 'warum haben sie das noch nicht gemacht'],
      ['fr', 'pourquoi vous ne faites jamais rien'],
      ['es', 'por qué ustedes nunca hacen nada'],
      ['it', 'perché voi non siete mai qui'],
      ['pt', 'por que vocês nunca fazem nada'],
      ['ar', 'لماذا لم يكن ذلك حتى الآن'],
      ['zh', '为什么你们一直都没有'],
    ]
    for (const [lang, t] of cases) expect(terms(t), lang).toEqual([])
  })

  it('keeps banking topics that general stop-word lists contain', () => {
    expect(terms('la cuenta está bloqueada')).toContain('cuenta')
    expect(terms('app down, login problem')).toEqual(['app', 'down', 'login', 'problem'])
  })

  it('never makes a term of a number in any digit script', () => {
    expect(terms('charged 2024 ٢٠٢٤ ２０２４ again')).toEqual(['charged'])
  })
})
