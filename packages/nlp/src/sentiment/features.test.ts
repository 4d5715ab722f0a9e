import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { foldText } from '../text.js'
import {
  DENSE_N,
  denseInto,
  FEATURES_VERSION,
  featurize,
  hashFeatures,
  prepare,
  scratchIndices,
} from './features.js'
import { createSentimentScorer, lexiconEvidence, loadLexicons } from './index.js'
import { loadLinearModel } from './linear.js'
import { logitsInto, logitsIntoQuantized, quantize } from './logits.js'

const lexicons = loadLexicons()
const DIM = 1 << 12

/** A small model file on disk: 3 classes for en, weights from a fixed pseudo-random sequence. */
function writeModel(features = FEATURES_VERSION): string {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-sentiment-'))
  const w = new Float32Array(3 * DIM)
  let seed = 1
  for (let i = 0; i < w.length; i++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
    w[i] = (seed / 2 ** 32 - 0.5) * 0.2
  }
  // The dense "negative lexicon sum" slot pushes towards the negative class.
  w[(DIM - 1 - 2) * 3] = 3
  writeFileSync(join(dir, 'm.en.bin'), Buffer.from(w.buffer))
  const meta = {
    format: 'vigil-sentiment-linear-v3',
    features,
    dim: DIM,
    fallback: 'en',
    langs: { en: { classes: ['negative', 'neutral', 'positive'], file: 'm.en.bin' } },
  }
  writeFileSync(join(dir, 'm.json'), JSON.stringify(meta))
  return join(dir, 'm.json')
}

describe('trained-model features', () => {
  it('prepares text the same way for every post: URLs and @user dropped, digits as 0, runs cut', () => {
    // Any number becomes "0" or "00": its value says nothing about sentiment.
    expect(prepare('@user soooo slow!!! see https://x.co/a 2024 7')).toBe(' soo slow ! see 00 0 ')
  })

  it('keeps "!", "?" and clause ends as tokens, so that a negation stops at the end of its clause', () => {
    expect(prepare('not bad. app crashes?! 好，太慢！')).toBe(' not bad . app crashes ? ! 好 . 太慢 ! ')
    // "not bad. crashes" must not give "crashes" its negated variant: fewer features than
    // the same words without the full stop, where "crashes" is read under the negation.
    const withStop = hashFeatures('not bad. crashes', 1 << 16)
    const without = hashFeatures('not bad crashes', 1 << 16)
    // Two more characters: 8 more char 2–5-grams; the "." unigram; "bad ." and ". crashes"
    // instead of "bad crashes": one more bigram; and one negated variant fewer.
    expect(withStop - without).toBe(8 + 1 + 1 - 1)
  })

  it('gives training and the runtime the same numbers (featurize vs logitsInto)', () => {
    const text = 'The app is NOT working again, charged twice 😡 https://t.co/x'
    const folded = foldText(text)
    const ev = lexiconEvidence(text, folded, lexicons.get('en'))
    const w = new Float32Array(3 * DIM).map((_, i) => Math.sin(i))
    const x = featurize(folded, ev, DIM)
    const direct = [0, 1, 2].map((c) => {
      let z = 0
      for (let j = 0; j < x.n; j++) z += w[x.idx[j]! * 3 + c]! * x.val[j]!
      return z
    })
    const out = new Float64Array(3)
    logitsInto(w, 3, DIM, folded, ev, out)
    for (let c = 0; c < 3; c++) expect(out[c]).toBeCloseTo(direct[c]!, 4)
    expect(x.n).toBeGreaterThan(DENSE_N)
  })

  it('quantized runtime tables give the same logits as the trained Float32 ones, to 0.01', () => {
    const w = new Float32Array(3 * DIM).map((_, i) => Math.sin(i * 7.1) * 0.8)
    const qw = quantize(w, 3, DIM)
    for (const text of ['charged twice again, not happy', '莲花银行冻结了我的账户', 'ok']) {
      const folded = foldText(text)
      const ev = lexiconEvidence(text, folded, lexicons.get('en'))
      const a = new Float64Array(3)
      const b = new Float64Array(3)
      logitsInto(w, 3, DIM, folded, ev, a)
      logitsIntoQuantized(qw, folded, ev, b)
      for (let c = 0; c < 3; c++) expect(Math.abs(a[c]! - b[c]!)).toBeLessThan(0.01)
    }
  })

  it('quantized sums give exactly the logits of the plain feature loop, every call alike', () => {
    const w = new Float32Array(3 * DIM).map((_, i) => Math.sin(i * 3.7) * 0.9)
    const qw = quantize(w, 3, DIM)
    const w2 = new Float32Array(2 * DIM).map((_, i) => Math.cos(i * 1.3))
    const qw2 = quantize(w2, 2, DIM)
    const texts = [
      '',
      ' ',
      'ok',
      'a b c d e f',
      'not bad. the app crashes!!! why?? never again',
      "can't log in, card blocked — soooo annoying 2024-03-15 @bank https://t.co/x",
      '莲花银行冻结了我的账户 不开心 ok',
      '蓮花銀行 app 又崩了！！扣款两次？',
      'بنك النور جمد حسابي والتطبيق معطل',
      'yaar mera card phir se block ho gaya',
      'supercalifragilisticexpialidocious antidisestablishmentarianism a',
      'x'.repeat(500),
      'word '.repeat(300),
    ]
    for (const qt of [qw, qw2]) {
      // Twice: nothing a call leaves behind (scratch buffers) may change the next answer.
      for (const pass of [0, 1]) {
        for (const text of texts) {
          const folded = foldText(text)
          const ev = lexiconEvidence(text, folded, lexicons.get('en'))
          const n = hashFeatures(folded, DIM)
          const idx = scratchIndices()
          const ref = new Float64Array(qt.k)
          for (let j = 0; j < n; j++)
            for (let c = 0; c < qt.k; c++) ref[c] = ref[c]! + qt.q[idx[j]! * qt.k + c]!
          const got = new Float64Array(qt.k)
          logitsIntoQuantized(qt, folded, ev, got)
          const dense = new Float64Array(DENSE_N)
          denseInto(ev, dense)
          for (let c = 0; c < qt.k; c++) {
            let z = ref[c]! * (n > 0 ? qt.scale / Math.sqrt(n) : 0)
            for (let j = 0; j < DENSE_N; j++) z += qt.dense[j * qt.k + c]! * dense[j]!
            expect(got[c], `${text.slice(0, 30)} pass ${pass}`).toBe(z)
          }
        }
      }
    }
  })

  it("reads a post's features again after its brands' clauses, the same as a first hashing", () => {
    // The enricher hashes a post for sentiment, then one clause per bank it names (stances),
    // then the post again for intent, at the intent model's (smaller) table: the last read
    // must list exactly what hashing the post afresh lists, and so must the clauses.
    const read = (folded: string, dim: number): number[] => {
      const n = hashFeatures(folded, dim)
      return Array.from(scratchIndices().subarray(0, n))
    }
    const fresh = (folded: string, dim: number): number[] => {
      // Five other texts first: none of the remembered entries is `folded` afterwards.
      for (let k = 0; k < 5; k++) hashFeatures(`evict ${k} ${folded}`, DIM)
      return read(folded, dim)
    }
    const post = foldText('Northwind froze my card, Lotus Bank sorted it in 5 minutes. switching!')
    const clauses = [
      foldText('Northwind froze my card'),
      foldText('Lotus Bank sorted it in 5 minutes'),
      foldText('switching!'),
    ]
    const small = DIM >> 2
    const want = fresh(post, small)
    const wantClauses = clauses.map((c) => fresh(c, DIM))
    expect(want.length).toBeGreaterThan(100)
    read(post, DIM)
    expect(clauses.map((c) => read(c, DIM))).toEqual(wantClauses)
    expect(read(post, small)).toEqual(want)
    // The clauses' lists were not masked with the post's: read again, they are unchanged.
    expect(clauses.map((c) => read(c, DIM))).toEqual(wantClauses)
  })

  it('keeps the work bounded on a 1 MB text', () => {
    const n = hashFeatures(foldText('charged twice 😡 '.repeat(60_000)), DIM)
    expect(n).toBeGreaterThan(0)
    expect(n).toBeLessThan(3000)
  })

  it('loads a model file, reports "trained", and answers with it', () => {
    const scorer = createSentimentScorer({ modelPath: writeModel() })
    expect(scorer.model).toBe('trained')
    expect(scorer.score('terrible awful scam, charged twice', 'en').label).toBe('negative')
    // A language without a table falls back to the shipped lexicon.
    expect(['negative', 'neutral', 'positive']).toContain(scorer.score('mijn pas is geblokkeerd', 'nl').label)
  })

  it('answers hostile text through the trained path too (1 MB, lone surrogates, bidi, binary)', () => {
    const scorer = createSentimentScorer({ modelPath: writeModel() })
    const hostile = [
      'scam '.repeat(200_000),
      '\uD83D broken \uDE21 halves',
      '\u202Egnitset\u202C \u200Bhidden\u200B',
      '\u0000\u0001\u0002 binary',
      '',
      'a'.repeat(100_000),
    ]
    for (const t of hostile) {
      const s = scorer.score(t, 'en')
      expect(['negative', 'neutral', 'positive']).toContain(s.label)
      expect(Math.abs(s.score)).toBeLessThanOrEqual(1)
    }
  })

  it("ignores an older build's cache at the default path, says why, and the lexicon answers", () => {
    const notes: string[] = []
    const model = loadLinearModel(writeModel('v4-char2to5-word12neg-dense14'), false, (r) => notes.push(r))
    expect(model).toBeNull()
    expect(notes).toHaveLength(1)
    expect(notes[0]).toContain('retrain')
    expect(notes[0]).toContain(FEATURES_VERSION)
  })

  it('refuses a configured model built with other features, with a stable error code', () => {
    expect(() => createSentimentScorer({ modelPath: writeModel('v0-old') })).toThrow(
      expect.objectContaining({ code: 'VIGIL_ERR_SENTIMENT_MODEL' }),
    )
  })
})
