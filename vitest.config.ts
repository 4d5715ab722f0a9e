import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const root = fileURLToPath(new URL('.', import.meta.url))
// Tests import workspace packages from source, so no build is needed to run them.
const alias = [
  {
    find: /^@vigil\/(schema|config|nlp|detect|bus|store)$/,
    replacement: `${root}packages/$1/src/index.ts`,
  },
  {
    find: /^@vigil\/(ingest|enricher|detector|sink|api|embedded|outlet)$/,
    replacement: `${root}services/$1/src/index.ts`,
  },
]

export default defineConfig({
  resolve: { alias },
  test: {
    // Vitest's default on two cores is one worker: every file, one after another. Two let the
    // long waits (the end-to-end test spends minutes waiting for minutes of data to close) overlap
    // with other files. Every integration file keeps to its own topics, groups, databases and
    // ports, so files sharing the broker do not see each other.
    maxWorkers: 2,
    minWorkers: 1,
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: [
            'packages/*/src/**/*.test.ts',
            'services/*/src/**/*.test.ts',
            'dashboard/src/**/*.test.ts',
          ],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
          // Some spawn a CLI or build a large table: seconds on a busy machine, not a failure.
          testTimeout: 30_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: [
            'packages/*/src/**/*.int.test.ts',
            'services/*/src/**/*.int.test.ts',
            'tests/**/*.test.ts',
          ],
          exclude: ['tests/cluster/**', '**/node_modules/**'],
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // A browser test polls what the page shows after a query; vitest's default of 1 s is
          // shorter than one embedded-ClickHouse query on a loaded machine (a fresh clone went red
          // on the Explorer's filter at load average 17 while the page was still waiting).
          expect: { poll: { timeout: 15_000 } },
        },
      },
      {
        resolve: { alias },
        test: {
          // Three brokers and a broker killed under load take both cores: run after the rest,
          // alone.
          name: 'cluster',
          include: ['tests/cluster/**/*.test.ts'],
          sequence: { groupOrder: 1 },
          poolOptions: { forks: { singleFork: true } },
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
})
