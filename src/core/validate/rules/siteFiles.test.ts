import { describe, expect, it } from 'vitest'
import { readSiteFile } from '../../document/siteFile.ts'
import { allFixtures } from '../../../test/fixtures.ts'
import { site } from '../../../test/site.ts'
import type { Refusal, RepoFiles } from '../repo.ts'
import { validate } from '../validate.ts'

/** A repository held in memory: file path → text; directories are the paths' prefixes. */
function repo(files: Record<string, string | Refusal>): RepoFiles {
  const missing: Refusal = { refused: 'missing', reason: 'no such file' }
  return {
    read: (rel) => files[rel] ?? missing,
    list: (rel) => {
      const own = files[rel]
      if (own !== undefined && typeof own !== 'string') return own
      const dir = rel.replace(/\/+$/, '') + '/'
      const names = Object.keys(files)
        .filter((f) => f.startsWith(dir))
        .map((f) => f.slice(dir.length).split('/')[0] as string)
      return names.length ? [...new Set(names)] : missing
    },
  }
}
const run = (text: string, files: Record<string, string | Refusal>, rule: string) =>
  validate(readSiteFile(text), { repo: repo(files) })
    .filter((d) => d.rule === rule)
    .map((d) => `${d.severity}@${d.line}: ${d.message}`)

const kac = (extra = '', wave = '2', name = '"{{ .Cluster.ClusterName }}"') =>
  `apiVersion: agent.open-cluster-management.io/v1\nkind: KlusterletAddonConfig\nmetadata:\n  name: ${name}\n  namespace: "{{ .Cluster.ClusterName }}"\n  annotations:\n    argocd.argoproj.io/sync-wave: "${wave}"\nspec:\n  clusterName: "{{ .Cluster.ClusterName }}"\n${extra}`
const withKac = site('crTemplates:\n  KlusterletAddonConfig: kac.yaml\n')

describe('repository rules (CLI): trigger and near miss', () => {
  it('site-cr-template-file: missing, wrong kind, no annotations, wrong sync-wave', () => {
    expect(run(withKac, {}, 'site-cr-template-file')).toEqual([
      'error@13: clusters[0].crTemplates.KlusterletAddonConfig: "kac.yaml": no such file',
    ])
    expect(
      run(withKac, { 'kac.yaml': 'kind: ConfigMap\nmetadata: {}\n' }, 'site-cr-template-file')[0],
    ).toContain(
      'Override template kind "ConfigMap" in "kac.yaml" does not match expected kind "KlusterletAddonConfig"',
    )
    expect(
      run(
        withKac,
        { 'kac.yaml': 'kind: KlusterletAddonConfig\nmetadata:\n  name: x\n' },
        'site-cr-template-file',
      )[0],
    ).toContain('annotations in "kac.yaml" is not specified')
    expect(run(withKac, { 'kac.yaml': kac('', '5') }, 'site-cr-template-file')[0]).toContain(
      'the built-in KlusterletAddonConfig uses "2"',
    )
    expect(run(withKac, { 'kac.yaml': kac() }, 'site-cr-template-file')).toEqual([])
  })

  it('site-cr-template-placeholder and site-cr-template-rename', () => {
    const bad = kac('  applicationManager:\n    enabled: "{{ .Clusters.ClusterName }}"\n')
    expect(run(withKac, { 'kac.yaml': bad }, 'site-cr-template-placeholder')[0]).toContain(
      'Key "{{ .Clusters.ClusterName }}"',
    )
    const partial = kac('  note: "cluster {{ .Cluster.ClusterName }}"\n')
    expect(run(withKac, { 'kac.yaml': partial }, 'site-cr-template-placeholder')).toHaveLength(1)
    expect(run(withKac, { 'kac.yaml': kac() }, 'site-cr-template-placeholder')).toEqual([])
    expect(
      run(withKac, { 'kac.yaml': kac('', '2', 'my-kac') }, 'site-cr-template-rename')[0],
    ).toContain('renames the KlusterletAddonConfig')
    expect(run(withKac, { 'kac.yaml': kac('', '2', 'sno1') }, 'site-cr-template-rename')).toEqual(
      [],
    )
  })

  it('site-bios-config-file', () => {
    const t = site('', 'biosConfigRef:\n  filePath: bios/dell.yaml\n')
    expect(
      run(
        t,
        { 'bios/dell.yaml': 'ProcTurboMode: Disabled\nBoot:\n  order: [a]\n' },
        'site-bios-config-file',
      )[0],
    ).toContain('not a flat attribute → value map')
    expect(
      run(
        t,
        { 'bios/dell.yaml': 'ProcTurboMode: Disabled\nMemTest: Enabled\n' },
        'site-bios-config-file',
      ),
    ).toEqual([])
  })

  it('extra manifests on the lab MNO: directory, built-in clash, filter names', () => {
    const demo = allFixtures().find((f) => f.name.includes('demo'))!.text
    expect(run(demo, {}, 'cluster-manifest-dir-missing')).toEqual([
      'error@29: clusters[0].extraManifestPath "blueprint": no such directory next to the SiteConfig',
    ])
    expect(run(demo, {}, 'cluster-manifest-filter-name')).toEqual([])
    const dir = { 'blueprint/CS.yaml': 'x', 'blueprint/ICSP.yaml': 'x' }
    expect(run(demo, dir, 'cluster-manifest-dir-missing')).toEqual([])
    expect(run(demo, dir, 'cluster-manifest-filter-name')).toEqual([])
    expect(run(demo, { 'blueprint/CS.yaml': 'x' }, 'cluster-manifest-filter-name')[0]).toMatch(
      /Filename ICSP.yaml under include array is invalid/,
    )
    const clash = { ...dir, 'blueprint/06-kdump.yaml': 'x' }
    expect(run(demo, clash, 'cluster-manifest-builtin-clash')).toEqual([
      'error@29: Pre-defined extra-manifest cannot be over written 06-kdump.yaml (in blueprint)',
    ])
    expect(run(demo, dir, 'cluster-manifest-builtin-clash')).toEqual([])
  })

  it('site-file-outside-repo and site-file-unreadable: field and path, never the contents', () => {
    const outside: Refusal = { refused: 'outside', reason: 'is an absolute path' }
    const abs = site('crTemplates:\n  KlusterletAddonConfig: /dev/zero\n')
    expect(run(abs, { '/dev/zero': outside }, 'site-file-outside-repo')).toEqual([
      'error@13: clusters[0].crTemplates.KlusterletAddonConfig: "/dev/zero" is an absolute path; only files inside the repository are read',
    ])
    expect(run(abs, { '/dev/zero': outside }, 'site-cr-template-file')).toEqual([])
    const fifo: Refusal = { refused: 'unreadable', reason: 'is a FIFO, not a regular file' }
    expect(run(withKac, { 'kac.yaml': fifo }, 'site-file-unreadable')).toEqual([
      'error@13: clusters[0].crTemplates.KlusterletAddonConfig: "kac.yaml" is a FIFO, not a regular file',
    ])
    const bios = site('', 'biosConfigRef:\n  filePath: ../../x.yaml\n')
    const up: Refusal = { refused: 'outside', reason: 'leads out of the repository' }
    expect(run(bios, { '../../x.yaml': up }, 'site-file-outside-repo')[0]).toMatch(
      /biosConfigRef\.filePath: "\.\.\/\.\.\/x\.yaml" leads out of the repository/,
    )
    expect(run(bios, { '../../x.yaml': up }, 'site-bios-config-file')).toEqual([])
    // an outside directory is neither listed nor used to judge the filter
    const demo = allFixtures().find((f) => f.name.includes('demo'))!.text
    const dir = { blueprint: up, 'blueprint/id_rsa': 'x' }
    expect(run(demo, dir, 'site-file-outside-repo')).toHaveLength(1)
    expect(run(demo, dir, 'cluster-manifest-dir-missing')).toEqual([])
    expect(run(demo, dir, 'cluster-manifest-filter-name')).toEqual([])
  })

  it('stays silent without a repository (the browser editor holds one file)', () => {
    const demo = allFixtures().find((f) => f.name.includes('demo'))!.text
    expect(
      validate(readSiteFile(demo)).filter((d) => d.rule.startsWith('cluster-manifest-d')),
    ).toEqual([])
  })
})
