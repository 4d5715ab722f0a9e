import { describe, expect, it } from 'vitest'
import { createSentimentScorer } from './index.js'
import { dutch, french } from './morphology.js'

const lexicon = createSentimentScorer({ modelPath: null })
const label = (text: string, lang: string) => lexicon.score(text, lang).label

describe('words read by their language’s morphology', () => {
  it.each([
    // inflection with its spelling changes: trage ← traag, boze ← boos, snelle ← snel
    ['nl', 'wat een trage app vandaag', 'negative'],
    ['nl', 'boze klanten aan de balie', 'negative'],
    ['nl', 'de slechtste bank van Nederland', 'negative'],
    // on- says the opposite of its base; -loos and -vrij mean "without"
    ['nl', 'de medewerker was onvriendelijk', 'negative'],
    ['nl', 'probleemloos geregeld via de app', 'positive'],
    ['nl', 'al maanden storingsvrij', 'positive'],
    // a compound is what its head is
    ['nl', 'klantonvriendelijke bank', 'negative'],
    ['nl', 'alweer betaalproblemen', 'negative'],
    // French: feminine and plural forms, adverbs in -ment, the elided "ne"
    ['fr', 'les clients sont déçus', 'negative'],
    ['fr', 'conseillère vraiment désagréable et lente', 'negative'],
    ['fr', 'les conseillères sont heureuses de vous aider', 'positive'],
    ['fr', 'dossier traité lentement', 'negative'],
    ['fr', "je n'aime pas cette appli", 'negative'],
    ['fr', 'je n’aime pas cette appli', 'negative'],
    // "pas" closes the negation "n'" opened: it does not flip what follows
    ['fr', "je n'aime pas, c'est nul", 'negative'],
  ])('%s: %s → %s', (lang, text, expected) => {
    expect(label(text, lang)).toBe(expected)
  })

  it.each([
    ['nl', 'wanneer gaat het kantoor in Rotterdam open'],
    ['nl', 'ik heb een bestelling geplaatst'],
    ['fr', "qu'il vienne à l'agence demain"],
    ['fr', 'trois fois par semaine'],
  ])('a word that only looks like a form of a listed one says nothing (%s): %s', (lang, text) => {
    expect(label(text, lang)).toBe('neutral')
  })

  it('reads only words the lexicon lists, and says how', () => {
    const list = ['traag', 'vriendelijk', 'probleem', 'déçu', 'aime']
    const known = {
      listed: (w: string) => list.includes(w) || w === 'lijk',
      curated: (w: string) => list.includes(w),
    }
    expect(dutch('trage', known)).toEqual({ base: 'traag', flip: false, negates: false })
    expect(dutch('klantonvriendelijk', known)).toEqual({ base: 'vriendelijk', flip: true, negates: false })
    expect(dutch('probleemloze', known)).toEqual({ base: 'probleem', flip: true, negates: false })
    expect(dutch('wanneer', known)).toBeNull()
    // a compound's head comes from our own lists, not from the machine-translated one
    expect(dutch('eindelijk', known)).toBeNull()
    expect(french('déçues', known)).toEqual({ base: 'déçu', flip: false, negates: false })
    expect(french("n'aime", known)).toEqual({ base: 'aime', flip: false, negates: true })
    expect(french("n'est", known)).toEqual({ flip: false, negates: true })
    expect(french("l'est", known)).toBeNull()
  })
})
