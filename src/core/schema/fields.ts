/** The SiteConfig fields at site, cluster and node level (v1 and v2). */
import { enumOf, group, of, text } from './fieldTypes.ts'
import type { FieldDef } from './fieldTypes.ts'
import { CLUSTER_KINDS } from './kinds.ts'

const crTemplates = of('map', 'crTemplates', 'CR templates (kind → file)', {
  help: 'Override templates for generated CRs, by kind; paths relative to the SiteConfig file.',
})
const crAnnotations = group('crAnnotations', 'CR annotations', [
  of('yaml', 'add', 'Add (kind → annotations)', {
    help: 'Annotations added to generated CRs of a kind, when not already present.',
  }),
])
const biosConfigRef = group('biosConfigRef', 'BIOS config', [
  text('filePath', 'File path', { help: 'A YAML map of BIOS attribute → value.' }),
])

/** Fields both kinds share as they are (ClusterInstance's CRD took them from SiteConfig). */
export const rootDeviceHints = group('rootDeviceHints', 'Root device hints', [
  text('deviceName', 'Device name'),
  text('hctl', 'HCTL'),
  text('model', 'Model'),
  text('vendor', 'Vendor'),
  text('serialNumber', 'Serial number'),
  of('int', 'minSizeGigabytes', 'Minimum size (GB)'),
  text('wwn', 'WWN'),
  text('wwnWithExtension', 'WWN with extension'),
  text('wwnVendorExtension', 'WWN vendor extension'),
  of('bool', 'rotational', 'Rotational'),
])

export const proxy = group('proxy', 'Proxy', [
  text('httpProxy', 'HTTP proxy'),
  text('httpsProxy', 'HTTPS proxy'),
  text('noProxy', 'No proxy', { help: 'Comma-separated.' }),
])

/** `required`: the ClusterInstance CRD requires each interface's name and MAC */
export const nodeNetwork = (required: boolean) =>
  group('nodeNetwork', 'Node network', [
    of('objects', 'interfaces', 'Interfaces', {
      fields: [
        text('name', 'Name', required ? { required } : {}),
        text('macAddress', 'MAC address', required ? { required } : {}),
      ],
    }),
    of('yaml', 'config', 'nmstate config (YAML)'),
  ])

/** A node's install stage: the two pre-cache fields coreos-installer reads from the BMH. */
export const installStage: readonly FieldDef[] = [
  of('args', 'installerArgs', 'Installer args', {
    jsonShape: 'array',
    help: 'coreos-installer flags from the assisted-service allow-list; stored as a JSON array string.',
  }),
  of('json', 'ignitionConfigOverride', 'Ignition config override (install, JSON)', {
    jsonShape: 'object',
  }),
]

export const clusterNetwork = of('objects', 'clusterNetwork', 'Cluster network', {
  fields: [text('cidr', 'CIDR', { required: true }), of('int', 'hostPrefix', 'Host prefix')],
})
export const machineNetwork = of('objects', 'machineNetwork', 'Machine network', {
  fields: [text('cidr', 'CIDR', { required: true })],
})

export const SITE_FIELDS: readonly FieldDef[] = [
  enumOf('apiVersion', 'API version', ['ran.openshift.io/v1', 'ran.openshift.io/v2'], {
    required: true,
    help: 'v2 renders siteConfigMap; v1 ignores it.',
  }),
  text('kind', 'Kind', { required: true }),
  group('metadata', 'Metadata', [
    text('name', 'Name', { required: true, help: 'Names the site in messages and outputs.' }),
    text('namespace', 'Namespace'),
    of('map', 'labels', 'Labels'),
  ]),
  group('spec', 'Site', [
    text('baseDomain', 'Base domain', { required: true }),
    group('pullSecretRef', 'Pull secret', [text('name', 'Secret name', { required: true })], {
      required: true,
    }),
    text('clusterImageSetNameRef', 'Cluster image set', {
      help: 'Used by clusters that do not name their own.',
    }),
    of('multiline', 'sshPublicKey', 'SSH public key'),
    group('sshPrivateKeySecretRef', 'SSH private key secret', [text('name', 'Secret name')]),
    crTemplates,
    crAnnotations,
    biosConfigRef,
  ]),
]

export const CLUSTER_FIELDS: readonly FieldDef[] = [
  text('clusterName', 'Cluster name', { required: true, help: 'DNS-1123; also the namespace.' }),
  text('clusterImageSetNameRef', 'Cluster image set', { help: 'Wins over the site value.' }),
  enumOf('networkType', 'Network type', ['OVNKubernetes', 'OpenShiftSDN'], {
    defaultValue: 'OVNKubernetes',
  }),
  enumOf('cpuPartitioningMode', 'CPU partitioning', ['None', 'AllNodes'], { defaultValue: 'None' }),
  of('bool', 'holdInstallation', 'Hold installation'),
  text('apiVIP', 'API VIP', { deprecated: 'Use apiVIPs.' }),
  text('ingressVIP', 'Ingress VIP', { deprecated: 'Use ingressVIPs.' }),
  of('strings', 'apiVIPs', 'API VIPs', { help: 'One per IP family, same order as the networks.' }),
  of('strings', 'ingressVIPs', 'Ingress VIPs'),
  clusterNetwork,
  machineNetwork,
  of('strings', 'serviceNetwork', 'Service network'),
  of('strings', 'additionalNTPSources', 'Additional NTP sources'),
  of('map', 'clusterLabels', 'Cluster labels', {
    help: 'ManagedCluster labels; policies bind on them.',
  }),
  of('json', 'installConfigOverrides', 'Install config overrides (JSON)', { jsonShape: 'object' }),
  of('json', 'ignitionConfigOverride', 'Ignition config override (discovery, JSON)', {
    jsonShape: 'object',
    help: 'Baked into the discovery ISO.',
  }),
  group('diskEncryption', 'Disk encryption', [
    enumOf('type', 'Type', ['none', 'nbde', 'tpm2'], { defaultValue: 'none' }),
    of('objects', 'tang', 'Tang servers', {
      fields: [text('url', 'URL'), text('thumbprint', 'Thumbprint')],
    }),
    group('tpm2', 'TPM2', [text('pcrList', 'PCR list', { help: 'e.g. "1,7"' })]),
  ]),
  proxy,
  text('extraManifestPath', 'Extra manifest path', {
    deprecated: 'Use extraManifests.searchPaths.',
  }),
  group('extraManifests', 'Extra manifests', [
    of('strings', 'searchPaths', 'Search paths'),
    group('filter', 'Filter', [
      enumOf('inclusionDefault', 'Inclusion default', ['include', 'exclude'], {
        defaultValue: 'include',
      }),
      of('strings', 'exclude', 'Exclude'),
      of('strings', 'include', 'Include'),
    ]),
  ]),
  of('bool', 'mergeDefaultMachineConfigs', 'Merge default MachineConfigs'),
  biosConfigRef,
  crTemplates,
  crAnnotations,
  of('strings', 'crSuppression', 'Suppressed CRs', {
    help: `Cluster kinds: ${CLUSTER_KINDS.join(', ')}.`,
  }),
  group(
    'siteConfigMap',
    'Site ConfigMap',
    [text('name', 'Name'), text('namespace', 'Namespace'), of('map', 'data', 'Data')],
    { v2Only: true },
  ),
]

export const NODE_FIELDS: readonly FieldDef[] = [
  text('hostName', 'Host name', { required: true }),
  enumOf('role', 'Role', ['master', 'worker'], { defaultValue: 'master' }),
  text('bmcAddress', 'BMC address', { required: true }),
  group('bmcCredentialsName', 'BMC credentials', [text('name', 'Secret name')], { required: true }),
  text('bootMACAddress', 'Boot MAC address', { required: true }),
  enumOf('bootMode', 'Boot mode', ['UEFI', 'UEFISecureBoot', 'legacy'], { defaultValue: 'UEFI' }),
  enumOf('automatedCleaningMode', 'Automated cleaning', ['disabled', 'metadata'], {
    defaultValue: 'disabled',
  }),
  enumOf('ironicInspect', 'Ironic inspection', ['enabled', 'disabled'], {
    defaultValue: 'enabled',
  }),
  rootDeviceHints,
  ...installStage,
  nodeNetwork(false),
  of('map', 'nodeLabels', 'Node labels'),
  text('cpuset', 'CPU set', { deprecated: 'Use the cluster cpuPartitioningMode.' }),
  of('yaml', 'userData', 'User data (YAML)'),
  biosConfigRef,
  of('objects', 'diskPartition', 'Disk partitions', {
    fields: [
      text('device', 'Device'),
      of('objects', 'partitions', 'Partitions', {
        fields: [
          text('mount_point', 'Mount point'),
          of('int', 'start', 'Start (MiB)'),
          of('int', 'size', 'Size (MiB)'),
          text('file_system_format', 'File system'),
        ],
      }),
    ],
  }),
  crTemplates,
  crAnnotations,
  of('strings', 'crSuppression', 'Suppressed CRs'),
]
