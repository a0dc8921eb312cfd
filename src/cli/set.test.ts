import { afterEach, describe, expect, it } from 'vitest'
import '../core/commands/documentCommands.ts'
import { defineCommands, findCommand } from '../core/commands/registry.ts'
import { SEED_PATH, seedText } from '../test/fixtures.ts'
import { main } from './main.ts'

const original = findCommand('field.set')!

const run = async (...argv: string[]) => {
  let stdout = ''
  const code = await main(argv, { stdout: (s) => void (stdout += s), stderr: () => {} })
  return { code, stdout }
}

describe('set runs the editor’s registered field command', () => {
  afterEach(() => defineCommands({ 'field.set': original }))

  it('each PATH=VALUE is one run of field.set, the command the form runs', async () => {
    const seen: unknown[] = []
    defineCommands({
      'field.set': { ...original, perform: (f, a) => (seen.push(a), original.perform(f, a)) },
    })
    const r = await run('set', SEED_PATH, 'spec.baseDomain=a.example.com', 'metadata.name=lab')
    expect(r.code).toBe(0)
    expect(seen).toEqual([
      { path: ['spec', 'baseDomain'], value: 'a.example.com' },
      { path: ['metadata', 'name'], value: 'lab' },
    ])
    expect(r.stdout).not.toBe(seedText())
  })

  it('a refusal of the command is the CLI’s error', async () => {
    defineCommands({ 'field.set': { ...original, perform: () => ({ error: 'refused here' }) } })
    let err = ''
    const code = await main(['set', SEED_PATH, 'spec.baseDomain=x'], {
      stdout: () => {},
      stderr: (s) => void (err += s),
    })
    expect(code).toBe(2)
    expect(err).toBe(`siteconfig-studio: ${SEED_PATH}: spec.baseDomain: refused here\n`)
  })
})
