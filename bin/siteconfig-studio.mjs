#!/usr/bin/env node
// runs the TypeScript CLI directly (tsx), so `npx siteconfig-studio` works right after `npm ci`
import { register } from 'tsx/esm/api'

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

register()
const { main } = await import('../src/cli/main.ts')
process.exitCode = await main(process.argv.slice(2))
