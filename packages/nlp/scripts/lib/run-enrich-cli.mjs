/**
 * Runs `bin/vigil-enrich` (the command a bank, and issue 11's hidden corpus, scores through)
 * on a list of input objects and returns its output objects by id. The environment passes
 * through, so VIGIL_INTENT_MODEL / VIGIL_SENTIMENT_MODEL choose the models as in production.
 */
import { spawn } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const BIN = join(dirname(fileURLToPath(import.meta.url)), '../../bin/vigil-enrich')

/** @param {{id: string, text: string}[]} inputs */
export function runEnrichCli(inputs, env = process.env) {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [BIN], { env, stdio: ['pipe', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    child.stdout.setEncoding('utf8').on('data', (d) => {
      out += d
    })
    child.stderr.setEncoding('utf8').on('data', (d) => {
      err += d
    })
    child.on('error', reject)
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`vigil-enrich exited ${code}: ${err.slice(0, 2000)}`))
      const byId = new Map()
      for (const line of out.split('\n')) {
        if (!line.trim()) continue
        const o = JSON.parse(line)
        if (o.id !== undefined) byId.set(o.id, o)
      }
      const started = err.split('\n').find((l) => l.includes('"started"'))
      resolveRun({ byId, started: started ? JSON.parse(started) : null })
    })
    child.stdin.end(`${inputs.map((i) => JSON.stringify(i)).join('\n')}\n`)
  })
}
