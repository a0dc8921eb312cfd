// The bundled CLI (what the package installs): it runs without tsx, from its code cache when the
// cache was made for its build, and its worker threads give the same output as one thread.
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { generateRepo, writeRepo } from '../test/fleetRepo.ts'
import { SEED_PATH } from '../test/fixtures.ts'

const root = fileURLToPath(new URL('../..', import.meta.url))
const runIn = (pkg: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(pkg, 'bin/siteconfig-studio.cjs'), ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  })
const runBundle = (...args: string[]) => runIn(root, ...args)

/** the package's layout without the sources (as installed), where a test may break the cache */
function installed(): string {
  const pkg = mkdtempSync(join(tmpdir(), 'scs-pkg-'))
  for (const d of ['bin', 'dist-cli', 'package.json'])
    cpSync(join(root, d), join(pkg, d), { recursive: true })
  return pkg
}

describe('the bundled CLI', () => {
  let dir = ''
  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: root })
    dir = writeRepo(generateRepo(300, 60).files)
  }, 120_000)

  it('validates a repository on two threads exactly as on one', () => {
    const one = runBundle('validate', dir, '--jobs', '1', '--format', 'json')
    const two = runBundle('validate', dir, '--jobs', '2', '--format', 'json')
    expect([one.status, two.status]).toEqual([1, 1])
    expect(two.stderr).toBe('')
    expect(JSON.parse(one.stdout).length).toBeGreaterThan(300)
    expect(two.stdout).toBe(one.stdout)
  }, 60_000)

  it('prints Korean when asked, the catalogue read beside the bundle only then', () => {
    const r = runBundle('validate', dir, '--lang', 'ko', '--severity', 'error', '--jobs', '2')
    expect(r.stdout).toContain('clusterName site-003이(가) 2개 파일에 정의되어 있습니다')
    const sarif = JSON.parse(
      runBundle('validate', SEED_PATH, '--lang', 'ko', '--format', 'sarif').stdout,
    )
    const titles = sarif.runs[0].tool.driver.rules.map(
      (r: { shortDescription: { text: string } }) => r.shortDescription.text,
    )
    expect(titles.join('\n')).toMatch(/[가-힣]/)
    const bundle = readFileSync(join(root, 'dist-cli/siteconfig-studio.cjs'), 'latin1')
    expect(bundle).not.toContain('\\uC815\\uC758') // 정의, in the catalogue only
  })

  it('keeps a code cache made for its build, and replaces one made for another or broken', () => {
    const pkg = installed()
    const cache = join(pkg, 'dist-cli/siteconfig-studio.cache')
    const good = readFileSync(cache)
    const build = /^\/\/ build (\w+)\n/.exec(
      readFileSync(join(pkg, 'dist-cli/siteconfig-studio.cjs'), 'latin1'),
    )![1]!
    expect(good.subarray(0, build.length).toString('latin1')).toBe(build)

    const reference = runIn(pkg, 'validate', SEED_PATH)
    expect(reference.status).toBe(1)
    expect(reference.stdout).toContain('[ign-mode-special-bits]')
    expect(readFileSync(cache).equals(good)).toBe(true)

    const broken = [
      Buffer.concat([Buffer.from('0'.repeat(build.length)), good.subarray(build.length)]), // another build's
      Buffer.concat([Buffer.from(build), Buffer.alloc(4096, 7)]), // this build's name, data V8 refuses
      Buffer.from('not a cache'),
    ]
    for (const bad of broken) {
      writeFileSync(cache, bad)
      const r = runIn(pkg, 'validate', SEED_PATH)
      expect([r.status, r.stdout, r.stderr]).toEqual([1, reference.stdout, reference.stderr])
      const now = readFileSync(cache)
      expect(now.subarray(0, build.length).toString('latin1')).toBe(build)
      expect(now.length).toBeGreaterThan(100_000)
    }
  }, 60_000)
})
