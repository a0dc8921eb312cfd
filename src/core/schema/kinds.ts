/** The CR kinds the SiteConfig generator renders, by level (siteconfig-fields.md §6.1). */
export const NODE_KINDS = ['BareMetalHost', 'NMStateConfig', 'HostFirmwareSettings']

/** Kinds rendered once per cluster: the ones cluster-level crSuppression can skip. */
export const CLUSTER_KINDS = [
  'Namespace',
  'AgentClusterInstall',
  'ClusterDeployment',
  'InfraEnv',
  'ConfigMap',
  'ManagedCluster',
  'KlusterletAddonConfig',
]

/** Every kind: what site- and cluster-level crTemplates may override. */
export const ALL_KINDS = [...CLUSTER_KINDS, ...NODE_KINDS]
