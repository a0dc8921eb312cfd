#!/usr/bin/env node
// bundles the CLI into one ESM file, dist-cli/siteconfig-studio.mjs: it starts without tsx and
// runs without node_modules (every dependency is inside). --if-available (the prepare script)
// skips when esbuild is not installed (bin/ then runs the sources through tsx) or when there are
// no sources: an installed package, where npm may run prepare, already holds the bundle.
import { existsSync, rmSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const optional = process.argv.includes('--if-available')
if (optional && !existsSync(`${root}/src/cli/main.ts`)) process.exit(0)
let esbuild
try {
  esbuild = await import('esbuild')
} catch (e) {
  if (!optional) throw e
  console.warn('build-cli: esbuild is not installed; the CLI will run through tsx')
  process.exit(0)
}

// old chunks would pile up beside the new ones
rmSync(`${root}/dist-cli`, { recursive: true, force: true })
const { metafile } = await esbuild.build({
  absWorkingDir: root,
  entryPoints: { 'siteconfig-studio': 'src/cli/main.ts' },
  outdir: 'dist-cli',
  // a chunk per command (main.ts imports each when it runs): validate starts without the
  // converter, the renderer, the server or the Korean catalogue
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // jsonc-parser's main is a UMD build whose require('./impl/…') esbuild cannot follow
  mainFields: ['module', 'main'],
  // less to parse at every start; no source map: the CLI never shows a stack trace
  minify: true,
  legalComments: 'none',
  // bundled CommonJS (yaml) calls require('process'), require('buffer'): give the ESM one
  banner: {
    js: "import { createRequire as __scsRequire } from 'node:module'; const require = __scsRequire(import.meta.url);",
  },
  logLevel: 'warning',
  metafile: true,
})
// the sources it was built from: in a checkout, bin/ runs them through tsx once one is newer
const sources = Object.keys(metafile.inputs).filter((f) => f.startsWith('src/'))
writeFileSync(`${root}/dist-cli/sources.json`, JSON.stringify(sources.sort()) + '\n')
