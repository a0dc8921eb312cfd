// The bundled CLI (what the package installs): it runs without tsx, and its worker threads give
// the same output as one thread, in input order.
import { execFileSync, spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { generateRepo, writeRepo } from '../test/fleetRepo.ts'

const root = fileURLToPath(new URL('../..', import.meta.url))
const entry = new URL('../../dist-cli/siteconfig-studio.mjs', import.meta.url).href
const runBundle = (...args: string[]) =>
  spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const m = await import(${JSON.stringify(entry)}); process.exitCode = await m.main(process.argv.slice(1))`,
      ...args,
    ],
    { encoding: 'utf8', maxBuffer: 1 << 28 },
  )

describe('the bundled CLI', () => {
  let dir = ''
  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: root })
    dir = writeRepo(generateRepo(300, 60).files)
  }, 60_000)

  it('validates a repository on two threads exactly as on one', () => {
    const one = runBundle('validate', dir, '--jobs', '1', '--format', 'json')
    const two = runBundle('validate', dir, '--jobs', '2', '--format', 'json')
    expect([one.status, two.status]).toEqual([1, 1])
    expect(two.stderr).toBe('')
    expect(JSON.parse(one.stdout).length).toBeGreaterThan(300)
    expect(two.stdout).toBe(one.stdout)
  }, 60_000)

  it('prints Korean when asked, with the catalogue loaded on demand', () => {
    const r = runBundle('validate', dir, '--lang', 'ko', '--severity', 'error', '--jobs', '2')
    expect(r.stdout).toContain('clusterName site-003이(가) 2개 파일에 정의되어 있습니다')
  }, 60_000)
})
