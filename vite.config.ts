/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import type { Plugin } from 'vite'
import { monacoIndentGuides } from './src/build/monacoIndentGuides.ts'
import { pruneThemes } from './src/build/pruneThemes.ts'

// index.html holds the production CSP; only the dev server loosens it, for React's inline
// refresh preamble and the HMR websocket
const devCsp: Plugin = {
  name: 'dev-csp',
  apply: 'serve',
  transformIndexHtml: (html) =>
    html
      .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
      .replace("connect-src 'self'", "connect-src 'self' ws: wss:"),
}

export default defineConfig({
  plugins: [react(), devCsp, monacoIndentGuides],
  css: { postcss: { plugins: [pruneThemes] } },
  // the app must work air-gapped: everything is bundled, nothing is fetched at run time
  base: './',
  resolve: {
    // monaco-yaml's worker manager imports a path monaco-editor >= 0.56 no longer exports
    alias: [
      {
        find: /^monaco-editor\/esm\/vs\/(.*)$/,
        replacement: fileURLToPath(
          new URL('./node_modules/monaco-editor/esm/vs/$1', import.meta.url),
        ),
      },
    ],
  },
  // Monaco is one large lazy chunk by nature; the entry chunk is checked by npm run bench
  // found only inside workers, so the dev optimizer would discover them late and reload the page
  optimizeDeps: { include: ['monaco-yaml/yaml.worker.js'] },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 4000,
    // dist/.vite/manifest.json: the benchmark reads what loads before Monaco from it
    manifest: true,
    rolldownOptions: {
      // the yaml package declares no sideEffects, so importing its CST parser kept all of it
      // (composer, document model, stringify: 23 KB gzip) in the first load; it has none
      treeshake: {
        moduleSideEffects: [{ test: /node_modules[\\/]yaml[\\/]/, sideEffects: false }],
      },
      output: {
        // the first screen's libraries in one chunk: split by which lazy chunks share them, they
        // compressed worse (4.7 KB gzip more before Monaco); Monaco and the rest stay lazy
        // (not yaml: its composer is for lazy chunks only, and grouped it would come first again)
        codeSplitting: {
          groups: [
            {
              name: 'vendor',
              test: /node_modules[\\/](react|react-dom|scheduler|@patternfly|i18next|react-i18next|zustand|js-yaml)[\\/]/,
              minShareCount: 2,
            },
          ],
        },
      },
    },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 20000,
  },
})
