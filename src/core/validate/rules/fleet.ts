/**
 * fleet- rules: mistakes between the files of one repository (issue 16), checked by
 * core/fleet/crossRules.ts over every site file and kustomization at once. None is in the
 * catalogue (it describes one file); each is an editor addition (registry.ts says why).
 */
import { BOTH, rule } from '../registry.ts'

export const fleetDuplicateClusterName = rule({
  id: 'fleet-duplicate-cluster-name',
  severity: 'error',
  title: 'Two site files define a cluster of the same name',
  row: undefined,
  kinds: BOTH,
})
export const fleetDuplicateHostName = rule({
  id: 'fleet-duplicate-host-name',
  severity: 'warning',
  title: "A node's hostName is used by another cluster's node in another file",
  row: undefined,
  kinds: BOTH,
})
export const fleetDuplicateMac = rule({
  id: 'fleet-duplicate-mac',
  severity: 'error',
  title: 'A bootMACAddress or nmstate interface MAC is used by nodes of two clusters',
  row: undefined,
  kinds: BOTH,
})
export const fleetDuplicateBmc = rule({
  id: 'fleet-duplicate-bmc',
  severity: 'error',
  title: 'A bmcAddress is used by nodes of two clusters',
  row: undefined,
  kinds: BOTH,
})
export const fleetDuplicateVip = rule({
  id: 'fleet-duplicate-vip',
  severity: 'warning',
  title: 'An API or ingress VIP is used by two clusters',
  row: undefined,
  kinds: BOTH,
})
export const fleetNetworkOverlap = rule({
  id: 'fleet-network-overlap',
  severity: 'warning',
  title: "Two clusters' machine networks overlap",
  row: undefined,
  kinds: BOTH,
})
export const fleetBothKinds = rule({
  id: 'fleet-both-kinds',
  severity: 'error',
  severities: ['error', 'warning'],
  title: 'A cluster is defined both as SiteConfig and as ClusterInstance (half a migration)',
  row: undefined,
  kinds: BOTH,
})
export const fleetUnlisted = rule({
  id: 'fleet-unlisted',
  severity: 'warning',
  title: 'No kustomization.yaml lists the site file, so Argo CD never deploys it',
  row: undefined,
  kinds: BOTH,
})
export const fleetKustomizationMissing = rule({
  id: 'fleet-kustomization-missing',
  severity: 'error',
  title: 'A kustomization entry names a file or directory that is not there, or lies outside',
  row: undefined,
  kinds: BOTH,
})
export const fleetKustomizationField = rule({
  id: 'fleet-kustomization-field',
  severity: 'warning',
  title:
    'A SiteConfig listed under resources (not generators), or a ClusterInstance under generators',
  row: undefined,
  kinds: BOTH,
})
export const fleetKustomizationUnreadable = rule({
  id: 'fleet-kustomization-unreadable',
  severity: 'error',
  title: 'A kustomization.yaml is not a YAML mapping',
  row: undefined,
  kinds: BOTH,
})
