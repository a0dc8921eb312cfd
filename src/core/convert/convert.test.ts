// Every SiteConfig fixture converts; output order, JSON strings, clusterType, comments and
// multi-cluster behaviour, and the same bytes on every run.
import { describe, expect, it } from 'vitest'
import { parse, parseDocument } from 'yaml'
import { fileKind, readSiteFile } from '../document/siteFile.ts'
import { allFixtures } from '../../test/fixtures.ts'
import { convertSiteConfig } from './convert.ts'
import { site } from './notes.test.ts'

type Obj = Record<string, unknown>
const fixture = (end: string) => allFixtures().find((f) => f.name.endsWith(end))!
const convert = (text: string, o = {}) => convertSiteConfig(readSiteFile(text), o)
const spec = (text: string) => (parse(text) as { spec: Obj }).spec

// the OCP 4.21 documentation example's order, then the remaining CRD fields in CRD order
const DOC_ORDER = [
  'baseDomain',
  'pullSecretRef',
  'clusterImageSetNameRef',
  'sshPublicKey',
  'clusterName',
]

describe('convertSiteConfig', () => {
  it.each(allFixtures().map((f) => [f.name, f.text]))(
    '%s converts, the same bytes twice',
    (_, text) => {
      const a = convert(text, {
        copyComments: true,
        notesAsComments: true,
        fileName: 'x/site.yaml',
      })
      const b = convert(text, {
        copyComments: true,
        notesAsComments: true,
        fileName: 'x/site.yaml',
      })
      expect(JSON.stringify(a)).toBe(JSON.stringify(b))
      for (const c of a.clusters.filter((c) => c.fileName)) {
        const ci = parse(c.text) as Obj
        expect(ci).toMatchObject({ kind: 'ClusterInstance', metadata: { name: c.clusterName } })
        expect(c.text).not.toMatch(/ at \d{4}-\d\d-\d\dT/)
      }
    },
  )

  it('orders keys as the 4.21 documentation example does', () => {
    const r = convert(fixture('seed-example.yaml').text)
    const keys = Object.keys(spec(r.clusters[0]!.text))
    expect(keys.slice(0, 5)).toEqual(DOC_ORDER)
    expect(keys.indexOf('templateRefs')).toBeLessThan(keys.indexOf('nodes'))
    const node = Object.keys((spec(r.clusters[0]!.text).nodes as Obj[])[0]!)
    expect(node.slice(0, 3)).toEqual(['hostName', 'role', 'bmcAddress'])
  })

  it('copies the JSON strings exactly, a multi-line one as a | block', () => {
    const text = fixture('seed-example.yaml').text
    const src = spec(text).clusters as Obj[]
    const out = convert(text).clusters[0]!.text
    const ci = spec(out)
    expect(ci.ignitionConfigOverride).toBe(src[0]!.ignitionConfigOverride)
    const n = (ci.nodes as Obj[])[0]!
    expect(n.ignitionConfigOverride).toBe((src[0]!.nodes as Obj[])[0]!.ignitionConfigOverride)
    expect(out).toContain('      installerArgs: \'["--save-partlabel", "data"]\'\n')
    expect(out).toMatch(/\n {6}ignitionConfigOverride: \|\n {8}\{\n/)
  })

  it('takes clusterType from the masters', () => {
    const n = (hostName: string, role?: string) => ({
      hostName,
      bmcAddress: 'x',
      bootMACAddress: 'AA:BB:CC:DD:EE:00',
      ...(role ? { role } : {}),
    })
    const type = (nodes: Obj[]) => spec(convert(site({ nodes })).clusters[0]!.text).clusterType
    expect(type([n('m'), n('w', 'worker')])).toBe('SNO')
    expect(type([n('m1'), n('m2'), n('a', 'arbiter')])).toBe('HighlyAvailableArbiter')
    expect(type([n('m1'), n('m2'), n('m3')])).toBe('HighlyAvailable')
    expect(type([n('m1')])).toBe('SNO')
  })

  it('keeps each node comment on its own node (-c), in order, others in a header', () => {
    const f = fixture('example-3node.yaml')
    const out = convert(f.text, { copyComments: true }).clusters[0]!.text
    const doc = parseDocument(out)
    for (const i of [0, 1, 2]) {
      const pair = (
        doc.getIn(['spec', 'nodes', i], true) as {
          items: Array<{ key: { value: string; commentBefore?: string } }>
        }
      ).items.find((p) => p.key.value === 'bootMode')
      expect(pair?.key.commentBefore).toMatch(/Use UEFISecureBoot to enable secure boot/)
    }
    expect(out.match(/# Use UEFISecureBoot/g)).toHaveLength(3)
    expect(
      out.startsWith('---\n# Comments from original SiteConfig:\n# example-node[123]-bmh-secret'),
    ).toBe(true)
    expect(out).toMatch(/# For 3-node and standard clusters with static IPs.*\n {2}apiVIPs:/)
  })

  it('converts each cluster of a multi-cluster file with its own notes and ConfigMap', () => {
    const r = convert(fixture('siteConfigV2_1-multicluster.yaml').text)
    expect(r.clusters.map((c) => c.fileName)).toEqual([
      'cluster-1.yaml',
      'cluster-2.yaml',
      'cluster-3.yaml',
      'cluster-4.yaml',
    ])
    const scm = r.clusters.map(
      (c) => c.notes.filter((n) => n.message.id.startsWith('siteConfigMap')).length,
    )
    expect(scm).toEqual([0, 1, 1, 0])
    for (const c of r.clusters)
      expect(c.notes.filter((n) => n.message.id.startsWith('Added default'))).toHaveLength(1)
    expect(r.manifests.map((m) => [m.namespace, m.dir])).toEqual(
      [1, 2, 3, 4].map((i) => [`cluster-${i}`, `extra-manifests/cluster-${i}`]),
    )
    expect(r.kustomization.match(/namespace: cluster-\d/g)).toEqual([
      'namespace: cluster-1',
      'namespace: cluster-2',
      'namespace: cluster-3',
      'namespace: cluster-4',
    ])
    // another cluster's comments stay out of this one's file; a site-level one is in both
    const two = [
      'apiVersion: ran.openshift.io/v1',
      'kind: SiteConfig',
      'spec:',
      '  # site note',
      '  crTemplates: {}',
      '  clusters:',
      '    - clusterName: a # first',
      '      nodes: [{hostName: h}]',
      '    - clusterName: b # second',
      '      nodes: [{hostName: h}]',
      '',
    ].join('\n')
    const [a, b] = convert(two, { copyComments: true }).clusters.map((c) => c.text)
    expect(
      [a, b].map((t) => [t!.includes('first'), t!.includes('second'), t!.includes('# site note')]),
    ).toEqual([
      [true, false, true],
      [false, true, true],
    ])
    expect(a).toContain('  clusterName: a # first\n')
  })

  it('does not write a second cluster of the same name, nor one whose name is a path', () => {
    const two = JSON.parse(site()) as { spec: { clusters: Obj[] } }
    two.spec.clusters.push(
      { ...two.spec.clusters[0] },
      { ...two.spec.clusters[0], clusterName: '../x' },
    )
    const r = convert(JSON.stringify(two))
    expect(r.clusters.map((c) => c.fileName)).toEqual(['c1.yaml', undefined, undefined])
    expect(r.clusters[1]!.notes[0]).toMatchObject({
      severity: 'error',
      path: ['spec', 'clusters', 1, 'clusterName'],
    })
    expect(r.clusters[2]!.notes[0]!.message.id).toMatch(/cannot be a file name/)
    expect(r.manifests).toHaveLength(1)
  })

  it('refuses what upstream refuses, with its texts', () => {
    expect(convert('apiVersion: v1\nkind: Namespace\n').error?.text).toBe(
      'File does not contain a SiteConfig (found Kind: Namespace)',
    )
    expect(convert(site(), { clusterTemplates: 'a' }).error?.text).toBe(
      "invalid cluster template reference format: invalid template reference format 'a', expected 'namespace/name'",
    )
    expect(convert(site(), { nodeTemplates: 'ns/ , /b' }).error?.text).toBe(
      "invalid node template reference format: invalid template reference format 'ns/', namespace and name cannot be empty",
    )
    expect(convert(site(), { clusterTemplates: 'a/b, c/d' }).error).toBeUndefined()
  })

  it('writes files the editor reads back as ClusterInstance, both readers agreeing', () => {
    for (const f of allFixtures())
      for (const c of convert(f.text).clusters.filter((c) => c.fileName)) {
        const back = readSiteFile(c.text)
        expect(back.fatal ?? back.docs.find((d) => d.error)).toBeUndefined()
        expect(fileKind(back)).toBe('ClusterInstance')
        expect(back.docs[back.site]!.data).toEqual(parse(c.text))
      }
  })

  it('quotes strings a YAML 1.1 reader would take for another type, and keeps JSON exactly', () => {
    const labels = { a: 'on', b: '0777', c: 'y', d: '1e3', e: 'null', f: 'plain' }
    const json = '{\n  "a": "x",\t\n  "b": 1\n}'
    const out = convert(site({ clusterLabels: labels, installConfigOverrides: json })).clusters[0]!
      .text
    const ci = parse(out, { version: '1.1' }) as { spec: Obj }
    expect((ci.spec.extraLabels as Obj).ManagedCluster).toEqual(labels)
    expect(ci.spec.installConfigOverrides).toBe(json)
    expect(out).toContain('  installConfigOverrides: |-\n')
    expect(out).toContain('      f: plain\n')
  })

  it('says when the SiteConfig is not the first document, or not the only one', () => {
    const ns = 'apiVersion: v1\nkind: Namespace\nmetadata: {name: x}\n---\n'
    const ids = (t: string) => convert(t).notes.map((n) => n.message.id.split(':')[0])
    expect(ids(ns + site())).toEqual(['the SiteConfig is document {{n}} of the file'])
    expect(ids(site() + '\n---\n' + site())).toEqual(['the file holds {{n}} SiteConfig documents'])
    expect(ids(site())).toEqual([])
  })
})
