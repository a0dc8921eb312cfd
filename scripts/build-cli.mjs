#!/usr/bin/env node
// bundles the CLI into one CommonJS file, dist-cli/siteconfig-studio.cjs: it starts without tsx
// and runs without node_modules (every dependency is inside). Then it runs the bundle once on the
// seed's example, so that bin/ writes V8's code cache beside it (see bin/siteconfig-studio.cjs).
// --if-available (the prepare script) skips when esbuild is not installed (bin/ then runs the
// sources through tsx) or when there are no sources: an installed package, where npm may run
// prepare, already holds the bundle.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
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

// the browser builds of these two: their Node builds load node:worker_threads (fflate) or the
// whole package as CommonJS (yaml) in every run, for nothing the CLI uses
const BROWSER_BUILDS = {
  fflate: 'node_modules/fflate/esm/browser.js',
  yaml: 'node_modules/yaml/browser/index.js',
}
const browserBuilds = {
  name: 'browser-builds',
  setup(build) {
    build.onResolve({ filter: /^(fflate|yaml)$/ }, (a) => ({
      path: `${root}/${BROWSER_BUILDS[a.path]}`,
    }))
  },
}

// import('node:…') would stay a dynamic import, which a script compiled from a code cache cannot
// run (V8 drops its import callback): a lazily run require instead
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(build) {
    build.onResolve({ filter: /^node:/ }, (a) =>
      a.kind === 'dynamic-import' ? { path: a.path, namespace: 'lazy-builtin' } : undefined,
    )
    build.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (a) => ({
      contents: `module.exports = require(${JSON.stringify(a.path)})`,
      loader: 'js',
    }))
  },
}

// The Korean catalogue (finding texts and rule titles, 140 KB of code) is data: it goes beside the
// bundle as JSON, read only when Korean is asked for, so an English run neither reads nor
// deserializes it
const KO = {
  'src/core/messages/ko/index.ts': 'export const ko = KO.findings',
  'src/core/messages/ko/titles.ts': 'export const ruleTitlesKo = KO.titles',
}
const koCatalogue = {
  name: 'ko-catalogue',
  setup(build) {
    build.onLoad({ filter: /[\\/]messages[\\/]ko[\\/](index|titles)\.ts$/ }, (a) => {
      const rel = a.path
        .slice(root.length)
        .replace(/^[\\/]/, '')
        .replaceAll('\\', '/')
      return {
        loader: 'js',
        contents: `import { readFileSync } from 'node:fs'
const KO = JSON.parse(readFileSync(__dirname + '/ko.json', 'utf8'))
${KO[rel]}`,
      }
    })
  },
}
async function koJson(dir) {
  const { outputFiles } = await esbuild.build({
    absWorkingDir: root,
    stdin: {
      contents: `export { ko as findings } from './src/core/messages/ko/index.ts'
export { ruleTitlesKo as titles } from './src/core/messages/ko/titles.ts'`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    write: false,
    logLevel: 'warning',
  })
  const code = Buffer.from(outputFiles[0].text).toString('base64')
  const { findings, titles } = await import(`data:text/javascript;base64,${code}`)
  writeFileSync(`${dir}/ko.json`, JSON.stringify({ findings, titles }))
}

// built beside dist-cli and moved into place, so a bin started meanwhile (tests run in
// parallel) finds the old files or the new ones, never half of them
const dir = `${root}/dist-cli.build-${process.pid}`
rmSync(dir, { recursive: true, force: true })
mkdirSync(dir)
const { metafile, outputFiles } = await esbuild.build({
  absWorkingDir: root,
  entryPoints: ['src/cli/bundle.ts'],
  outfile: `${dir}/siteconfig-studio.cjs`,
  write: false,
  // one CommonJS file, not ES module chunks: Node 20 keeps no compile cache for ES modules, and
  // a script's code cache (bin/) is what makes the start-up fit (docs/PERFORMANCE.md)
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // jsonc-parser's main is a UMD build whose require('./impl/…') esbuild cannot follow
  mainFields: ['module', 'main'],
  plugins: [browserBuilds, koCatalogue, lazyBuiltins],
  // serve.ts finds the package, validateWorkers.ts starts this file as threads
  define: { 'import.meta.url': '__scsModuleUrl' },
  banner: { js: "const __scsModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  // less to read at every start; no source map: the CLI never shows a stack trace. ASCII only,
  // so bin/ reads it as latin1, without decoding UTF-8
  minify: true,
  legalComments: 'none',
  charset: 'ascii',
  logLevel: 'warning',
  metafile: true,
})
// V8 takes a code cache for any source of the same length: the first line names the build, and
// bin/ uses a cache only if it was made for that name
const text = outputFiles[0].text
const id = createHash('sha256').update(text).digest('hex').slice(0, 32)
writeFileSync(`${dir}/siteconfig-studio.cjs`, `// build ${id}\n${text}`)
await koJson(dir)
// the sources it was built from: in a checkout, bin/ runs them through tsx once one is newer
const sources = Object.keys(metafile.inputs).filter((f) => f.startsWith('src/'))
writeFileSync(`${dir}/sources.json`, JSON.stringify(sources.sort()) + '\n')

const dist = `${root}/dist-cli`
const old = `${root}/dist-cli.old-${process.pid}`
if (existsSync(dist)) renameSync(dist, old)
renameSync(dir, dist)
rmSync(old, { recursive: true, force: true })

// one run writes the code cache of everything it compiled; the exit code is the seed's findings
const seed = `${root}/src/templates/seed-example.yaml`
try {
  execFileSync(process.execPath, [`${root}/bin/siteconfig-studio.cjs`, 'validate', seed], {
    stdio: 'ignore',
  })
} catch (e) {
  if (e.status !== 1) throw e
}
if (!existsSync(`${dist}/siteconfig-studio.cache`))
  throw new Error('build-cli: the warm-up run wrote no code cache')
