import { describe, expect, it } from 'vitest'
import { ciFixtures } from '../../test/fixtures.ts'
import { ciSite } from '../../test/ciSite.ts'
import { readSiteFile } from '../document/siteFile.ts'
import { clusterInstanceModel } from '../site/siteModel.ts'
import { PER_REGION, collector } from './collect.ts'
import { where } from './context.ts'
import { validate } from './validate.ts'

const check = (text: string) => validate(readSiteFile(text))
const found = (text: string, rule: string) => check(text).filter((d) => d.rule === rule)
const fixture = (part: string) => ciFixtures().find((f) => f.name.includes(part))!.text

describe('validation follows the document kind', () => {
  it('a clean ClusterInstance gets none of the SiteConfig header, shape or deprecation findings', () => {
    const rules = check(ciSite()).map((d) => d.rule)
    expect(rules).toEqual(['ci-immutable-fields', 'node-network-dhcp'])
  })

  it('an upstream sample has no error and no SiteConfig-only finding', () => {
    const ds = check(fixture('assisted-installer__example-standard'))
    expect(ds.filter((d) => d.severity === 'error')).toEqual([])
    expect(ds.map((d) => d.rule)).not.toContain('site-deprecated-api')
    expect(ds.map((d) => d.rule)).not.toContain('yaml-unknown-key')
  })

  it('drops a SiteConfig-only rule on a ClusterInstance node, keeps the shared ones', () => {
    const rules = check(
      ciSite({ node: 'cpuset: "0-1;4"\n' }).replace('sno1.example.com', 'SNO1.example.com'),
    ).map((d) => d.rule)
    expect(rules).toContain('node-hostname-format')
    expect(rules).not.toContain('node-cpuset-format')
  })

  it('reads the header with the ClusterInstance values', () => {
    expect(found(ciSite(), 'site-api-version')).toEqual([])
    const bad = ciSite().replace('v1alpha1', 'v1').replace('kind: ClusterInstance', 'kind: Cluster')
    expect(found(bad, 'site-api-version')[0]?.message).toContain(
      'use siteconfig.open-cluster-management.io/v1alpha1',
    )
    expect(found(bad, 'site-kind')[0]?.message).toBe(
      'kind must be "ClusterInstance" (got "Cluster")',
    )
    const wrongKind = ciSite().replace('kind: ClusterInstance', 'kind: NodeGroup')
    expect(found(wrongKind, 'site-kind')[0]?.message).toBe(
      'kind must be "ClusterInstance" (got "NodeGroup")',
    )
  })

  it('takes serviceNetwork entries as {cidr} and names the ClusterInstance shape when a string is there', () => {
    expect(
      found(ciSite({ cluster: 'serviceNetwork:\n  - cidr: 172.30.0.0/16\n' }), 'net-network-shape'),
    ).toEqual([])
    expect(
      found(ciSite({ cluster: 'serviceNetwork:\n  - 172.30.0.0/16\n' }), 'net-network-shape')[0]
        ?.message,
    ).toBe(
      'serviceNetwork[0] must be a mapping with a cidr in ClusterInstance (SiteConfig uses strings)',
    )
  })

  it('names the cluster "spec" in messages (a ClusterInstance cluster is spec itself)', () => {
    expect(where(['spec'])).toBe('spec')
    expect(where(['spec', 'nodes', 1, 'hostName'])).toBe('nodes[1].hostName')
  })

  it('caps findings per node of a ClusterInstance, not once for the whole spec', () => {
    const c = collector(clusterInstanceModel)
    for (const n of [0, 1])
      for (let i = 0; i < PER_REGION + 1; i++)
        c.add({
          rule: 'net-mac-format',
          severity: 'error',
          path: ['spec', 'nodes', n, 'x', i],
          message: 'm',
        })
    const out = c.findings()
    expect(out).toHaveLength(2 * PER_REGION + 2)
    expect(out.filter((f) => f.message.startsWith('…and 1 more')).map((f) => f.path[2])).toEqual([
      0, 1,
    ])
  })

  it('reports the image set, cluster name and masters with the ClusterInstance texts', () => {
    const t = ciSite()
      .replace('  clusterImageSetNameRef: openshift-4.21\n', '')
      .replace('  clusterName: sno1\n', '')
      .replace('role: master', 'role: worker')
    expect(found(t, 'site-image-set-ref')[0]?.message).toMatch(
      /^spec.clusterImageSetNameRef is required/,
    )
    expect(found(t, 'cluster-name-required')[0]?.message).toMatch(/^missing cluster name/)
    expect(found(t, 'cluster-master-count')[0]?.message).toMatch(
      /^at least 1 control-plane agent is required/,
    )
    const hcp = t.replace('clusterType: SNO', 'clusterType: HostedControlPlane')
    expect(found(hcp, 'cluster-master-count')).toEqual([])
  })

  it('takes role arbiter, ironicInspect "" and a free diskEncryption.type; refuses ironicInspect enabled', () => {
    expect(found(ciSite({ node: 'ironicInspect: ""\n' }), 'node-ironic-inspect')).toEqual([])
    const enabled = found(ciSite({ node: 'ironicInspect: enabled\n' }), 'node-ironic-inspect')
    expect(enabled[0]?.fix).toMatchObject({ op: 'set', value: '' })
    const arbiter = ciSite({ nodes: ['hostName: a.example.com\nrole: arbiter\n'] })
    expect(found(arbiter, 'node-role')).toEqual([])
    const tpm2 = ciSite({ cluster: 'diskEncryption:\n  type: tpm2\n' })
    // the CRD takes any string and the default templates ignore it (ci-template-ignored warns)
    expect(found(tpm2, 'cluster-disk-encryption-type')).toEqual([])
    expect(found(tpm2, 'ci-template-ignored')).toHaveLength(1)
    expect(
      found(ciSite({ cluster: 'diskEncryption:\n  type: nbde\n' }), 'cluster-disk-encryption-type'),
    ).toEqual([])
  })

  it('checks the string maps of a ClusterInstance: extraLabels and extraAnnotations by kind, nodeLabels', () => {
    const t = ciSite({
      cluster: 'extraLabels:\n  ManagedCluster:\n    common: true\n    ok: "true"\n',
      node: 'nodeLabels:\n  a: 1\nextraAnnotations:\n  BareMetalHost:\n    b: null\n',
    })
    expect(found(t, 'yaml-string-map-value').map((d) => d.path.join('.'))).toEqual([
      'spec.extraLabels.ManagedCluster.common',
      'spec.nodes.0.nodeLabels.a',
      'spec.nodes.0.extraAnnotations.BareMetalHost.b',
    ])
  })

  it('leaves a missing node list to ci-required, not the master count', () => {
    const t = ciSite().replace(/ {2}nodes:[\s\S]*/, '')
    expect(found(t, 'cluster-master-count')).toEqual([])
    expect(found(t, 'ci-required')).toHaveLength(1)
  })

  it('takes the VIPs from the lists only: a singular VIP is ignored by ClusterInstance', () => {
    const nodes = ['hostName: m2.example.com\n', 'hostName: m3.example.com\n']
    const t = ciSite({ cluster: 'apiVIP: 192.168.1.5\ningressVIP: 192.168.1.6\n', nodes }).replace(
      'clusterType: SNO',
      'clusterType: HighlyAvailable',
    )
    expect(found(t, 'net-vip-required')).toHaveLength(1)
    expect(found(t, 'net-vip-singular')[0]?.message).toBe(
      'apiVIP does not exist in ClusterInstance and is ignored; use apiVIPs',
    )
  })

  it("sizes a ClusterInstance's cluster override for the discovery limit, not a node's", () => {
    const big = JSON.stringify({
      ignition: { version: '3.2.0' },
      storage: {
        files: [{ path: '/etc/x', contents: { source: 'data:,' + 'x'.repeat(230 * 1024) } }],
      },
    })
    const at = (where: 'cluster' | 'node') =>
      found(ciSite({ [where]: `ignitionConfigOverride: '${big}'\n` }), 'ign-discovery-size')
    expect(at('cluster')[0]?.message).toMatch(/^ignitionConfigOverride is 23\d KiB/)
    expect(at('node')).toEqual([])
  })

  it('holds the VIP lists to maxItems 2 and bootMACAddress to a whole MAC (the CRD pattern is unanchored)', () => {
    const vips = 'apiVIPs:\n  - 192.168.1.5\n  - fd00::5\n  - 192.168.1.7\n'
    expect(found(ciSite({ cluster: vips }), 'net-dual-stack').length).toBeGreaterThan(0)
    const mac = ciSite().replace('"e4:43:4b:bd:90:46"', '"mac e4:43:4b:bd:90:46"')
    expect(found(mac, 'net-mac-format')).toHaveLength(1)
    expect(found(ciSite(), 'net-mac-format')).toEqual([])
  })
})
