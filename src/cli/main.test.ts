import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { allFixtures, changedLines, SEED_PATH, seedText } from '../test/fixtures.ts'
import { run } from './runForTest.ts'

const tmp = mkdtempSync(join(tmpdir(), 'scs-'))
function tempFile(name: string, content: string | Buffer): string {
  const p = join(tmp, name)
  writeFileSync(p, content)
  return p
}

describe('siteconfig-studio CLI', () => {
  it.each(allFixtures().map((f) => [f.name, f.path, f.text]))(
    'fmt %s is byte-identical',
    async (_, path, text) => {
      const r = await run('fmt', path as string)
      expect(r.code).toBe(0)
      expect(r.stdout).toBe(text)
    },
  )

  it('fmt and set --in-place keep a leading byte order mark', async () => {
    const p = tempFile('bom.yaml', '\uFEFF' + seedText())
    expect((await run('fmt', p)).stdout).toBe('\uFEFF' + seedText())
    await run('set', p, 'spec.baseDomain=bom.example.com', '--in-place')
    expect(readFileSync(p, 'utf8').startsWith('\uFEFF')).toBe(true)
  })

  it("set changes exactly the named field's line, and --in-place writes it", async () => {
    const r = await run('set', SEED_PATH, 'spec.clusters.0.clusterImageSetNameRef=img4.16')
    expect(r.code).toBe(0)
    expect(changedLines(seedText(), r.stdout)).toEqual([14])
    const p = tempFile('site.yaml', seedText())
    expect(
      (
        await run(
          'set',
          p,
          'metadata.name="lab"',
          'spec.clusters.0.nodes.0.bootMode=UEFISecureBoot',
          '--in-place',
        )
      ).code,
    ).toBe(0)
    expect(changedLines(seedText(), readFileSync(p, 'utf8'))).toEqual([4, 83])
  })

  it('explain prints the decoded scripts', async () => {
    const r = await run('explain', SEED_PATH)
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/file \/usr\/local\/bin\/extract-ai\.sh {2}mode 01363 \(decimal 755\)/)
    expect(r.stdout).toContain('    | #!/bin/bash\n')
    expect(r.stdout).toContain('unit precache-ocp-images.service (enabled)')
    expect(r.stdout).toContain('installerArgs: --save-partlabel data')
  })

  it('precache applies the preset and is idempotent', async () => {
    const r = await run('precache', SEED_PATH, '--label', 'data')
    expect(changedLines(seedText(), r.stdout)).toEqual([54, 65, 111])
    const again = await run('precache', tempFile('p.yaml', r.stdout))
    expect(again.stdout).toBe(r.stdout)
    expect((await run('precache', SEED_PATH, '--cluster', 'nope')).code).toBe(2)
  })

  it('validate prints FILE:LINE:COL lines and JSON, with exit codes', async () => {
    const r = await run('validate', SEED_PATH)
    // the seed's three decimal modes (755) are errors, as the rule catalogue has them
    expect(r.code).toBe(1)
    expect(r.stdout.split('\n')[0]).toMatch(
      /seed-example\.yaml:17:7: warning: .*common-411: true is a boolean.* \[yaml-string-map-value\]$/,
    )
    const j = await run('validate', '--format', 'json', SEED_PATH)
    const arr = JSON.parse(j.stdout)
    // the docs' example: exactly what its reviewed golden file records; its only errors are
    // the three decimal modes
    const errors = arr.filter((d: { severity: string }) => d.severity === 'error')
    expect(errors.map((d: { rule: string }) => d.rule)).toEqual(
      Array(3).fill('ign-mode-special-bits'),
    )
    const boot = arr.find((d: { rule: string }) => d.rule === 'net-boot-mac-in-interfaces')
    expect(boot).toMatchObject({ line: 82, column: 9 })
    expect(arr.find((d: { line: number }) => d.line === 111)).toMatchObject({
      line: 111,
      column: 19,
      severity: 'error',
      rule: 'ign-mode-special-bits',
      path: 'spec.clusters.0.nodes.0.ignitionConfigOverride',
    })
    const err = allFixtures().find((f) => f.name.endsWith('site1-err.yaml'))?.path as string
    expect((await run('validate', err)).code).toBe(1)
    expect((await run('validate', SEED_PATH, join(tmp, 'missing.yaml'))).code).toBe(2)
  })

  it('validate shows infos on request and checks fields against a release', async () => {
    const plain = await run('validate', SEED_PATH)
    expect(plain.stdout).not.toContain(': info: ')
    const info = await run('validate', '--severity', 'info', SEED_PATH)
    expect(info.stdout.split('\n')[0]).toMatch(
      /:1:1: info: SiteConfig is deprecated .*\[site-deprecated-api\]$/,
    )
    const sno = tempFile(
      'tpm.yaml',
      seedText().replace(
        '    clusterLabels:',
        '    cpuPartitioningMode: AllNodes\n    clusterLabels:',
      ),
    )
    const old = await run('validate', '--release', '4.12', sno)
    expect(old.stdout).toMatch(
      /cpuPartitioningMode needs release 4\.13\+; on the selected 4\.12 it is silently ignored \[site-field-release\]/,
    )
    expect((await run('validate', '--release', '4.14', sno)).stdout).not.toContain(
      'site-field-release',
    )
    expect((await run('validate', '--release', 'latest', sno)).code).toBe(2)
    expect((await run('validate', '--severity', 'loud', sno)).code).toBe(2)
  })

  it('validate reads the files a SiteConfig names, next to it, unless --single-file', async () => {
    // the seed with its decimal modes (errors) mended, so only the template decides the exit code
    const withTemplate = seedText()
      .replace(/"mode": 755/g, '"mode": 493')
      .replace(
        '    clusterLabels:',
        '    crTemplates:\n      KlusterletAddonConfig: kac-override.yaml\n    clusterLabels:',
      )
    const p = tempFile('with-template.yaml', withTemplate)
    const missing = await run('validate', p)
    expect(missing.code).toBe(1)
    expect(missing.stdout).toContain('"kac-override.yaml": no such file [site-cr-template-file]')
    tempFile('kac-override.yaml', 'kind: ConfigMap\nmetadata:\n  annotations: {}\n')
    expect((await run('validate', p)).stdout).toContain('does not match expected kind')
    const single = await run('validate', '--single-file', p)
    expect(single.code).toBe(0)
    expect(single.stdout).not.toContain('site-cr-template-file')
  })

  it('answers --help for every command and one line for misuse', async () => {
    for (const c of ['fmt', 'set', 'explain', 'precache', 'validate']) {
      const r = await run(c, '--help')
      expect(r.code).toBe(0)
      expect(r.stdout).toContain(`Usage: siteconfig-studio ${c}`)
    }
    expect((await run('validate', '--help')).stdout).toMatch(
      /--repo-root DIR[^]*site-file-outside-repo/,
    )
    expect((await run('explain', '--help')).stdout).toContain('--redact')
    const bad = await run('frobnicate')
    expect(bad.code).toBe(2)
    expect(bad.stderr.trim().split('\n')).toHaveLength(1)
  })
})

describe('bad input: one clear line, exit 2 or a diagnostic, within 2 seconds', () => {
  const bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
  for (let i = 1; i < 10; i++)
    bomb.push(
      `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
        .fill('*' + String.fromCharCode(96 + i))
        .join(',')}]`,
    )
  const cases: Array<[string, string | Buffer, number, RegExp]> = [
    ['empty', '', 1, /file is empty/],
    [
      'binary',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]),
      2,
      /binary file \(NUL byte at offset 4\)/,
    ],
    ['not UTF-8', Buffer.from([0x61, 0x3a, 0x20, 0xff, 0xfe, 0x0a]), 2, /not UTF-8/],
    ['alias bomb', bomb.join('\n') + '\n', 2, /:1:4: error: aliases expand to more than/],
    ['50 MB', 'a: ' + 'x'.repeat(50 * 1024 * 1024), 2, /file is 50\.0 MB; .*up to 10 MB/],
    [
      '10,000 levels of nesting',
      '['.repeat(10000) + ']'.repeat(10000),
      2,
      /:1:201: error: nesting too deep/,
    ],
    [
      '10,000 levels of block nesting',
      '- '.repeat(10000) + 'x\n',
      2,
      /:1:401: error: nesting too deep/,
    ],
    [
      'clusters is a mapping',
      'apiVersion: ran.openshift.io/v1\nkind: SiteConfig\nmetadata: {name: s}\nspec:\n  baseDomain: a.b\n  pullSecretRef: {name: p}\n  clusters:\n    sno1: {}\n',
      1,
      /:7:3: error: spec.clusters must be a list, got a mapping/,
    ],
    ['not YAML', 'a: [b\nc: "d', 2, /:\d+:\d+: error: /],
  ]
  it.each(cases)('%s', async (name, content, code, msg) => {
    const p = tempFile(name.replace(/\W/g, '_') + '.yaml', content)
    const t0 = performance.now()
    const r = await run('validate', p)
    const ms = performance.now() - t0
    expect(r.code).toBe(code)
    const out = (r.stdout + r.stderr).trim()
    expect(out).toMatch(msg)
    expect(out.split('\n')).toHaveLength(1)
    expect(ms).toBeLessThan(2000)
    // fmt refuses unreadable files the same way and leaves them alone
    const f = await run('fmt', p)
    if (code === 2) expect(f.stderr.trim().split('\n')).toHaveLength(1)
    expect(f.code === 0 ? f.stdout : '').toBe(f.code === 0 ? String(content) : '')
  })
})
