/** @module web/vite.config: the dashboard bundle, built into dist/web with relative paths so the API can serve it from `/`. */
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

const here = fileURLToPath(new URL('.', import.meta.url))

export default defineConfig({
  root: here,
  base: './',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    // Everything ships in the package: no CDN; small images inline as data: URIs, which the CSP allows.
    assetsInlineLimit: 8192,
    chunkSizeWarningLimit: 1200,
    modulePreload: { polyfill: false },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
})
