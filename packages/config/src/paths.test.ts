import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { findRepoRoot, requireDataDir, sharedDataRoot } from './paths.js'

describe('data paths come from configuration', () => {
  const repo = mkdtempSync(join(tmpdir(), 'vigil-paths-'))
  writeFileSync(join(repo, 'pnpm-workspace.yaml'), 'packages: []\n')

  it('finds the repository from a nested folder and defaults the shared data beside it', () => {
    expect(findRepoRoot(join(repo, 'packages', 'nlp', 'dist'))).toBe(repo)
    expect(sharedDataRoot(repo, {})).toBe(join(repo, '..', 'shared', 'data'))
    expect(sharedDataRoot(repo, { VIGIL_SHARED_DATA: '/data/vigil' })).toBe('/data/vigil')
  })

  it('stops a script with exit 2 and says where to point it when the data set is missing', () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation(((code: number) => {
      throw new Error(`exit ${code}`)
    }) as never)
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
    try {
      expect(() =>
        requireDataDir('nab', { from: repo, env: { VIGIL_SHARED_DATA: join(repo, 'nowhere') } }),
      ).toThrow('exit 2')
      expect(String(err.mock.calls[0]?.[0])).toContain('the nab data set is not at')
      expect(String(err.mock.calls[0]?.[0])).toContain('VIGIL_SHARED_DATA')
    } finally {
      exit.mockRestore()
      err.mockRestore()
    }
    expect(requireDataDir('x', { from: repo, explicit: repo })).toBe(repo)
  })
})
