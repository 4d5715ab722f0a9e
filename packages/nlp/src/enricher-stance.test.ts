import { describe, expect, it } from 'vitest'
import { mention } from '../test-fixtures/mention.js'
import { createEnricher } from './enricher.js'
import { STANCE_VERSION_SUFFIX, stanceAfterIntent } from './enricher-stance.js'
import { sentimentModelConfig } from './sentiment/index.js'

// Posts written for this test (none is in an evaluation set).
const enricherFor = (mode: 'lexicon' | 'shipped') =>
  createEnricher({ brands: [], sentimentConfig: { ...sentimentModelConfig(), mode, reloadMs: 0 } })
const read = (mode: 'lexicon' | 'shipped', texts: string[]) => {
  const e = enricherFor(mode)
  return texts.map((text, i) => e.enrich(mention(text, null, `x:${i}`)))
}

describe('a complaint told as plain facts reads negative (issue 11, item 3)', () => {
  it('turns a neutral reading negative when intent names the complaint (not on a bare guess), and says why', () => {
    const shipped = read('shipped', [
      'Been waiting 3 weeks for my new card',
      'Al twee weken wachten op mijn nieuwe bankpas.',
      'Why did my bank take 15 euros from my account',
    ])
    expect(shipped.map((m) => m.sentiment.label)).toEqual(['negative', 'negative', 'negative'])
    // Since round seventeen the shipped model reads some of these negative itself; where it read
    // neutral, intent turned it, said why, and the recorded version says the label is not the
    // model's alone.
    const turned = shipped.filter((m) => m.models?.sentiment?.endsWith('+intent-stance1'))
    expect(turned.length).toBeGreaterThan(0)
    for (const m of shipped) expect(m.intent).toBe('complaint')
    for (const m of turned) {
      expect(m.intentReasons.at(-1)).toMatch(
        /^sentiment neutral → negative: a complaint \((waiting|asks why)/,
      )
      expect(m.models?.sentiment).toMatch(/^shipped@[0-9a-f]+\+intent-stance1$/)
    }
    const [lexicon] = read('lexicon', ['Why did my bank take 15 euros from my account'])
    expect(lexicon?.sentiment.label).toBe('negative')
    expect(lexicon?.models?.sentiment).toBe(`lexicon@builtin${STANCE_VERSION_SUFFIX}`)
    // …and never on the model's bare intent guess, nor a post already negative or positive.
    expect(stanceAfterIntent('neutral', 'complaint', ['model: complaint 59%'])).toEqual({
      label: 'neutral',
      reason: null,
    })
    expect(
      stanceAfterIntent('positive', 'troll', ['model: troll 45%', 'no concrete banking problem named']).label,
    ).toBe('positive')
    // A complaint already read negative, or a shaped complaint read positive (mixed posts), stand.
    expect(stanceAfterIntent('positive', 'complaint', ['problem term "fees"']).label).toBe('positive')
    const [notice] = read('shipped', ['Card payments will be unavailable on Sunday from 2 to 4 am'])
    expect(notice?.models?.sentiment).not.toContain(STANCE_VERSION_SUFFIX)
  })

  it('reads an insult as not positive, whatever the laughing emoji', () => {
    const [m] = read('lexicon', ['you bunch of clowns lol 😂 love it'])
    expect(m?.intent).toBe('troll')
    expect(m?.sentiment.label).toBe('negative')
    expect(m?.intentReasons.at(-1)).toBe('sentiment positive → negative: abuse (abusive term "clowns")')
  })
})
