/**
 * A corpus in NAB's layout: written from generated series (synth-social.mjs,
 * synth-social-b.mjs) and loaded with NAB's own score.mjs as { bench, inputs } (nab-loco.mjs
 * loads NAB itself the same way).
 */
import fs from 'node:fs'
import path from 'node:path'

/**
 * NAB's benchmark under `dataRoot` (read by NAB's own `loadBenchmark`, from its score.mjs) and
 * every file's rows as [value, time ms].
 */
export function loadNabLayout(loadBenchmark, dataRoot) {
  const bench = loadBenchmark({ dataRoot })
  const inputs = bench.files.map((f) => ({
    f,
    rows: fs
      .readFileSync(path.join(dataRoot, 'data', f.key), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => {
        const [t, v] = l.split(',')
        return [Number(v), Date.parse(`${t.trim().replace(' ', 'T')}Z`)]
      }),
  }))
  return { bench, inputs }
}

/**
 * Write `count` generated series (`make(s)` → { rows: [time text, value][], onsets, base,
 * kinds, events }) as `folder`/mentions_NN.csv under `root` with NAB's windows (10 % of the
 * rows over the number of anomalies, centred on each onset) and NAB's profiles, then load it.
 */
export async function writeNabCorpus({ nabDir, root, folder, count, make }) {
  const windows = {}
  fs.mkdirSync(path.join(root, 'data', folder), { recursive: true })
  fs.mkdirSync(path.join(root, 'labels'), { recursive: true })
  fs.mkdirSync(path.join(root, 'config'), { recursive: true })
  writeAtomic(
    path.join(root, 'config', 'profiles.json'),
    fs.readFileSync(path.join(nabDir, 'data', 'config', 'profiles.json'), 'utf8'),
  )
  const meta = []
  for (let s = 0; s < count; s++) {
    const ser = make(s)
    const name = `${folder}/mentions_${String(s).padStart(2, '0')}.csv`
    writeAtomic(
      path.join(root, 'data', name),
      `timestamp,value\n${ser.rows.map((x) => x.join(',')).join('\n')}\n`,
    )
    const n = ser.rows.length
    const w = ser.onsets.length ? Math.floor((0.1 * n) / ser.onsets.length) : 0
    windows[name] = ser.onsets.map((o) => [
      ser.rows[Math.max(0, o - Math.floor(w / 2))][0],
      ser.rows[Math.min(n - 1, o + Math.floor(w / 2))][0],
    ])
    meta.push({ name, base: ser.base, kinds: ser.kinds, onsets: ser.onsets, events: ser.events })
  }
  writeAtomic(path.join(root, 'labels', 'combined_windows.json'), JSON.stringify(windows, null, 1))
  const { loadBenchmark } = await import(path.join(nabDir, 'score.mjs'))
  return { ...loadNabLayout(loadBenchmark, root), root, meta }
}

/**
 * Write a file whole or not at all: the corpora live in the shared OS temp folder, and two
 * benchmarks generating the same corpus at once (several engineers on one machine) used to read
 * each other's half-written files (NAB's loader failing on a short CSV, or a heap overflow).
 * Every writer writes the same bytes (the corpus is a function of its seed), so the last rename
 * wins harmlessly.
 */
function writeAtomic(file, text) {
  const tmp = `${file}.${process.pid}.tmp`
  fs.writeFileSync(tmp, text)
  fs.renameSync(tmp, file)
}
