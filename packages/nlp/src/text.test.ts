import { describe, expect, it } from 'vitest'
import { T2S, T2S_LENGTHS } from './t2s.js'
import { foldArabic, foldText, toSimplified } from './text.js'

// foldText as it was written with regexes (round 4): the code-unit tables must give the same.
const NEEDS_NFKC =
  /[\u00A0-\u00BF\u0132-\u0133\u013F-\u0140\u0149\u017F\u01C4-\u01CC\u02B0-\u02FF\u1D00-\u1DBF\u1E9A-\u1E9B\u2000-\u33FF\uA69C-\uA69D\uF900-\uFFEF\u{1D400}-\u{1D7FF}]|\p{M}/u
const TRAD_RE = new RegExp(`[${[...T2S.keys()].join('')}]`)
function referenceFold(s: string): string {
  if (!/[^\u0000-\u007F]/.test(s)) return s.toLowerCase()
  let f = (NEEDS_NFKC.test(s) ? s.normalize('NFKC') : s).toLowerCase()
  if (/[\u0600-\u06FF]/.test(f)) f = foldArabic(f)
  if (TRAD_RE.test(f)) f = toSimplified(f)
  return f
}

describe('foldText', () => {
  it('folds exactly as the regex definition, every BMP character and astral edge cases included', () => {
    const texts: string[] = []
    for (let c = 0; c < 0x10000; c += 1) texts.push(`ab ${String.fromCharCode(c)} 銀`)
    texts.push(
      '𝐛𝐚𝐧𝐤 𝐚𝐩𝐩', // mathematical letters (astral, NFKC folds them)
      'a\u{1D167}b', // astral combining mark
      '\u{11001}x', // Brahmi mark
      '😡 app', // astral, no NFKC change
      'x\uD800', // lone high surrogate at the end
      '\uDC00y', // lone low surrogate
      '\uD83D\uD83D\uDE21', // high surrogate before a pair
      'ＦＵＬＬ ｗｉｄｔｈ 銀行帳戶',
      'بنك النُّور أ',
      'plain ascii',
      '',
    )
    const wrong = texts.filter((t) => foldText(t) !== referenceFold(t))
    expect(wrong.slice(0, 5).map((t) => JSON.stringify(t))).toEqual([])
  })
})

describe('traditional → simplified table', () => {
  it('pairs every traditional character with one simplified character', () => {
    // The two strings are written side by side: one character more in either shifts every pair after it.
    expect(T2S_LENGTHS.trad).toBe(T2S_LENGTHS.simp)
    expect(T2S.get('銀')).toBe('银')
  })
})

describe('toSimplified', () => {
  // What it replaced: a regex over every Han code unit with a callback into T2S.
  const byRegex = (s: string): string => s.replace(/[\u3400-\u9FFF\uF900-\uFAFF]/g, (c) => T2S.get(c) ?? c)

  it('maps every traditional character as the regex did, and leaves everything else', () => {
    const trad = [...T2S.keys()].join('')
    expect(toSimplified(trad)).toBe(byRegex(trad))
    expect(toSimplified(trad)).not.toBe(trad)
    for (const s of [
      '',
      'no han here',
      '銀行帳戶被凍結了!!',
      '银行账户 ok',
      '😡銀😡行',
      '豈 compat 﨎',
      '這個app太爛了 https://x.hk/帳',
    ]) {
      expect(toSimplified(s), s).toBe(byRegex(s))
    }
    // Random mixes of traditional, simplified, other Han, Latin and astral characters.
    const pool = [...T2S.keys(), ...T2S.values(), '的', '是', 'a', ' ', '😡', '𠀀', '豈', '\u9fff', '\u3400']
    let seed = 7
    for (let k = 0; k < 500; k++) {
      let s = ''
      for (let j = 0; j < k % 40; j++) {
        seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
        s += pool[seed % pool.length]
      }
      expect(toSimplified(s), s).toBe(byRegex(s))
    }
  })
})
