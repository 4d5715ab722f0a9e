/**
 * What vigil-train needs beyond the trainers: the bank's corrections split into a part to learn
 * from and a part held out (by id hash, so a correction stays on its side from run to run),
 * and per-language macro-F1 of a model on held-out sets, to print before / after.
 */
import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { SENTIMENT_LABELS } from '@vigil/schema'
import { createSentimentScorer } from '../../dist/index.js'
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
