/** cluster- rules (spec.clusters[i]): each declared once; rows are those of validation-rules.md. */
import { BOTH, CI, SC, rule } from '../registry.ts'

export const clusterNameRequired = rule({
  id: 'cluster-name-required',
  severity: 'error',
  title: '`clusterName` is set',
  row: 31,
  kinds: BOTH,
})
export const clusterNameUnique = rule({
  id: 'cluster-name-unique',
  severity: 'error',
  title: '`clusterName` is unique within the file',
  row: 32,
  kinds: SC,
})
export const clusterNameFormat = rule({
  id: 'cluster-name-format',
  severity: 'error',
  title:
    'DNS-1123 label (it becomes a Namespace and CR names): lowercase letters, digits, `-`; starts and …',
  row: 33,
  kinds: BOTH,
})
export const clusterMasterCount = rule({
  id: 'cluster-master-count',
  severity: 'error',
  title: 'At least one node with role `master` (or empty)',
  row: 34,
  kinds: BOTH,
})
export const clusterCiTopology = rule({
  id: 'cluster-ci-topology',
  severity: 'error',
  title:
    'ClusterInstance only: SNO has exactly 1 master; HostedControlPlane 0 masters; HighlyAvailableArbiter …',
  row: 35,
  kinds: CI,
})
export const clusterInstallConfigJson = rule({
  id: 'cluster-install-config-json',
  severity: 'error',
  title:
    '`installConfigOverrides` parses as a JSON object (YAML double-quoted scalars turn `\\n` into real …',
  row: 36,
  kinds: BOTH,
})
export const clusterInstallConfigNetworkType = rule({
  id: 'cluster-install-config-network-type',
  severity: 'info',
  title:
    '`installConfigOverrides.networking.networkType` is overridden by the cluster `networkType` …',
  row: 37,
  kinds: SC,
})
export const clusterCpuPartitioningMode = rule({
  id: 'cluster-cpu-partitioning-mode',
  severity: 'error',
  title: '`cpuPartitioningMode` is `None` or `AllNodes` (case-sensitive)',
  row: 38,
  kinds: BOTH,
})
export const clusterNetworkType = rule({
  id: 'cluster-network-type',
  severity: 'error',
  title:
    '`networkType` is `OVNKubernetes` or `OpenShiftSDN` (only the 4.10/4.11 generators check; later …',
  row: 39,
  kinds: BOTH,
})
export const clusterDiskEncryptionType = rule({
  id: 'cluster-disk-encryption-type',
  severity: 'error',
  title: '`diskEncryption.type` is `none`, `nbde`, or `tpm2` (v2 CRD, release 4.16+)',
  row: 40,
  kinds: BOTH,
})
export const clusterDiskEncryptionParams = rule({
  id: 'cluster-disk-encryption-params',
  severity: 'error',
  severities: ['error', 'warning'],
  title:
    '`nbde` needs `tang[]` entries with `url` and `thumbprint`; `tpm2` needs `tpm2.pcrList` (error)',
  row: 41,
  kinds: BOTH,
})
export const clusterLabelSyntax = rule({
  id: 'cluster-label-syntax',
  severity: 'error',
  title:
    '`clusterLabels` keys are Kubernetes label keys (optional DNS-subdomain prefix + `/`, name ≤ 63 …',
  row: 42,
  kinds: BOTH,
})
export const clusterAcceleratedZtp = rule({
  id: 'cluster-accelerated-ztp',
  severity: 'warning',
  severities: ['warning', 'info'],
  title: 'Label `accelerated-ztp` is `full` or `partial` (4.16+)',
  row: 43,
  kinds: BOTH,
})
export const clusterSiteConfigMapV1 = rule({
  id: 'cluster-site-config-map-v1',
  severity: 'warning',
  title: '`siteConfigMap` is set but `apiVersion` is v1, which ignores it',
  row: 44,
  kinds: SC,
})
export const clusterExtraManifestPath = rule({
  id: 'cluster-extra-manifest-path',
  severity: 'warning',
  title:
    '`extraManifestPath` is deprecated (use `extraManifests.searchPaths`, OCP ≥ 4.14) and is ignored …',
  row: 45,
  kinds: SC,
})
export const clusterSearchPathsBuiltin = rule({
  id: 'cluster-search-paths-builtin',
  severity: 'info',
  title:
    "With `extraManifests.searchPaths` set, the container's built-in extra manifests are not included",
  row: 46,
  kinds: SC,
})
export const clusterManifestFilterMode = rule({
  id: 'cluster-manifest-filter-mode',
  severity: 'error',
  title: '`extraManifests.filter.inclusionDefault` is `include` or `exclude` (case-insensitive)',
  row: 47,
  kinds: SC,
})
export const clusterManifestFilterList = rule({
  id: 'cluster-manifest-filter-list',
  severity: 'error',
  title:
    '`include[]` only with `inclusionDefault: exclude`; `exclude[]` only with include mode (the default)',
  row: 48,
  kinds: SC,
})
export const clusterManifestFilterName = rule({
  id: 'cluster-manifest-filter-name',
  severity: 'error',
  title:
    'Filter entries name manifests that exist among the collected files (needs the manifest list)',
  row: 49,
  kinds: SC,
})
export const clusterManifestBuiltinClash = rule({
  id: 'cluster-manifest-builtin-clash',
  severity: 'error',
  title: 'A user file under `extraManifestPath` has the name of a built-in manifest',
  row: 50,
  kinds: SC,
})
export const clusterManifestDirMissing = rule({
  id: 'cluster-manifest-dir-missing',
  severity: 'error',
  title:
    '`extraManifestPath` and `extraManifests.searchPaths` directories exist (checked when the …',
  row: 51,
  kinds: SC,
})
