#!/usr/bin/env node
'use strict'
// Runs the bundled CLI (dist-cli, built by `npm run build:cli`, shipped in the package) through V8's
// code cache; without the bundle, or in a checkout whose sources changed since the build, the
// TypeScript sources through tsx. CommonJS, not an ES module: Node starts a script ~8 ms sooner.
const fs = require('node:fs')
const path = require('node:path')

// a message, never a stack trace, whatever happens; a reader that stops early (| head) is no error
const fail = (e) => {
  if (e?.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  const line = JSON.stringify(
    String(e?.message ?? e)
      .split('\n')[0]
      .slice(0, 200),
  ).slice(1, -1)
  process.stderr.write(`siteconfig-studio: ${line}\n`)
  process.exit(2)
}
process.on('uncaughtException', fail)
process.on('unhandledRejection', fail)
process.stdout.on('error', fail)

const root = path.join(__dirname, '..')
const dist = path.join(root, 'dist-cli')
const bundle = path.join(dist, 'siteconfig-studio.cjs')
const cacheFile = path.join(dist, 'siteconfig-studio.cache')

// a stale bundle would run yesterday's code in a checkout (tests spawn this bin): ~150 stats
const fresh = () => {
  if (!fs.existsSync(path.join(root, 'src/cli/main.ts'))) return true
  try {
    const built = fs.statSync(bundle).mtimeMs
    const sources = JSON.parse(fs.readFileSync(path.join(dist, 'sources.json'), 'utf8'))
    return sources.every((f) => fs.statSync(path.join(root, f)).mtimeMs <= built)
  } catch {
    return false
  }
}

/**
 * The bundle compiled from its code cache: the bytecode of every function the build's warm-up
 * run compiled, so this run neither parses nor compiles them (about 50 ms of a 220 ms start).
 * V8 accepts a cache for any source of the same length, so the cache starts with the build's
 * name (the bundle's first line) and is used only for that build. A cache that is missing, for
 * another build or refused by V8 (another Node) is written again after the run where it may be:
 * a read-only install runs without one, as fast as before.
 */
function loadBundle() {
  const vm = require('node:vm')
  const { createRequire, wrap } = require('node:module')
  // the bundle is ASCII (build-cli.mjs): latin1 is the same text, read without decoding UTF-8
  const source = fs.readFileSync(bundle, 'latin1')
  const build = /^\/\/ build (\w+)\n/.exec(source)?.[1] ?? ''
  let cachedData
  try {
    const file = fs.readFileSync(cacheFile)
    if (build && file.latin1Slice(0, build.length) === build)
      cachedData = file.subarray(build.length)
  } catch {
    // no cache yet: this run writes one
  }
  const script = new vm.Script(wrap(source), {
    filename: bundle,
    cachedData,
  })
  const mod = { exports: {} }
  script.runInThisContext()(mod.exports, createRequire(bundle), mod, bundle, dist)
  // after the run: the cache then holds what the run compiled, not only the top level
  const save = () => {
    const tmp = `${cacheFile}.${process.pid}.tmp`
    try {
      fs.writeFileSync(
        tmp,
        Buffer.concat([Buffer.from(build, 'latin1'), script.createCachedData()]),
      )
      fs.renameSync(tmp, cacheFile)
    } catch {
      fs.rmSync(tmp, { force: true })
    }
  }
  const stale = build && (!cachedData || script.cachedDataRejected)
  return { main: mod.exports.main, save: stale ? save : null }
}

async function run() {
  const argv = process.argv.slice(2)
  if (fs.existsSync(bundle) && fresh()) {
    const { main, save } = loadBundle()
    process.exitCode = await main(argv)
    save?.()
    return
  }
  // tsx only here: an installed package has dist-cli and need not have tsx
  const { register } = await import('tsx/esm/api')
  register()
  const { main } = await import('../src/cli/main.ts')
  process.exitCode = await main(argv)
}
run().catch(fail)
