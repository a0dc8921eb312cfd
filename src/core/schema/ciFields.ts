/**
 * The ClusterInstance fields (siteconfig.open-cluster-management.io/v1alpha1), from the CRD as
 * ../shared/docs/clusterinstance.md lists it: the document's top, the cluster (`spec`) and a node
 * (`spec.nodes[]`). Shared shapes come from the SiteConfig table, so the two cannot drift.
 */
import { enumOf, group, of, text } from './fieldTypes.ts'
import type { FieldDef } from './fieldTypes.ts'
import {
  clusterNetwork,
  installStage,
  machineNetwork,
  nodeNetwork,
  proxy,
  rootDeviceHints,
} from './fields.ts'

export const CI_API_VERSION = 'siteconfig.open-cluster-management.io/v1alpha1'

/** The kinds the default assisted-installer templates render, by level (clusterinstance.md §1b). */
export const CI_CLUSTER_KINDS = [
  'AgentClusterInstall',
  'ClusterDeployment',
  'ManagedCluster',
  'KlusterletAddonConfig',
]
export const CI_NODE_KINDS = ['InfraEnv', 'BareMetalHost', 'NMStateConfig']

const templateRefs = (help: string) =>
  of('objects', 'templateRefs', 'Template references', {
    required: true,
    help,
    fields: [
      text('name', 'Name', { required: true }),
      text('namespace', 'Namespace', { required: true }),
    ],
  })

/** `extraLabels`/`extraAnnotations`: kind → (key → value), one map per kind the templates render. */
const byKind = (key: string, label: string, kinds: readonly string[], help: string) =>
  group(
    key,
    label,
    kinds.map((k) => of('map', k, k)),
    { help },
  )

const extras = (kinds: readonly string[]) => [
  byKind('extraLabels', 'Extra labels (by kind)', kinds, 'Added to the rendered CRs of each kind.'),
  byKind(
    'extraAnnotations',
    'Extra annotations (by kind)',
    kinds,
    'Added to the rendered CRs of each kind; keys already in the template win.',
  ),
  of('strings', 'suppressedManifests', 'Suppressed manifests', {
    help: 'Kinds of rendered CRs not to create.',
  }),
  of('objects', 'pruneManifests', 'Pruned manifests', {
    help: 'Rendered CRs to delete.',
    fields: [
      text('apiVersion', 'API version', { required: true }),
      text('kind', 'Kind', { required: true }),
    ],
  }),
]

export const CI_SITE_FIELDS: readonly FieldDef[] = [
  enumOf('apiVersion', 'API version', [CI_API_VERSION], { required: true }),
  text('kind', 'Kind', { required: true }),
  group('metadata', 'Metadata', [
    text('name', 'Name', { required: true }),
    text('namespace', 'Namespace', {
      help: 'The converter sets name and namespace to clusterName.',
    }),
    of('map', 'labels', 'Labels'),
    of('map', 'annotations', 'Annotations'),
  ]),
]

export const CI_CLUSTER_FIELDS: readonly FieldDef[] = [
  text('clusterName', 'Cluster name', {
    required: true,
    help: 'At most 31 characters: the owned-by label holds <namespace>_<name>.',
  }),
  text('baseDomain', 'Base domain', { required: true }),
  text('clusterImageSetNameRef', 'Cluster image set', { required: true }),
  group('pullSecretRef', 'Pull secret', [text('name', 'Secret name', { required: true })], {
    required: true,
  }),
  templateRefs('Cluster-level templates (AgentClusterInstall, ClusterDeployment, …).'),
  enumOf('clusterType', 'Cluster type', [
    'SNO',
    'HighlyAvailable',
    'HighlyAvailableArbiter',
    'HostedControlPlane',
  ]),
  enumOf('platformType', 'Platform type', ['BareMetal', 'None', 'VSphere', 'Nutanix', 'External']),
  enumOf('cpuArchitecture', 'CPU architecture', ['x86_64', 'aarch64', 'multi'], {
    defaultValue: 'x86_64',
  }),
  enumOf('networkType', 'Network type', ['OVNKubernetes', 'OpenShiftSDN'], {
    defaultValue: 'OVNKubernetes',
  }),
  enumOf('cpuPartitioningMode', 'CPU partitioning', ['None', 'AllNodes'], { defaultValue: 'None' }),
  of('bool', 'holdInstallation', 'Hold installation'),
  of('multiline', 'sshPublicKey', 'SSH public key'),
  of('strings', 'apiVIPs', 'API VIPs', { maxItems: 2 }),
  of('strings', 'ingressVIPs', 'Ingress VIPs', { maxItems: 2 }),
  clusterNetwork,
  machineNetwork,
  of('objects', 'serviceNetwork', 'Service network', {
    fields: [text('cidr', 'CIDR', { required: true })],
  }),
  of('strings', 'additionalNTPSources', 'Additional NTP sources'),
  of('json', 'installConfigOverrides', 'Install config overrides (JSON)', { jsonShape: 'object' }),
  of('json', 'ignitionConfigOverride', 'Ignition config override (discovery, JSON)', {
    jsonShape: 'object',
    help: 'Becomes the InfraEnv spec.ignitionConfigOverride: baked into the discovery ISO.',
  }),
  group('diskEncryption', 'Disk encryption', [
    text('type', 'Type', { defaultValue: 'none' }),
    of('objects', 'tang', 'Tang servers', {
      fields: [text('url', 'URL'), text('thumbprint', 'Thumbprint')],
    }),
  ]),
  proxy,
  group('caBundleRef', 'CA bundle ConfigMap', [text('name', 'Name')]),
  of('objects', 'extraManifestsRefs', 'Extra manifest ConfigMaps', {
    fields: [text('name', 'Name', { required: true })],
  }),
  ...extras([...CI_CLUSTER_KINDS, ...CI_NODE_KINDS]),
  group('reinstall', 'Reinstall', [
    text('generation', 'Generation', {
      required: true,
      pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$',
    }),
    enumOf('preservationMode', 'Preservation mode', ['None', 'All', 'ClusterIdentity'], {
      defaultValue: 'None',
    }),
  ]),
]

export const CI_NODE_FIELDS: readonly FieldDef[] = [
  text('hostName', 'Host name', { required: true }),
  enumOf('role', 'Role', ['master', 'worker', 'arbiter'], { defaultValue: 'master' }),
  text('bmcAddress', 'BMC address', { required: true }),
  group('bmcCredentialsName', 'BMC credentials', [text('name', 'Secret name')], { required: true }),
  text('bootMACAddress', 'Boot MAC address', {
    required: true,
    pattern: '[0-9a-fA-F]{2}(:[0-9a-fA-F]{2}){5}',
  }),
  templateRefs('Node-level templates (InfraEnv, BareMetalHost, NMStateConfig).'),
  enumOf('bootMode', 'Boot mode', ['UEFI', 'UEFISecureBoot', 'legacy'], { defaultValue: 'UEFI' }),
  enumOf('automatedCleaningMode', 'Automated cleaning', ['disabled', 'metadata'], {
    defaultValue: 'disabled',
  }),
  enumOf('ironicInspect', 'Ironic inspection', ['disabled'], {
    help: 'Not set or "" means inspection is on.',
  }),
  enumOf('cpuArchitecture', 'CPU architecture', ['x86_64', 'aarch64']),
  group('hostRef', 'Host reference (BareMetalHost)', [
    text('name', 'Name', { required: true }),
    text('namespace', 'Namespace', { required: true }),
  ]),
  rootDeviceHints,
  ...installStage,
  nodeNetwork(true),
  of('map', 'nodeLabels', 'Node labels'),
  ...extras(CI_NODE_KINDS),
]
