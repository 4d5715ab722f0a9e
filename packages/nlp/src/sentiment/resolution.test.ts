import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createSentimentScorer } from './index.js'
import { defaultShippedPath } from './model-config.js'

// Posts written for this test from each language's idiom (none is in an evaluation set).
const lexicon = createSentimentScorer({ modelPath: null })
const shipped = createSentimentScorer({ modelPath: defaultShippedPath() })
const labels = (scorer: typeof lexicon, posts: [string, string][]) =>
  posts.map(([text, lang]) => scorer.score(text, lang).label)

/** A scorer over a copy of the shipped model whose metadata `edit` changed (weights copied as they are). */
function shippedCopy(edit: (meta: Record<string, unknown>) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-layer-'))
  const meta = JSON.parse(readFileSync(defaultShippedPath(), 'utf8'))
  edit(meta)
  for (const info of Object.values(meta.langs) as { file: string }[]) {
    copyFileSync(join(dirname(defaultShippedPath()), info.file), join(dir, info.file))
  }
  writeFileSync(join(dir, 'm.json'), JSON.stringify(meta))
  return createSentimentScorer({ modelPath: join(dir, 'm.json') })
}

describe('good news about a bad event (round nine decision layer)', () => {
  const RELIEF: [string, string][] = [
    ['Someone used my card for fraud, but the bank caught it in time and I got my money back', 'en'],
    ['Rekening was geblokkeerd door fraude, maar alles is opgelost en het geld is terug', 'nl'],
    ['Karte gesperrt wegen Betrug, aber zum Glück wurde alles erstattet', 'de'],
    ['Carte piratée, mais la banque a tout remboursé, ouf', 'fr'],
    ['Me robaron la tarjeta pero me devolvieron el dinero, menos mal', 'es'],
    ['卡被盗刷了，钱终于到账了，幸好', 'zh'],
    ['انسرقت بطاقتي بس الحمدلله رجعت فلوسي', 'ar'],
  ]

  it('reads a fraud stopped or money returned as positive, and an open problem still negative', () => {
    expect(labels(lexicon, RELIEF)).toEqual(RELIEF.map(() => 'positive'))
    expect(labels(shipped, RELIEF)).toEqual(RELIEF.map(() => 'positive'))
    // …while a problem still open, a wish for a refund and a negated fix stay negative.
    const OPEN: [string, string][] = [
      ['Card blocked by fraud and still no refund after two weeks, awful', 'en'],
      ['Charged twice by Northwind, terrible, I want my money back', 'en'],
      ['Dubbel afgeschreven, waardeloos, ik wil mijn geld terug', 'nl'],
      ['App crashed again and the problem is not resolved, useless bank', 'en'],
    ]
    expect(labels(lexicon, OPEN)).toEqual(OPEN.map(() => 'negative'))
    expect(labels(shipped, OPEN)).toEqual(OPEN.map(() => 'negative'))
  })
})

describe('negated negatives and ironic emoji', () => {
  it('reads litotes as praise', () => {
    const LITOTES: [string, string][] = [
      ['Never had a problem with Northwind in ten years', 'en'],
      ['Geen klachten over de app van Havenbank', 'nl'],
      ['Die neue App ist gar nicht schlecht', 'de'],
      ['La nueva app no está nada mal', 'es'],
      ['莲花银行的新应用没毛病', 'zh'],
      ['التطبيق الجديد مش وحش', 'ar'],
    ]
    expect(labels(lexicon, LITOTES)).toEqual(LITOTES.map(() => 'positive'))
  })

  it('reads praise under 🙃 or 🤡, and applause beside a complaint, as negative', () => {
    const IRONY: [string, string][] = [
      ['Great service as always Northwind 🙃', 'en'],
      ['Wonderful, best bank ever 🤡', 'en'],
      ['Well done Havenbank, the app is broken again, brilliant 👏', 'en'],
    ]
    expect(labels(lexicon, IRONY)).toEqual(IRONY.map(() => 'negative'))
    expect(labels(shipped, IRONY.slice(1))).toEqual(IRONY.slice(1).map(() => 'negative'))
  })

  // A known miss in round seventeen (praise whose irony is only in its emoji read neutral); read
  // right since round eighteen, with sets 13 and 14 in the fit (they carry such posts).
  it('shipped en: praise under 🙃 alone is negative', () => {
    expect(shipped.score('Great service as always Northwind 🙃', 'en').label).toBe('negative')
  })
})

describe('a two-class table abstains (zh)', () => {
  const QUESTIONS: [string, string][] = [
    ['请问莲花银行周六几点开门？', 'zh'],
    ['莲花银行发布第三季度财报', 'zh'],
    ['明天去银行办理开户手续', 'zh'],
  ]

  it('answers neutral for zh questions and notices with no sentiment word', () => {
    expect(labels(shipped, QUESTIONS)).toEqual(QUESTIONS.map(() => 'neutral'))
  })

  it('is part of the model file: without "decisionLayer" the version differs and the table answers as before', () => {
    const without = shippedCopy((meta) => {
      expect(meta.decisionLayer).toBe(3)
      delete meta.decisionLayer
    })
    expect(without.version).not.toBe(shipped.version)
    expect(labels(without, QUESTIONS)).not.toEqual(QUESTIONS.map(() => 'neutral'))
  })
})

describe('bare acknowledgements (decision layer 2)', () => {
  // Replies written for this test: an analyst reads no opinion in them.
  const ACKS: [string, string][] = [
    ['ok 👍', 'en'],
    ['Noted, will do 👌', 'en'],
    ['@Havenbank oké, genoteerd 👍', 'nl'],
    ['Alles klar 👍🏼', 'de'],
    ["D'accord, bien reçu 👍", 'fr'],
    ['Vale, entendido 👍', 'es'],
    ['好的，收到👍', 'zh'],
    ['تمام 👍', 'ar'],
  ]

  it('reads a reply made only of an acknowledgement as neutral, under the lexicon and the shipped model', () => {
    expect(labels(lexicon, ACKS)).toEqual(ACKS.map(() => 'neutral'))
    expect(labels(shipped, ACKS)).toEqual(ACKS.map(() => 'neutral'))
  })

  it('leaves a post that says more than the acknowledgement alone', () => {
    const MORE: [string, string][] = [
      ['ok 👍 great app, love it', 'en'],
      ['ok but my card is still blocked, terrible service', 'en'],
    ]
    expect(labels(lexicon, MORE)).toEqual(['positive', 'negative'])
    expect(labels(shipped, MORE)).toEqual(['positive', 'negative'])
  })

  it('is part of the model file: a model written with layer 1 answers as before', () => {
    const layer1 = shippedCopy((meta) => {
      meta.decisionLayer = 1
    })
    expect(layer1.version).not.toBe(shipped.version)
    // French: its table reads the thumbs-up itself (the English one, lexicon weight 0 since round
    // seventeen, does not), so the layer is what tells the two answers apart.
    expect(layer1.score('ok 👍', 'fr').label).toBe('positive')
    expect(shipped.score('ok 👍', 'fr').label).toBe('neutral')
    // …and says so, so that a stale local model (set 7's local zh, no neutral) gets retrained.
    expect(layer1.modelNote).toMatch(/decision layer 1, this build's is 3: retrain/)
    expect(shipped.modelNote).toBeNull()
  })
})

describe('posts that take their praise back, leave, mock or laugh (decision layer 3)', () => {
  // Posts written for this test from each language's idiom (none is in an evaluation set).
  const TAKEN_BACK: [string, string][] = [
    ['The new savings account is not bad, but not great either', 'en'],
    ['Het nieuwe tarief is niet slecht, maar ook niet goed', 'nl'],
    ["L'appli n'est pas mal, mais pas terrible non plus", 'fr'],
    ['El servicio no está mal, pero tampoco es bueno', 'es'],
    ['Der Kundendienst ist nicht schlecht, aber auch nicht gut', 'de'],
    ['新网银还不错，但也说不上好', 'zh'],
    ['الخدمة مش وحشة بس برضه مش كويسة', 'ar'],
    ['Never again, Northwind. Closing my account tomorrow', 'en'],
    ['Nooit meer Havenbank, ik ben er klaar mee', 'nl'],
    ['Nie wieder diese Bank, ich will mein Konto kündigen', 'de'],
    ['Plus jamais cette banque, je ferme mon compte lundi', 'fr'],
    ['Nunca más con este banco, cierro mi cuenta el lunes', 'es'],
    ['这家银行我要销户了', 'zh'],
    ['سأغلق حسابي في هذا البنك الشهر القادم', 'ar'],
    ['Fees up on the first of the month, real geniuses at Northwind 👏', 'en'],
    ['Filialen dicht in de vakantie, echte genieën bij Havenbank 👏', 'nl'],
    ['Nuevo cargo por sacar dinero, qué genios 👏', 'es'],
    ['Havenbank app vandaag 💀', 'nl'],
    ['Die Überweisung seit Montag 💀', 'de'],
  ]
  const AMUSED_OR_PRAISED: [string, string][] = [
    ['hahaha the Northwind mascot video 😂', 'en'],
    ['jajajaja el anuncio nuevo del banco 😂', 'es'],
    ['Ten years with Northwind and nothing to fault', 'en'],
    ['Nichts auszusetzen an der Beratung', 'de'],
    ['Depuis cinq ans, jamais un souci avec eux', 'fr'],
  ]

  it('reads them negative under the shipped model and the lexicon', () => {
    expect(labels(shipped, TAKEN_BACK)).toEqual(TAKEN_BACK.map(() => 'negative'))
    expect(labels(lexicon, TAKEN_BACK)).toEqual(TAKEN_BACK.map(() => 'negative'))
  })

  it('reads laughter with no complaint word, and more litotes, as positive', () => {
    expect(labels(shipped, AMUSED_OR_PRAISED)).toEqual(AMUSED_OR_PRAISED.map(() => 'positive'))
  })

  it('leaves a question about leaving, laughter at a failure, and a laughing skull alone', () => {
    expect(shipped.score('How long does closing my account take?', 'en').label).toBe('neutral')
    expect(shipped.score('lol the app crashed again, useless bank 😂', 'en').label).toBe('negative')
    expect(shipped.score('haha this ad 😂💀', 'en').label).not.toBe('negative')
  })

  it('is part of the model file: a model written with layer 2 answers as before', () => {
    const layer2 = shippedCopy((meta) => {
      meta.decisionLayer = 2
    })
    expect(layer2.version).not.toBe(shipped.version)
    expect(layer2.score('Der Kundendienst ist nicht schlecht, aber auch nicht gut', 'de').label).toBe(
      'positive',
    )
    expect(layer2.modelNote).toMatch(/decision layer 2, this build's is 3: retrain/)
  })
})
