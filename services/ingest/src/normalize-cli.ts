import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { loadBrands } from '@vigil/config'
import { FORMATS, type Format, isFormat, OwnAccounts, readPayload } from './connectors/index.js'

const USAGE = `usage: vigil-normalize --format FORMAT [--received-at ISO] [--brands FILE] [--app ID] [--territory CC] [--verbose] [FILE]
  FORMAT: ${FORMATS.join(', ')}, auto
  Reads FILE (or stdin when absent or "-"), writes one JSON Mention a line on stdout.
  Items that cannot be mentions: one {"error":{item,code,reason}} line each on stderr.
  Exit 0 when the input could be read (even if some items were rejected), 1 when not, 2 on usage.`

function usage(msg: string): never {
  process.stderr.write(
    `${JSON.stringify({ error: { item: '$', code: 'VIGIL_ERR_USAGE', reason: msg } })}\n${USAGE}\n`,
  )
  process.exit(2)
}

function readInput(file: string | undefined): Buffer {
  return file === undefined || file === '-' ? readFileSync(0) : readFileSync(file)
}

function main(): number {
  let args: ReturnType<typeof parse>
  try {
    args = parse()
  } catch (err) {
    usage((err as Error).message)
  }
  const { values, positionals } = args
  if (values.help) {
    process.stdout.write(`${USAGE}\n`)
    return 0
  }
  const format = values.format ?? 'auto'
  if (format !== 'auto' && !isFormat(format)) usage(`unknown format ${format}`)
  if (positionals.length > 1) usage('at most one FILE')
  const receivedAt = values['received-at'] || process.env.VIGIL_RECEIVED_AT || new Date().toISOString()
  if (Number.isNaN(Date.parse(receivedAt))) usage(`--received-at ${receivedAt} is not a time`)
  const brandsPath = values.brands || process.env.VIGIL_BRANDS_FILE
  const accounts = new OwnAccounts(brandsPath ? loadBrands(brandsPath) : loadBrands())
  let raw: Buffer
  try {
    raw = readInput(positionals[0])
  } catch (err) {
    const reason = `cannot read ${positionals[0] ?? 'stdin'}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`
    process.stderr.write(
      `${JSON.stringify({ error: { item: '$', code: 'VIGIL_ERR_CANNOT_READ', reason } })}\n`,
    )
    return 1
  }
  const r = readPayload(raw, format as Format | 'auto', {
    receivedAt: new Date(receivedAt).toISOString(),
    accounts,
    ...(values.app ? { appId: values.app } : {}),
    ...(values.territory ? { territory: values.territory } : {}),
  })
  const out = r.mentions.map((m) => JSON.stringify(m)).join('\n')
  if (out !== '') process.stdout.write(`${out}\n`)
  const err = r.errors.map((e) => JSON.stringify({ error: { format: r.format ?? format, ...e } }))
  if (values.verbose) err.push(...r.skipped.map((s) => JSON.stringify({ skipped: s })))
  if (err.length > 0) process.stderr.write(`${err.join('\n')}\n`)
  return r.readable ? 0 : 1
}

function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f' },
      'received-at': { type: 'string' },
      brands: { type: 'string' },
      app: { type: 'string' },
      territory: { type: 'string' },
      verbose: { type: 'boolean', short: 'v' },
      help: { type: 'boolean', short: 'h' },
    },
  })
}

process.exitCode = main()
