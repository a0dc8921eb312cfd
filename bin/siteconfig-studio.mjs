#!/usr/bin/env node
// runs the bundled CLI (dist-cli, built by `npm run build:cli`, shipped in the package); without
// it, or in a checkout whose sources changed since the build, the TypeScript sources through tsx
import { existsSync, readFileSync, statSync } from 'node:fs'

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

const at = (p) => new URL(`../${p}`, import.meta.url)
const bundle = at('dist-cli/siteconfig-studio.mjs')
// a stale bundle would run yesterday's code in a checkout (tests spawn this bin): ~150 stats
const fresh = () => {
  if (!existsSync(at('src/cli/main.ts'))) return true
  try {
    const built = statSync(bundle).mtimeMs
    const sources = JSON.parse(readFileSync(at('dist-cli/sources.json'), 'utf8'))
    return sources.every((f) => statSync(at(f)).mtimeMs <= built)
  } catch {
    return false
  }
}
let main
if (existsSync(bundle) && fresh()) ({ main } = await import(bundle.href))
else {
  // tsx only here: an installed package has dist-cli and need not have tsx
  const { register } = await import('tsx/esm/api')
  register()
  ;({ main } = await import('../src/cli/main.ts'))
}
process.exitCode = await main(process.argv.slice(2))
