// The fault suite (tests/faults): the real stack with one service killed or failing mid-stream.
// Separate from `vitest run` (minutes per fault); run it with infra/local/test-faults.sh.
import { defineConfig } from 'vitest/config'
import base from './vitest.config.js'

export default defineConfig({
  resolve: base.resolve,
  test: {
    name: 'faults',
    include: ['tests/faults/**/*.fault.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 600_000,
    hookTimeout: 180_000,
    // Each fault starts a whole stack: one at a time on a small machine.
    fileParallelism: false,
  },
})
