// validate DIR and set DIR on a generated repository written to disk (a real git checkout).
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import Ajv from 'ajv'
import { beforeAll, describe, expect, it } from 'vitest'
import { ciPath, generateRepo, git, PLANTED, sitePath, writeRepo } from '../test/fleetRepo.ts'
import { run } from './runForTest.ts'
import { VERSION } from './version.ts'

const lineOf = (text: string, needle: string) =>
  text.slice(0, text.indexOf(needle)).split('\n').length

describe('validate DIR: every site file, then the rules between them', () => {
  const repo = generateRepo(240, 60)
  let dir = ''
  beforeAll(() => {
    dir = writeRepo(repo.files)
    // what a walk must not read: node_modules, a link out of the tree, a file that is not YAML
    mkdirSync(join(dir, 'node_modules/x'), { recursive: true })
    writeFileSync(join(dir, 'node_modules/x/site.yaml'), 'kind: SiteConfig\n')
    symlinkSync('/etc', join(dir, 'etc-link'))
  })

  it('text: one line per file and line of each planted problem; exit 1', async () => {
    const r = await run('validate', dir, '--severity', 'warning')
    expect(r.code).toBe(1)
    expect(r.stderr).toBe('')
    for (const [rule, files] of Object.entries(PLANTED))
      for (const f of files) expect(r.stdout, `${rule} ${f}`).toContain(`${join(dir, f)}:`)
    const dupName = r.stdout.split('\n').filter((l) => l.includes('[fleet-duplicate-cluster-name]'))
    expect(dupName).toEqual([
      `${join(dir, sitePath(3))}:13:5: error: clusterName site-003 is defined in 2 files: ${sitePath(3)}:13, ${sitePath(7)}:13 [fleet-duplicate-cluster-name]`,
      `${join(dir, sitePath(7))}:13:5: error: clusterName site-003 is defined in 2 files: ${sitePath(3)}:13, ${sitePath(7)}:13 [fleet-duplicate-cluster-name]`,
    ])
    expect(r.stdout).not.toContain('node_modules')
    expect(r.stdout).not.toContain('etc-link')
  })

  it('json: a finding between files has its other places as related', async () => {
    const r = await run('validate', dir, '--format', 'json')
    const out = JSON.parse(r.stdout) as Array<{
      rule: string
      file: string
      line: number
      related?: { file: string; line: number }[]
    }>
    const bmc = out.filter((x) => x.rule === 'fleet-duplicate-bmc')
    expect(bmc).toHaveLength(1)
    expect([bmc[0]!.file, bmc[0]!.line]).toEqual([
      join(dir, sitePath(20)),
      lineOf(repo.files.get(sitePath(20))!, 'bmcAddress'),
    ])
    expect(bmc[0]!.related!.map((x) => [x.file, x.line])).toEqual([
      [join(dir, sitePath(21)), lineOf(repo.files.get(sitePath(21))!, 'bmcAddress')],
    ])
    // single-file findings are there too, with their files
    expect(out.some((x) => !x.rule.startsWith('fleet-') && x.file === join(dir, ciPath(3)))).toBe(
      true,
    )
  })

  it('sarif: valid against the SARIF 2.1.0 schema, URIs relative to the repository', async () => {
    const r = await run('validate', dir, '--format', 'sarif')
    expect(r.code).toBe(1)
    const log = JSON.parse(r.stdout)
    const require = createRequire(import.meta.url)
    const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json')
    const ajv = new Ajv({ schemaId: 'auto', allErrors: true })
    ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-04.json'))
    const valid = ajv.validate(schema, log)
    expect(ajv.errors ?? [], ajv.errorsText()).toEqual([])
    expect(valid).toBe(true)
    const run0 = log.runs[0]
    expect(run0.tool.driver.version).toBe(VERSION)
    const mac = run0.results.find((x: { ruleId: string }) => x.ruleId === 'fleet-both-kinds')
    const uris = [mac.locations[0], mac.relatedLocations[0]].map(
      (l: { physicalLocation: { artifactLocation: unknown } }) =>
        l.physicalLocation.artifactLocation,
    )
    // walked in name order: clusterinstances/ before siteconfig/
    expect(uris).toEqual([
      { uri: ciPath(20), uriBaseId: '%SRCROOT%' },
      { uri: sitePath(60), uriBaseId: '%SRCROOT%' },
    ])
    expect(run0.tool.driver.rules[mac.ruleIndex].id).toBe('fleet-both-kinds')
  })

  it('--single-file leaves the rules between files out', async () => {
    const r = await run('validate', dir, '--single-file')
    expect(r.stdout).not.toContain('[fleet-')
  })

  it('a repository without planted mistakes has no finding between files', async () => {
    const clean = writeRepo(generateRepo(20, 5, false).files)
    const r = await run('validate', clean, '--severity', 'info')
    expect(r.stdout.match(/\[fleet-[^\]]+\]/g)).toBeNull()
    // the examples' own errors (the seed's decimal modes, on purpose) still decide the exit code
    expect(r.code).toBe((await run('validate', clean, '--single-file')).code)
  })

  it('--sites-only skips named files that are not site files (pre-commit names every .yaml)', async () => {
    const k = join(dir, 'siteconfig/kustomization.yaml')
    const readme = join(dir, 'manifest.yaml')
    writeFileSync(readme, 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n')
    expect((await run('validate', readme)).stdout).toContain('[site-kind]')
    const r = await run('validate', '--sites-only', readme, k, join(dir, sitePath(5)))
    expect(r.stdout).not.toContain('[site-kind]')
    // the kustomization named is still read: its missing entry is found
    expect(r.stdout).toContain('sites/site-999.yaml in generators is not there')
  })
})

describe('set DIR with a path that selects a cluster by name', () => {
  it('prints one patch that git apply takes; --in-place writes the same', async () => {
    const dir = writeRepo(generateRepo(30, 6, false).files)
    const path = (n: string) => `spec.clusters[clusterName=${n}].clusterImageSetNameRef=img4.18`
    const r = await run('set', join(dir, 'siteconfig'), path('site-004'), path('site-017'))
    expect(r.code).toBe(0)
    expect(r.stdout.match(/^diff --git /gm)).toHaveLength(2)
    writeFileSync(join(dir, 'p.patch'), r.stdout)
    git(dir, 'apply', '--check', 'p.patch')
    git(dir, 'apply', 'p.patch')
    const changed = git(dir, 'diff', '--name-only').trim().split('\n')
    expect(changed).toEqual([sitePath(4), sitePath(17)])
    expect(git(dir, 'diff', '--stat').trim().split('\n').pop()).toMatch(
      /2 files changed, 2 insertions\(\+\), 2 deletions\(-\)/,
    )
    expect(readFileSync(join(dir, sitePath(4)), 'utf8')).toContain(
      'clusterImageSetNameRef: "img4.18"',
    )
    git(dir, 'checkout', '-q', '.')
    const w = await run(
      'set',
      dir,
      path('ci-sno-002').replace('spec.clusters[clusterName=ci-sno-002]', 'spec'),
      '--in-place',
    )
    expect(w.stderr).toBe('set: 36 of 36 site files changed\n')
  })

  it('a name no file has is an error; a file the selector misses is left alone', async () => {
    const dir = writeRepo(generateRepo(3, 0, false).files)
    const r = await run('set', dir, 'spec.clusters[clusterName=nope].x=1')
    expect([r.code, r.stderr]).toEqual([
      2,
      'siteconfig-studio: spec.clusters[clusterName=nope].x selects nothing in any of the 3 site files\n',
    ])
  })
})
