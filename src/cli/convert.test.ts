import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse, parseAllDocuments } from 'yaml'
import { allFixtures, SEED_PATH, seedText } from '../test/fixtures.ts'
import { main } from './main.ts'

async function run(...argv: string[]) {
  const o = { stdout: '', stderr: '' }
  const out = {
    stdout: (s: string) => void (o.stdout += s),
    stderr: (s: string) => void (o.stderr += s),
  }
  return { code: await main(argv, out), ...o }
}

const tmp = () => mkdtempSync(join(tmpdir(), 'scs-conv-'))
const files = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort()
// a SiteConfig with extraManifests.searchPaths and a filter, and what the real converter wrote
const UP = join(import.meta.dirname, '..', 'core', 'convert', 'upstream', '_searchpaths')
const multi = allFixtures().find((f) => f.name.endsWith('siteConfigV2_1-multicluster.yaml'))!

describe('siteconfig-studio convert', () => {
  it('prints the ClusterInstances as one YAML stream, notes on stderr, the same each run', async () => {
    const a = await run('convert', multi.path)
    expect(a.code).toBe(0)
    const docs = parseAllDocuments(a.stdout)
    expect(Array.isArray(docs) && docs.map((d) => d.get('kind'))).toEqual(
      Array(4).fill('ClusterInstance'),
    )
    expect(a.stderr).toContain(
      "cluster-2: warning: siteConfigMap field 'site-configmap-1-cluster-2'",
    )
    expect((await run('convert', multi.path)).stdout).toBe(a.stdout)
  })

  it("-d writes upstream's single-cluster layout: the same manifests and snippet, byte for byte", async () => {
    const out = tmp()
    const r = await run('convert', join(UP, 'site', 's.yaml'), '-d', out)
    expect(r.code).toBe(0)
    expect(files(out)).toEqual(files(join(UP, 'out')))
    for (const f of ['kustomization-configMapGenerator-snippet.yaml', 'extra-manifests/b-cm.yaml'])
      expect(readFileSync(join(out, f), 'utf8')).toBe(readFileSync(join(UP, 'out', f), 'utf8'))
    const ours = parse(readFileSync(join(out, 'sno-worker-0.yaml'), 'utf8'))
    expect(ours).toEqual(parse(readFileSync(join(UP, 'out', 'sno-worker-0.yaml'), 'utf8')))
  })

  it('-d writes one directory and one ConfigMap per cluster of a multi-cluster file', async () => {
    const out = tmp()
    expect((await run('convert', multi.path, '-d', out)).code).toBe(0)
    expect(files(out)).toEqual([
      'cluster-1.yaml',
      'cluster-2.yaml',
      'cluster-3.yaml',
      'cluster-4.yaml',
      'kustomization-configMapGenerator-snippet.yaml',
    ])
    const snippet = readFileSync(join(out, 'kustomization-configMapGenerator-snippet.yaml'), 'utf8')
    expect(
      parse(snippet).configMapGenerator.map((g: { namespace: string }) => g.namespace),
    ).toEqual(['cluster-1', 'cluster-2', 'cluster-3', 'cluster-4'])
  })

  it('reads extra manifests only inside the repository', async () => {
    const dir = tmp()
    const p = join(dir, 'site.yaml')
    writeFileSync(
      p,
      seedText().replace(
        '    clusterLabels:',
        '    extraManifests:\n      searchPaths: [../../etc]\n    clusterLabels:',
      ),
    )
    const r = await run('convert', p, '-d', join(dir, 'out'))
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(
      /error: extra manifests \.\.\/\.\.\/etc were not collected: leads out of the repository/,
    )
  })

  it('-w writes the notes into the files instead of stderr; -c carries comments; -t, -n, -m, -s', async () => {
    const r = await run(
      'convert',
      SEED_PATH,
      '-w',
      '-c',
      '-t',
      'ns/ct',
      '-n',
      'ns/nt',
      '-m',
      'cm1',
      '-s',
      'KlusterletAddonConfig',
    )
    expect(r.stderr).toBe('')
    expect(r.stdout).toMatch(
      /^---\n# Conversion Warnings:\n# - The specified extra manifests ConfigMap 'cm1'/,
    )
    const spec = parse(r.stdout).spec
    expect(spec.templateRefs).toEqual([{ name: 'ct', namespace: 'ns' }])
    expect(spec.nodes[0].templateRefs).toEqual([{ name: 'nt', namespace: 'ns' }])
    expect(spec.extraManifestsRefs).toEqual([{ name: 'cm1' }, { name: 'extra-manifests-cm' }])
    expect(spec.suppressedManifests).toEqual(['KlusterletAddonConfig'])
  })

  it("reproduces upstream's errors, exit 2; the notes in Korean with --lang ko", async () => {
    const ns = allFixtures().find((f) => f.name.endsWith('site-config-cr-ex.yaml'))!
    const dir = tmp()
    const only = join(dir, 'ns.yaml')
    writeFileSync(only, 'apiVersion: v1\nkind: Namespace\n')
    const bad = await run('convert', only)
    expect(bad).toMatchObject({ code: 2, stdout: '' })
    expect(bad.stderr).toContain('File does not contain a SiteConfig (found Kind: Namespace)')
    expect((await run('convert', ns.path)).code).toBe(0)
    const t = await run('convert', SEED_PATH, '-t', 'nope')
    expect(t.code).toBe(2)
    expect(t.stderr).toContain(
      "invalid template reference format 'nope', expected 'namespace/name'",
    )
    expect((await run('convert', SEED_PATH, '-d')).code).toBe(2)
    expect((await run('convert')).code).toBe(2)
    expect((await run('convert', SEED_PATH, '--lang', 'ko')).stderr).toContain(
      '기본 추가 매니페스트 ConfigMap',
    )
    expect((await run('--help')).stdout).toContain('convert FILE [-d DIR]')
    expect((await run('convert', '--help')).stdout).toContain('-t REFS  cluster templateRefs')
  })
})
