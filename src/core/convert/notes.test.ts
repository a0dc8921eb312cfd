// Each note's trigger and a near miss, on a small SiteConfig built as data.
import { describe, expect, it } from 'vitest'
import { readSiteFile } from '../document/siteFile.ts'
import { convertSiteConfig } from './convert.ts'
import type { ConvertOptions } from './types.ts'

type Obj = Record<string, unknown>
const node = (extra: Obj = {}): Obj => ({
  hostName: 'n0.example.com',
  role: 'master',
  bmcAddress: 'redfish://1.2.3.4',
  bmcCredentialsName: { name: 'bmc' },
  bootMACAddress: 'AA:BB:CC:DD:EE:00',
  ...extra,
})
export function site(cluster: Obj = {}, spec: Obj = {}): string {
  return JSON.stringify({
    apiVersion: 'ran.openshift.io/v1',
    kind: 'SiteConfig',
    metadata: { name: 's', namespace: 's' },
    spec: {
      baseDomain: 'example.com',
      pullSecretRef: { name: 'ps' },
      clusterImageSetNameRef: 'img',
      sshPublicKey: 'ssh-rsa x',
      ...spec,
      clusters: [{ clusterName: 'c1', nodes: [node()], ...cluster }],
    },
  })
}
const ids = (text: string, o: ConvertOptions = {}) =>
  convertSiteConfig(readSiteFile(text), o).clusters.flatMap((c) => c.notes.map((n) => n.message.id))

// [what, trigger, near miss, the note's first words]
const CASES: Array<[string, string, string, string, ConvertOptions?]> = [
  [
    '-m ConfigMap',
    site(),
    site(),
    "The specified extra manifests ConfigMap '{{name}}'",
    { extraManifestsRefs: 'cm1' },
  ],
  [
    'sshPrivateKeySecretRef',
    site({}, { sshPrivateKeySecretRef: { name: 'k' } }),
    site({}, { sshPrivateKeySecretRef: { name: '' } }),
    'sshPrivateKeySecretRef field',
  ],
  [
    'site biosConfigRef',
    site({}, { biosConfigRef: { filePath: 'b' } }),
    site({}, { biosConfigRef: {} }),
    "biosConfigRef field '{{path}}' at SiteConfig spec",
  ],
  [
    'site crTemplates',
    site({}, { crTemplates: { A: 'a' } }),
    site({}, { crTemplates: {} }),
    'crTemplates field at SiteConfig spec',
  ],
  ['apiVIP', site({ apiVIP: '1.1.1.1' }), site({ apiVIPs: ['1.1.1.1'] }), 'apiVIP is removed'],
  [
    'ingressVIP',
    site({ ingressVIP: '1.1.1.2' }),
    site({ ingressVIPs: ['1.1.1.2'] }),
    'ingressVIP is removed',
  ],
  [
    'cluster biosConfigRef',
    site({ biosConfigRef: { filePath: 'b' } }),
    site(),
    "biosConfigRef field '{{path}}' at cluster level",
  ],
  [
    'cluster crTemplates',
    site({ crTemplates: { A: 'a' } }),
    site(),
    'crTemplates field at cluster level',
  ],
  [
    'mergeDefaultMachineConfigs',
    site({ mergeDefaultMachineConfigs: true }),
    site({ mergeDefaultMachineConfigs: false }),
    'mergeDefaultMachineConfigs field',
  ],
  [
    'extraManifestOnly',
    site({ extraManifestOnly: true }),
    site({ extraManifestOnly: false }),
    'extraManifestOnly field',
  ],
  [
    'extraManifestPath',
    site({ extraManifestPath: 'x' }),
    site({ extraManifestPath: '' }),
    "extraManifestPath field '{{path}}'",
  ],
  [
    'siteConfigMap',
    site({ siteConfigMap: { name: 'scm' } }),
    site({ siteConfigMap: { data: {} } }),
    "siteConfigMap field '{{name}}'",
  ],
  [
    'tpm2',
    site({ diskEncryption: { type: 'tpm2', tpm2: { pcrList: '1,7' } } }),
    site({ diskEncryption: { type: 'nbde' } }),
    'tpm2 disk encryption',
  ],
  [
    'diskPartition',
    site({ nodes: [node({ diskPartition: [{ device: '/dev/sda' }] })] }),
    site({ nodes: [node({ diskPartition: [] })] }),
    'diskPartition field',
  ],
  [
    'userData',
    site({ nodes: [node({ userData: { a: 1 } })] }),
    site({ nodes: [node({ userData: {} })] }),
    'userData field',
  ],
  [
    'node biosConfigRef',
    site({ nodes: [node({ biosConfigRef: { filePath: 'b' } })] }),
    site(),
    "biosConfigRef field '{{path}}' on node",
  ],
  [
    'node crTemplates',
    site({ nodes: [node({ crTemplates: { A: 'a' } })] }),
    site(),
    'crTemplates field on node',
  ],
  [
    'cpuset',
    site({ nodes: [node({ cpuset: '0-1' })] }),
    site({ nodes: [node({ cpuset: '' })] }),
    "cpuset field '{{cpuset}}'",
  ],
  [
    'apiVIP ≠ apiVIPs[0]',
    site({ apiVIP: '1.1.1.1', apiVIPs: ['1.1.1.9'] }),
    site({ apiVIP: '1.1.1.1', apiVIPs: ['1.1.1.1'] }),
    'apiVIP must be the same',
  ],
  [
    'ingressVIP ≠ ingressVIPs[0]',
    site({ ingressVIP: '1.1.1.2', ingressVIPs: ['9.9.9.9'] }),
    site({ ingressVIP: '1.1.1.2', ingressVIPs: ['1.1.1.2'] }),
    'IngressVIP must be the same',
  ],
  [
    'site crAnnotations (ours)',
    site({}, { crAnnotations: { add: { BareMetalHost: { a: 'b' } } } }),
    site({ crAnnotations: { add: { BareMetalHost: { a: 'b' } } } }),
    'crAnnotations at SiteConfig spec level',
  ],
  [
    "' in installConfigOverrides (ours)",
    site({ installConfigOverrides: `{"a":"it's"}` }),
    site({ installConfigOverrides: '{"a":"it%27s"}' }),
    "{{field}} contains a '",
  ],
  [
    "' in a node's installerArgs (ours)",
    site({ nodes: [node({ installerArgs: `["--a","b'c"]` })] }),
    site({ nodes: [node({ installerArgs: '["--a","bc"]' })] }),
    "{{field}} contains a '",
  ],
  [
    'clusterType ≠ node count (ours)',
    site({ nodes: [node(), node({ hostName: 'w', role: 'worker' })] }),
    site({ nodes: [node(), node({ hostName: 'm2' }), node({ hostName: 'm3' })] }),
    'clusterType is {{ours}}',
  ],
  [
    'clusterName > 31 (ours)',
    site({ clusterName: 'c'.repeat(32) }),
    site({ clusterName: 'c'.repeat(31) }),
    "clusterName '{{name}}' is {{length}}",
  ],
  [
    'hostName > 63 (ours)',
    site({ nodes: [node({ hostName: 'h'.repeat(64) })] }),
    site({ nodes: [node({ hostName: 'h'.repeat(63) })] }),
    "hostName '{{host}}' is {{length}}",
  ],
  [
    'ironicInspect enabled (ours)',
    site({ nodes: [node({ ironicInspect: 'enabled' })] }),
    site({ nodes: [node({ ironicInspect: 'disabled' })] }),
    'ironicInspect "enabled"',
  ],
]

describe('conversion notes', () => {
  it.each(CASES)('%s: trigger and near miss', (_, trigger, miss, start, o) => {
    expect(ids(trigger, o).filter((id) => id.startsWith(start))).toHaveLength(1)
    expect(ids(miss).filter((id) => id.startsWith(start))).toHaveLength(0)
  })

  it('notes the default ConfigMap once per cluster', () =>
    expect(ids(site()).filter((id) => id.startsWith('Added default'))).toHaveLength(1))
})
