import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { foldText } from '../text.js'
import { appendCueFeatures, cueNames, MAX_CUE_FEATURES } from './cues.js'
import {
  DENSE_N,
  FEATURES_VERSION,
  featurize,
  hashFeatures,
  hashSentimentFeatures,
  prepare,
} from './features.js'
import { createSentimentScorer, lexiconEvidence, loadLexicons } from './index.js'
import { logitsInto, logitsIntoQuantized, quantize } from './logits.js'

const lexicons = loadLexicons()
const DIM = 1 << 12

const cuesOf = (text: string, lang: string): string[] => {
  const folded = foldText(text)
  return cueNames(prepare(folded), lexiconEvidence(text, folded, lexicons.get(lang)))
}
const cueSlots = (text: string, lang: string): number[] => {
  const folded = foldText(text)
  const ev = lexiconEvidence(text, folded, lexicons.get(lang))
  const out = new Int32Array(MAX_CUE_FEATURES)
  return Array.from(out.subarray(0, appendCueFeatures(prepare(folded), ev, DIM - 1, out, 0)))
}

describe('discourse cues of the local sentiment model', () => {
  it('marks thanks beside a negative event or an eye-roll emoji, in several languages', () => {
    expect(cuesOf('thanks for nothing, another overdraft fee 👏', 'en')).toContain('thanks+negative')
    expect(cuesOf('merci pour les frais 🙄', 'fr')).toContain('thanks+negative')
    expect(cuesOf('谢谢你们又扣我钱 🙄', 'zh')).toContain('thanks+negative')
    // Plain thanks is not irony.
    expect(cuesOf('thanks, the card arrived today', 'en')).not.toContain('thanks+negative')
  })

  it('marks negated praise and complaints read through "zero", "sin", "ohne"', () => {
    expect(cuesOf('never had a problem with them', 'en')).toContain('negated-only')
    // "sin problemas": the negated variant of "problemas" is the slot "no problemas" would give.
    const sin = cueSlots('cero quejas, sin problemas', 'es')
    const plain = cueSlots('cero quejas, con problemas', 'es')
    expect(sin.length).toBeGreaterThan(plain.length)
  })

  it('reads German and Spanish negators the features lack ("keiner", "niemals", "jamás", "nadie")', () => {
    // Each negates the next words into the slots "nicht"/"no" would give them: more cue slots
    // than the same post with a plain word in its place.
    expect(cueSlots('niemals Probleme mit der App', 'de').length).toBeGreaterThan(
      cueSlots('manchmal Probleme mit der App', 'de').length,
    )
    expect(cueSlots('keiner hilft, nichts passiert', 'de').length).toBeGreaterThan(
      cueSlots('jemand hilft, etwas passiert', 'de').length,
    )
    expect(cueSlots('jamás me han cobrado de más', 'es').length).toBeGreaterThan(
      cueSlots('ayer me han cobrado de más', 'es').length,
    )
  })

  it('reads a stretched ending as its plain word too ("buenísimooo" shares "buenísimo"\'s word slot)', () => {
    const slots = (text: string, cues: boolean) => {
      const folded = foldText(text)
      const ev = lexiconEvidence(text, folded, lexicons.get('es'))
      const x = featurize(folded, ev, DIM, false, cues)
      return new Set(Array.from(x.idx.subarray(0, x.n)))
    }
    const plain = slots('buenísimo', false)
    const shared = (other: Set<number>) => [...plain].filter((i) => other.has(i)).length
    expect(shared(slots('buenísimooo', true))).toBe(shared(slots('buenísimooo', false)) + 1)
    expect(shared(slots('graciaaas', true))).toBeGreaterThanOrEqual(shared(slots('graciaaas', false)))
    // Spanish laughter, "jajaja" and "jsjsjs", is laughter.
    expect(cuesOf('jajajaja otra comisión', 'es')[0]).toMatch(/^laugh/)
    expect(cuesOf('jsjsjs', 'es')).toContain('laugh')
  })

  it('gives the clause after the last "but" word features of its own, so the end of a story counts', () => {
    const endsWell = cueSlots('the app crashed twice, but support fixed it and I am happy', 'en')
    const endsBadly = cueSlots('support fixed it and I am happy, but the app crashed twice', 'en')
    expect(endsWell.length).toBeGreaterThan(0)
    // Same words, other end: other tail features.
    expect(new Set(endsWell)).not.toEqual(new Set(endsBadly))
    // One clause and no "but": no tail features (they would only repeat the words).
    expect(cueSlots('the app crashed twice', 'en').length).toBe(
      cuesOf('the app crashed twice', 'en').length * 2,
    )
  })

  it('marks a question with no polar word, and bounds the cues of a long post', () => {
    expect(cuesOf('can I open an account with a foreign passport?', 'en')).toContain('question-no-polar')
    const long = foldText('thanks but no. '.repeat(2000))
    const ev = lexiconEvidence('x', long, lexicons.get('en'))
    const out = new Int32Array(MAX_CUE_FEATURES)
    expect(appendCueFeatures(prepare(long), ev, DIM - 1, out, 0)).toBeLessThanOrEqual(MAX_CUE_FEATURES)
  })

  it('leaves tables fitted without cues (shipped, intent) reading exactly the features they had', () => {
    const text = 'thanks for nothing, another fee 👏'
    const folded = foldText(text)
    const n = hashFeatures(folded, DIM)
    expect(hashSentimentFeatures(folded, DIM, false)).toBe(n)
    const ev = lexiconEvidence(text, folded, lexicons.get('en'))
    expect(hashSentimentFeatures(folded, DIM, false, ev)).toBeGreaterThan(n)
    // …and the plain read after a cue read is the plain list again (the memo holds no cues).
    expect(hashSentimentFeatures(folded, DIM, false)).toBe(n)
  })

  it('gives training and the runtime the same numbers with cues (featurize, logitsInto, quantized)', () => {
    // Multiples of the Int8 step (max 0.5 → step 0.5 / 127): quantizing them loses nothing.
    const w = new Float32Array(3 * DIM).map((_, i) => (Math.round(Math.sin(i * 1.7) * 127) / 127) * 0.5)
    w[0] = 0.5
    // A hashed feature landing on a dense slot reads the Float32 weight in training and 0 in
    // the quantized table (features.ts): the dense slots are left at 0 so the two agree exactly.
    w.fill(0, (DIM - DENSE_N) * 3)
    const qw = quantize(w, 3, DIM, false, true)
    for (const text of ['thanks for nothing, another fee 👏', 'bad start. but fixed, happy now', '谢谢 🙄']) {
      const folded = foldText(text)
      const ev = lexiconEvidence(text, folded, lexicons.get('en'))
      const x = featurize(folded, ev, DIM, false, true)
      const direct = [0, 1, 2].map((c) => {
        let z = 0
        for (let j = 0; j < x.n; j++) z += w[x.idx[j]! * 3 + c]! * x.val[j]!
        return z
      })
      const a = new Float64Array(3)
      const b = new Float64Array(3)
      logitsInto(w, 3, DIM, folded, ev, a, false, true)
      logitsIntoQuantized(qw, folded, ev, b)
      for (let c = 0; c < 3; c++) {
        expect(a[c]).toBeCloseTo(direct[c]!, 4)
        expect(b[c]).toBeCloseTo(a[c]!, 6)
      }
    }
  })

  it('a model file marked `cues` answers with them: the eye-roll-on-praise slot turns a post negative', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-cues-'))
    const w = new Float32Array(3 * DIM)
    // Only the irony-on-praise cue's slot carries weight, towards the negative class; a
    // positive bias otherwise (dense slot 0 is the constant 1).
    const post = 'great service 👏'
    expect(cuesOf(post, 'en')).toEqual(['irony+praise'])
    const [slot] = cueSlots(post, 'en')
    w[slot! * 3] = 200
    w[(DIM - 1) * 3 + 2] = 1
    writeFileSync(join(dir, 'm.en.bin'), Buffer.from(w.buffer))
    const meta = (cues: boolean) => ({
      format: 'vigil-sentiment-linear-v3',
      features: FEATURES_VERSION,
      dim: DIM,
      fallback: 'en',
      langs: {
        en: { classes: ['negative', 'neutral', 'positive'], file: 'm.en.bin', ...(cues ? { cues } : {}) },
      },
    })
    writeFileSync(join(dir, 'with.json'), JSON.stringify(meta(true)))
    writeFileSync(join(dir, 'without.json'), JSON.stringify(meta(false)))
    expect(createSentimentScorer({ modelPath: join(dir, 'with.json') }).score(post, 'en').label).toBe(
      'negative',
    )
    expect(createSentimentScorer({ modelPath: join(dir, 'without.json') }).score(post, 'en').label).toBe(
      'positive',
    )
  })
})
