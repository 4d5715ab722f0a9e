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
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // Two cores: integration suites share one broker; run files one at a time.
          fileParallelism: false,
        },
      },
    ],
  },
})
