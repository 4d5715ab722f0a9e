import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FEATURES_VERSION } from './features.js'
import { createSentimentScorer } from './index.js'
import { defaultShippedPath, sentimentModelConfig } from './model-config.js'

/**
 * Posts written for this test (none is in the training data or our template posts): a
 * thank-you, an angry complaint and a plain question per language the issue serves.
 */
const CLEAR: Record<string, [string, string, string | null]> = {
  en: [
    'Thank you Northwind, the staff were brilliant and fixed it in minutes',
    'Northwind stole my money and the support is awful, never again',
    'Does Northwind open on Saturday morning?',
  ],
  nl: [
    'Heel erg bedankt Havenbank, super snel geholpen en vriendelijk',
    'Havenbank is waardeloos, al een week geen geld en niemand helpt',
    'Hoe laat gaat het kantoor van Havenbank open op zaterdag?',
  ],
  de: [
    'Vielen Dank Northwind, toller Service und sehr freundlich',
    'Northwind ist eine Katastrophe, seit einer Woche kein Geld und keiner hilft',
    'Wann öffnet die Filiale von Northwind am Samstag?',
  ],
  fr: [
    'Merci beaucoup Northwind, service excellent et très sympa',
    'Northwind est nul, une semaine sans mon argent et personne ne répond',
    "À quelle heure ouvre l'agence Northwind le samedi ?",
  ],
  es: [
    'Muchas gracias Northwind, un servicio excelente y muy amables',
    'Northwind es un desastre, una semana sin mi dinero y nadie responde',
    '¿A qué hora abre la oficina de Northwind el sábado?',
  ],
  ar: [
    'شكرا جزيلا بنك النور، خدمة ممتازة وموظفين رائعين',
    'بنك النور سيء جدا، أسبوع بدون فلوسي ولا أحد يرد',
    'متى يفتح فرع بنك النور يوم السبت؟',
  ],
  // Two classes (neither open Chinese source has neutral).
  zh: ['谢谢莲花银行，服务非常好，很快就解决了', '莲花银行太差了，一个星期了钱还没到，客服也不理人', null],
}

describe('the shipped sentiment model (open data only) on clear posts', () => {
  const shipped = createSentimentScorer({
    config: sentimentModelConfig({ VIGIL_SENTIMENT_MODEL: 'shipped' }),
  })

  for (const [lang, [praise, complaint, question]] of Object.entries(CLEAR)) {
    it(`${lang}: praise is positive, an angry complaint negative${question ? ', a plain question neutral' : ''}`, () => {
      expect(shipped.model).toBe('shipped')
      expect(shipped.score(praise, lang).label).toBe('positive')
      expect(shipped.score(complaint, lang).label).toBe('negative')
      if (question) expect(shipped.score(question, lang).label).toBe('neutral')
    })
  }

  // Round twelve: the Portuguese table read almost every post as neutral (260 of the 324
  // research tweets), complaints told as plain facts and short praise alike. Written for this
  // test; `VIGIL_SENTIMENT_MODEL=shipped` answers Portuguese with it.
  it('pt: a complaint told as plain facts is negative, a short recommendation positive', () => {
    expect(shipped.score('Três dias esperando a transferência da Northwind e nada', 'pt').label).toBe(
      'negative',
    )
    expect(shipped.score('Cobraram duas vezes a mesma tarifa, que palhaçada', 'pt').label).toBe('negative')
    expect(shipped.score('Northwind sempre resolve rápido, recomendo', 'pt').label).toBe('positive')
  })

  // Round fifteen: the lexicon weight is chosen on the red-team posts, not on our template
  // posts. Before, en es fr de had weight 0 and a post whose joy is in its emoji or laughter
  // (the lexicon's evidence; subtitles have neither) read neutral. Written for this test.
  it('a happy post carried by its emoji or laughter is positive (en es fr)', () => {
    const posts: [string, string][] = [
      ['en', 'what a goal 🔥🔥🔥'],
      ['es', 'que golazo 🔥🔥🔥'],
      ['es', 'jajaja mi padre descubrió los stickers de Northwind 😂'],
      ['fr', 'quel but 🔥🔥🔥'],
      ['fr', 'mdr mon père vient de découvrir les stickers Northwind 😂'],
    ]
    for (const [lang, text] of posts)
      expect([lang, shipped.score(text, lang).label]).toEqual([lang, 'positive'])
  })

  // Known miss since round eighteen (README): with sets 13 and 14 the German table weighs our
  // sets ×1 (was ×0.25) with lexicon weight 0, and neither the sets nor the subtitles carry joy
  // said by emoji alone, so a German post with no sentiment word and 😍 reads neutral. Fix: teach
  // emoji (`train-shipped.mjs --emoji-items de`) and retrain.
  it.fails('de: a happy post carried by its emoji alone is positive (known miss)', () => {
    expect(shipped.score('Strandtag mit den Kindern 😍😍', 'de').label).toBe('positive')
  })

  // Known weakness since round seventeen (README): with our own sets in the fit, the English
  // table's lexicon weight is chosen 0 (held-out sets 6, 9, 12; our own posts, never fitted, read
  // .87 at 0 against .83 at 1), and the subtitles and sets carry almost no emoji, so joy said by
  // emoji alone, with no word, reads neutral. The fix is teaching emoji (`train-shipped.mjs
  // --emoji-items en`, VADER's emoji list) and retraining; this test then fails and moves up.
  it.fails('en: joy carried by emoji alone, with no sentiment word, is positive (known miss)', () => {
    expect(shipped.score('beach day with the kids 😍😍', 'en').label).toBe('positive')
  })
})

describe('auto mode selects what the README says: local, else the shipped model where it was chosen, else the lexicon', () => {
  // A complaint without a lexicon word: the lexicon calls both neutral, the shipped model negative.
  const DE_COMPLAINT = 'Northwind hat mir zweimal die Gebühr abgebucht und niemand antwortet'
  // Round fourteen's lexicon reads "nadie responde" as a complaint: a post it still misses.
  const ES_COMPLAINT = 'Northwind me cobró la comisión dos veces y todavía no me la devuelven'
  const PT_COMPLAINT = 'O Northwind cobrou a tarifa duas vezes e ninguém responde'

  it('a clone without a local model gets the shipped model in its autoLangs (de, es since round thirteen), the lexicon in the others (pt)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-auto-'))
    const scorer = createSentimentScorer({
      config: {
        mode: 'auto',
        localPath: join(dir, 'none.json'),
        shippedPath: defaultShippedPath(),
        reloadMs: 0,
      },
    })
    const lexicon = createSentimentScorer({ modelPath: null })
    expect(scorer.model).toBe('shipped')
    expect(scorer.version).toMatch(/^shipped-auto@[0-9a-f]{12}$/)
    expect(lexicon.score(DE_COMPLAINT, 'de').label).toBe('neutral')
    expect(scorer.score(DE_COMPLAINT, 'de').label).toBe('negative')
    // Spanish joined the committed model's autoLangs in round thirteen: a complaint told as
    // plain facts reads negative to a clone, as it does to the shipped model (the lexicon
    // finds no word in it).
    expect(lexicon.score(ES_COMPLAINT, 'es').label).toBe('neutral')
    expect(scorer.score(ES_COMPLAINT, 'es').label).toBe('negative')
    // Portuguese is not among them: the lexicon answers it.
    expect(scorer.score(PT_COMPLAINT, 'pt')).toEqual(lexicon.score(PT_COMPLAINT, 'pt'))
  })

  it('a shipped model that names no autoLangs leaves auto with the lexicon', () => {
    const path = biasedModel({ negative: 3 })
    const scorer = createSentimentScorer({
      config: { mode: 'auto', localPath: `${path}.none`, shippedPath: path, reloadMs: 0 },
    })
    expect(scorer.version).toBe('lexicon@builtin')
    const chosen = biasedModel({ negative: 3 }, {}, { autoLangs: ['en'] })
    const withEn = createSentimentScorer({
      config: { mode: 'auto', localPath: `${chosen}.none`, shippedPath: chosen, reloadMs: 0 },
    })
    expect(withEn.score('I love this bank, great service', 'en').label).toBe('negative')
  })

  it('moves from the shipped model to a local model that appears later, without a restart', () => {
    const trained = biasedModel({ negative: 3 })
    const localPath = join(dirname(trained), 'late.json')
    const scorer = createSentimentScorer({
      config: { mode: 'auto', localPath, shippedPath: defaultShippedPath(), reloadMs: 0 },
    })
    expect(scorer.version).toMatch(/^shipped-auto@/)
    copyFileSync(trained, localPath)
    expect(scorer.reload()).toBe(true)
    expect(scorer.version).toMatch(/^local@/)
    expect(scorer.score('I love this bank, great service', 'en').label).toBe('negative')
  })

  it('with a local model present, auto answers with it', () => {
    const path = biasedModel({ negative: 1 })
    const scorer = createSentimentScorer({
      config: { mode: 'auto', localPath: path, shippedPath: defaultShippedPath(), reloadMs: 0 },
    })
    expect(scorer.model).toBe('trained')
    expect(scorer.version).toMatch(/^local@[0-9a-f]{12}$/)
  })
})

const DIM = 1024
const PLAIN = 'Northwind opens a branch on Main Street on Monday'

/** A model with constant class biases for English, plus the given decision-layer fields. */
function biasedModel(
  bias: Partial<Record<'negative' | 'neutral' | 'positive', number>>,
  extra = {},
  top: Record<string, unknown> = {},
): string {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-decision-'))
  const w = new Float32Array(3 * DIM)
  const row = (DIM - 1) * 3
  w[row] = bias.negative ?? 0
  w[row + 1] = bias.neutral ?? 0
  w[row + 2] = bias.positive ?? 0
  writeFileSync(join(dir, 'm.en.bin'), Buffer.from(w.buffer))
  const meta = {
    format: 'vigil-sentiment-linear-v3',
    features: FEATURES_VERSION,
    dim: DIM,
    fallback: 'en',
    langs: { en: { classes: ['negative', 'neutral', 'positive'], file: 'm.en.bin', ...extra } },
    ...top,
  }
  writeFileSync(join(dir, 'm.json'), JSON.stringify(meta))
  return join(dir, 'm.json')
}

describe('the decision layer in a model file: polarity bias and neutral band', () => {
  it('a polarity bias moves a post from negative to positive; absent, the model answers as before', () => {
    const leaning = { negative: 0.5 }
    expect(createSentimentScorer({ modelPath: biasedModel(leaning) }).score(PLAIN, 'en').label).toBe(
      'negative',
    )
    const shifted = createSentimentScorer({ modelPath: biasedModel(leaning, { polarityBias: 1 }) })
    expect(shifted.score(PLAIN, 'en').label).toBe('positive')
  })

  it('a neutral band answers neutral where the two polarities are close, whatever the most probable class', () => {
    // Neutral is the least probable class here; p(positive) − p(negative) is small.
    const lean = { negative: 1, positive: 0.8, neutral: -2 }
    expect(createSentimentScorer({ modelPath: biasedModel(lean) }).score(PLAIN, 'en').label).toBe('negative')
    const banded = createSentimentScorer({ modelPath: biasedModel(lean, { neutralBand: 0.2 }) })
    expect(banded.score(PLAIN, 'en').label).toBe('neutral')
    // A clear lean still crosses the band.
    const clear = createSentimentScorer({ modelPath: biasedModel({ negative: 3 }, { neutralBand: 0.2 }) })
    expect(clear.score(PLAIN, 'en').label).toBe('negative')
  })
})
