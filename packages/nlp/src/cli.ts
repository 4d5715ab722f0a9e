/**
 * vigil-enrich: JSON lines {"id","text","lang"?,"platform"?} on stdin → one JSON line per
 * input on stdout, in order. Bad lines give an error line and the rest continue.
 *
 *   vigil-enrich [--brands FILE] [--model FILE | --no-model]
 */
import { once } from 'node:events'
import { loadBrands } from '@vigil/config'
import { cliEventTime, processLine, splitLines } from './cli-core.js'
import { type Enricher, loadEnricher } from './enricher.js'
import { defaultIntentModelPath } from './intent-classifier.js'
import { publishedOrConfiguredIntent } from './models/intent.js'
import { publishedOrConfiguredScorer } from './models/watcher.js'

/** The intent version vigil-train published (VIGIL_MODELS_DIR), else the configured model. */
const publishedIntent = () =>
  publishedOrConfiguredIntent(defaultIntentModelPath(), process.env.VIGIL_INTENT_MODEL_PATH !== undefined)

const USAGE = `usage: vigil-enrich [--brands FILE] [--model FILE | --no-model]
Reads JSON lines {"id","text","lang"?,"platform"?} on stdin, writes one JSON line per input.
  --brands FILE  brands configuration (default: the shipped fictional banks)
  --model FILE   trained sentiment weights (default: VIGIL_SENTIMENT_MODEL, see below)
  --no-model     use the hand-written lexicon only
Environment: VIGIL_SENTIMENT_MODEL=auto (local model if trained, else shipped in its autoLangs, else lexicon) | shipped | local | lexicon;
  VIGIL_SENTIMENT_SHIPPED_PATH, VIGIL_SENTIMENT_LOCAL_PATH, VIGIL_INTENT_MODEL=rules, VIGIL_INTENT_MODEL_PATH;
  in auto/local mode a version vigil-train published in VIGIL_MODELS_DIR answers first.
Input lines may carry "platform" (e.g. "news"), "author" (an id) and "createdAt" for intent's signals.`

interface CliArgs {
  brands?: string
  model?: string | null
}

function parseArgs(argv: string[]): CliArgs | string {
  const out: CliArgs = {}
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === '--brands' || a === '--model') {
      const v = argv[++i]
      if (v === undefined) return `${a} needs a value`
      if (a === '--brands') out.brands = v
      else out.model = v
    } else if (a === '--no-model') out.model = null
    else if (a === '--help' || a === '-h') return ''
    else return `unknown argument ${a}`
  }
  return out
}

export async function main(argv = process.argv.slice(2)): Promise<number> {
  const args = parseArgs(argv)
  if (typeof args === 'string') {
    process.stderr.write(`${args ? `${args}\n` : ''}${USAGE}\n`)
    return args ? 2 : 0
  }
  let enricher: Enricher
  try {
    const brands = loadBrands(args.brands)
    enricher = await loadEnricher(
      // No --model: the version vigil-train published (VIGIL_MODELS_DIR) when there is one.
      args.model === undefined
        ? {
            brands,
            sentimentScorer: publishedOrConfiguredScorer(),
            intentModel: publishedIntent(),
            eventTimeOf: cliEventTime,
          }
        : {
            brands,
            sentimentModelPath: args.model,
            intentModel: publishedIntent(),
            eventTimeOf: cliEventTime,
          },
    )
  } catch (e) {
    const code = (e as { code?: string }).code ?? 'VIGIL_ERR_STARTUP'
    process.stderr.write(
      `${JSON.stringify({ event: 'startup_failed', code, message: (e as Error).message })}\n`,
    )
    return 1
  }
  // Say which sentiment model answers: the trained one (local cache, research data) or the
  // shipped lexicon. On stderr, so that stdout stays one JSON line per input.
  const started: Record<string, string> = {
    event: 'started',
    sentimentModel: enricher.sentimentModel,
    sentimentModelVersion: enricher.sentimentModelVersion,
    intentModelVersion: enricher.intentModelVersion,
  }
  if (enricher.sentimentModelNote !== null) started.sentimentModelNote = enricher.sentimentModelNote
  process.stderr.write(`${JSON.stringify(started)}\n`)
  let line = 0
  for await (const raw of splitLines(process.stdin)) {
    line++
    const out = processLine(enricher, raw, line, new Date().toISOString())
    if (out === null) continue
    if (!process.stdout.write(`${JSON.stringify(out)}\n`)) await once(process.stdout, 'drain')
  }
  return 0
}
