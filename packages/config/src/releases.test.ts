import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadReleases, parseReleases, ReleasesConfigError } from './releases.js'

describe('releases configuration', () => {
  it('reads announced releases and normalises their dates', () => {
    const r = parseReleases(
      {
        releases: [
          { brand: 'northwind', store: 'appstore', version: '7.4.0', date: '2026-11-20T09:00:00+01:00' },
        ],
      },
      ['northwind'],
    )
    expect(r).toEqual([
      { brand: 'northwind', store: 'appstore', version: '7.4.0', date: '2026-11-20T08:00:00.000Z' },
    ])
  })
  it('says what is wrong with a bad entry', () => {
    const bad = (o: object) => () => parseReleases({ releases: [o] }, ['northwind'])
    expect(bad({ brand: 'nobank', store: 'appstore', version: '1', date: '2026-11-20' })).toThrow(
      /configured brands/,
    )
    expect(bad({ brand: 'northwind', store: 'web', version: '1', date: '2026-11-20' })).toThrow(
      /appstore or playstore/,
    )
    expect(bad({ brand: 'northwind', store: 'appstore', version: '1', date: 'soon' })).toThrow(/ISO-8601/)
    expect(() => parseReleases([])).toThrow(ReleasesConfigError)
  })
  it('has none when no file is configured, and a clear error for a broken file', () => {
    expect(loadReleases(undefined)).toEqual([])
    const dir = mkdtempSync(join(tmpdir(), 'vigil-releases-'))
    writeFileSync(join(dir, 'r.json'), '{oops')
    expect(() => loadReleases(join(dir, 'r.json'))).toThrow(/not JSON/)
  })
})
