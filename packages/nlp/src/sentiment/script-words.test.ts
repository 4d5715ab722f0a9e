import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { foldText } from '../text.js'
import { hashFeatures, hashSentimentFeatures, scratchIndices } from './features.js'
import { lexiconEvidence, loadLexicons } from './index.js'
import { loadLinearModel, predictLinear } from './linear.js'
import { arabicStemsOf } from './script-words.js'

const DIM = 1 << 12
const lexicons = loadLexicons()

/**
 * A two-class zh table whose only weights are +3 positive on the slots of `text`'s script-word
 * features (none of its character n-grams or clause words): with `scriptWords` in its metadata
 * the word features are read, without it they are not.
 */
function wordOnlyModel(text: string, scriptWords: boolean): string {
  const folded = foldText(text)
  const n = hashFeatures(folded, DIM)
  const base = new Set(scratchIndices().subarray(0, n))
  const all = hashSentimentFeatures(folded, DIM, true)
  const extra = [...scratchIndices().subarray(n, all)].filter((s) => !base.has(s))
  const w = new Float32Array(2 * DIM)
  for (const s of extra) w[s * 2 + 1] = 3
  const dir = mkdtempSync(join(tmpdir(), 'vigil-script-words-'))
  writeFileSync(join(dir, 'm.zh.bin'), Buffer.from(w.buffer))
  const meta = {
    format: 'vigil-sentiment-linear-v3',
    features: 'v5-char2to5-punct-word12negclause-dense16',
    dim: DIM,
    fallback: 'en',
    langs: {
      zh: { classes: ['negative', 'positive'], file: 'm.zh.bin', ...(scriptWords ? { scriptWords } : {}) },
    },
  }
  writeFileSync(join(dir, 'm.json'), JSON.stringify(meta))
  return join(dir, 'm.json')
}

describe('script words: Chinese words and Arabic stems as sentiment features', () => {
  it('gives every clitic form of an Arabic word the same light stem', () => {
    // and-with-the-bank, the bank, my bank, their bank
    expect(arabicStemsOf(foldText('وبالبنك البنك بنكي بنكهم'))).toEqual(['بنك', 'بنك', 'بنك', 'بنك'])
    // "your" (ك) is not cut: it would turn "بنك" into "بن".
    expect(arabicStemsOf(foldText('بنك'))).toEqual(['بنك'])
  })

  it('adds features only for the tables that ask, and leaves the list the intent model reads as it was', () => {
    const folded = foldText('莲花银行的转账一直失败，气死我了')
    const n = hashFeatures(folded, DIM)
    const before = [...scratchIndices().subarray(0, n)]
    const all = hashSentimentFeatures(folded, DIM, true)
    expect(all).toBeGreaterThan(n)
    expect(hashSentimentFeatures(folded, DIM, false)).toBe(n)
    expect(hashFeatures(folded, DIM)).toBe(n)
    expect([...scratchIndices().subarray(0, n)]).toEqual(before)
  })

  it('a zh table fitted with the words answers from them; the same weights without the flag do not', () => {
    const text = '这家银行的客服态度很好'
    const folded = foldText(text)
    const ev = lexiconEvidence(text, folded, lexicons.get('zh'))
    // No lexicon evidence: the answer comes from the table alone.
    ev.sum = 0
    const withWords = loadLinearModel(wordOnlyModel(text, true), true)!
    const without = loadLinearModel(wordOnlyModel(text, false), true)!
    expect(predictLinear(withWords, text, folded, 'zh', ev)?.label).toBe('positive')
    expect(predictLinear(without, text, folded, 'zh', ev)?.label).toBe('neutral')
  })
})
