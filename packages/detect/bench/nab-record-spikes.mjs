#!/usr/bin/env node
// Do NAB's labellers mark record spikes on volume-like files? For each whole-number or
// count-like file: the largest single-row jumps after the probation (15 % of the rows; a row
// minus the mean of the 12 before it), the largest jump inside the probation, and whether each
// jump lies in a labelled window (*IN*). A reading of NAB's own labels; nothing is tuned on it.
//
// Usage: node packages/detect/bench/nab-record-spikes.mjs
import fs from 'node:fs'
import path from 'node:path'
import { COUNT_LIKE } from './nab-loco.mjs'
import { NAB } from './zscore-run.mjs'

const root = path.join(NAB, 'data')
const windows = JSON.parse(fs.readFileSync(path.join(root, 'labels', 'combined_windows.json'), 'utf8'))
const ms = (t) => Date.parse(`${t.trim().replace(' ', 'T')}Z`)
const BEFORE = 12

/** The jump of row i over the mean of the BEFORE rows before it. */
const jump = (rows, i) => rows[i][1] - rows.slice(i - BEFORE, i).reduce((a, r) => a + r[1], 0) / BEFORE

for (const key of Object.keys(windows)) {
  const rows = fs
    .readFileSync(path.join(root, 'data', key), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => {
      const [t, v] = l.split(',')
      return [ms(t), Number(v)]
    })
  const whole = rows.every(([, v]) => Number.isInteger(v) && v >= 0)
  if (!whole && !COUNT_LIKE.includes(key)) continue
  const probation = Math.floor(0.15 * rows.length)
  const ws = windows[key].map(([a, b]) => [ms(a), ms(b)])
  const inWindow = (t) => ws.some(([a, b]) => t >= a && t <= b)
  let probMax = 0
  for (let i = BEFORE; i < probation; i++) probMax = Math.max(probMax, jump(rows, i))
  const jumps = []
  for (let i = Math.max(probation, BEFORE); i < rows.length; i++) jumps.push([jump(rows, i), i])
  jumps.sort((a, b) => b[0] - a[0])
  const top = []
  for (const j of jumps) {
    if (top.every((x) => Math.abs(x[1] - j[1]) > BEFORE)) top.push(j)
    if (top.length === 5) break
  }
  const record = top[0][0] > probMax ? 'record' : 'no record'
  console.log(
    `${key} (${whole ? 'whole numbers' : 'fractions'}, ${ws.length} windows): largest in probation ${probMax.toPrecision(3)}, after (${record}): ${top
      .map(([d, i]) => `${d.toPrecision(3)}@${i}${inWindow(rows[i][0]) ? ' *IN*' : ''}`)
      .join(', ')}`,
  )
}
