#!/usr/bin/env node
// runs the TypeScript CLI directly (tsx), so `npx siteconfig-studio` works right after `npm ci`
import { register } from 'tsx/esm/api'

register()
const { main } = await import('../src/cli/main.ts')
process.exitCode = await main(process.argv.slice(2))
