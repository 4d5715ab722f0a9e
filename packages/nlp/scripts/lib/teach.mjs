/**
 * What vigil-train needs beyond the trainers: the bank's corrections split into a part to learn
 * from and a part held out (by id hash, so a correction stays on its side from run to run),
 * and per-language macro-F1 of a model on held-out sets, to print before / after.
 */
import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { INTENTS, SENTIMENT_LABELS } from '@vigil/schema'
import { createEnricher, createSentimentScorer } from '../../dist/index.js'
import { fnv, macroF1, readJsonl } from './linear-train.mjs'

/** One in `every` corrections (by id hash) is held out for the before / after figures. */
export function splitCorrections(rows, every = 5) {
  const train = []
  const heldOut = []
  for (const r of rows) (fnv(String(r.id)) % every === 0 ? heldOut : train).push(r)
  return { train, heldOut }
}

export function writeNdjson(path, rows) {
  writeFileSync(path, rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length > 0 ? '\n' : ''))
}

/**
 * Held-out sets per language: the bank's held-out corrections, and the test split of the
 * research data when present (never read by the trainer), at most `max` items each (a
 * deterministic sample by id hash, so that before and after score the same items).
 */
export function heldOutSets({ corrections, researchDir, langs, max = 600 }) {
  const sets = []
  for (const lang of langs) {
    const corr = corrections.filter(
      (c) => (c.lang ?? 'und') === lang && SENTIMENT_LABELS.includes(c.sentiment),
    )
    if (corr.length > 0) {
      sets.push({ lang, name: 'corrections', items: corr.map((c) => ({ text: c.text, label: c.sentiment })) })
    }
    const test = researchDir ? join(researchDir, lang, 'test.jsonl') : null
    if (test && existsSync(test)) {
      const items = readJsonl(test)
        .filter((it) => SENTIMENT_LABELS.includes(it.label))
        .sort((a, b) => fnv(String(a.id)) - fnv(String(b.id)))
        .slice(0, max)
      sets.push({ lang, name: 'research test', items })
    }
  }
  return sets
}

/** A scorer for a model file, or the configured one (`null`), without hot reload. */
export function scorerFor(modelPath) {
  return modelPath === null
    ? createSentimentScorer({ config: undefined })
    : createSentimentScorer({ modelPath })
}

/** Macro-F1 over the labels present in the set; a prediction outside them counts as a miss. */
export function macroF1Of(scorer, lang, items) {
  const present = SENTIMENT_LABELS.filter((l) => items.some((it) => it.label === l))
  const idx = (l) => SENTIMENT_LABELS.indexOf(l)
  const gold = items.map((it) => idx(it.label))
  const pred = items.map((it) => idx(scorer.score(it.text, lang).label))
  return macroF1(gold, pred, SENTIMENT_LABELS.length, present.map(idx))
}

/**
 * The publication gate of vigil-train, for both tasks: the sets (of at least `minItems`) on
 * which the new model's macro-F1 is more than `maxDrop` below the model in force. Empty:
 * publish. Rows: `{ lang, name, items, before, after }`.
 */
export function worseSets(rows, { maxDrop = 0.02, minItems = 20 } = {}) {
  return rows
    .filter((r) => r.items >= minItems && r.after - r.before < -maxDrop)
    .map((r) => `${r.lang} ${r.name} ${(r.after - r.before).toFixed(3)}`)
}

/**
 * Intent held-out sets: the held-out template families of our own posts (never trained on, in
 * every language) and the bank's held-out corrections that carry an intent.
 */
export function intentHeldOutSets({ corrections, ownHeldOut }) {
  const sets = [
    {
      lang: 'all',
      name: 'own held-out',
      items: ownHeldOut.map((it) => ({ text: it.text, label: it.label })),
    },
  ]
  const corr = corrections.filter((c) => INTENTS.includes(c.intent))
  if (corr.length > 0) {
    sets.push({
      lang: 'all',
      name: 'corrections',
      items: corr.map((c) => ({ text: c.text, label: c.intent, lang: c.lang })),
    })
  }
  return sets
}

/**
 * Macro-F1 of an intent model through the whole enricher (model + signals + rules, as a bank
 * gets it), over the labels present in the set; each post from its own author on `x`.
 * `modelPath` null: the rules alone.
 */
export function intentMacroF1Of(modelPath, items, brands) {
  const e = createEnricher({ brands, sentimentModelPath: null, intentModelPath: modelPath })
  const present = INTENTS.filter((l) => items.some((it) => it.label === l))
  const idx = (l) => INTENTS.indexOf(l)
  const pred = items.map((it, n) => idx(e.enrich(evalMention(it, n)).intent))
  return macroF1(
    items.map((it) => idx(it.label)),
    pred,
    INTENTS.length,
    present.map(idx),
  )
}

function evalMention(it, n) {
  return {
    id: `train-eval:${n}`,
    event: 'create',
    platform: 'x',
    kind: 'post',
    url: '',
    author: {
      id: `train-eval-author-${n}`,
      handle: '',
      followers: 0,
      verified: false,
      isBrandAccount: false,
    },
    text: it.text,
    createdAt: '2026-01-01T00:00:00.000Z',
    receivedAt: '2026-01-01T00:00:00.000Z',
    inReplyTo: null,
    conversationId: null,
    engagement: { likes: 0, shares: 0, replies: 0, views: 0 },
    rating: null,
    appVersion: null,
    lang: it.lang ?? null,
  }
}
