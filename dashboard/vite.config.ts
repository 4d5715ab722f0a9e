import { svelte } from '@sveltejs/vite-plugin-svelte'
import { defineConfig } from 'vite'

// The API serves the built files from dashboard/dist at `/`; in `vite dev` the API and the
// live feed are proxied to a running api process so the page stays same-origin.
const api = process.env.VIGIL_API_URL ?? 'http://127.0.0.1:8080'

export default defineConfig({
  base: '/',
  plugins: [svelte()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 800 },
  server: {
    proxy: {
      '/api': api,
      '/ws': { target: api.replace(/^http/, 'ws'), ws: true },
    },
  },
})
