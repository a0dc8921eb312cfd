/** Where a SiteConfig comment's field went in cluster c's ClusterInstance (undefined: nowhere). */
import { siteConfigModel } from '../site/siteModel.ts'
import type { Path } from '../document/path.ts'

const SITE = new Set(['baseDomain', 'pullSecretRef', 'clusterImageSetNameRef', 'sshPublicKey'])

const CLUSTER_SAME = new Set([
  'clusterName',
  'networkType',
  'clusterNetwork',
  'machineNetwork',
  'additionalNTPSources',
  'apiVIPs',
  'ingressVIPs',
  'holdInstallation',
  'installConfigOverrides',
  'ignitionConfigOverride',
  'diskEncryption',
  'proxy',
  'cpuPartitioningMode',
  'clusterImageSetNameRef',
  'platformType',
  'cpuArchitecture',
  'nodes',
])

const NODE_SAME = new Set([
  'hostName',
  'bmcAddress',
  'bmcCredentialsName',
  'bootMACAddress',
  'bootMode',
  'role',
  'rootDeviceHints',
  'automatedCleaningMode',
  'nodeLabels',
  'nodeNetwork',
  'installerArgs',
  'ignitionConfigOverride',
  'ironicInspect',
])

/** crAnnotations.add → extraAnnotations, crSuppression → suppressedManifests (cluster and node) */
function renamed(key: string, rest: Path): Path | undefined {
  if (key === 'crAnnotations')
    return rest[0] === 'add' ? ['extraAnnotations', ...rest.slice(1)] : undefined
  if (key === 'crSuppression') return ['suppressedManifests', ...rest]
  return undefined
}

function nodePath(rest: Path): Path | undefined {
  const [key, ...tail] = rest
  if (typeof key !== 'string') return undefined
  if (NODE_SAME.has(key)) return rest
  return renamed(key, tail)
}

function clusterPath(rest: Path): Path | undefined {
  const [key, ...tail] = rest
  if (typeof key !== 'string') return undefined
  if (key === 'nodes' && typeof tail[0] === 'number') {
    const inner = tail.length > 1 ? nodePath(tail.slice(1)) : []
    return inner && ['nodes', tail[0], ...inner]
  }
  if (CLUSTER_SAME.has(key)) return rest
  // the singular VIPs became the one-element lists
  if (key === 'apiVIP' || key === 'ingressVIP') return tail.length ? undefined : [key + 's']
  if (key === 'serviceNetwork') return typeof tail[0] === 'number' ? [key, tail[0], 'cidr'] : [key]
  if (key === 'clusterLabels') return ['extraLabels', 'ManagedCluster', ...tail]
  return renamed(key, tail)
}

/** 'other': the comment belongs to another cluster and is not shown in this one's file */
export function targetPath(src: Path, c: number): Path | 'other' | undefined {
  if (src[0] !== 'spec') return undefined
  const key = src[1]
  if (typeof key === 'string' && SITE.has(key)) return src
  if (key !== siteConfigModel.clusters[1] || typeof src[2] !== 'number') return undefined
  if (src[2] !== c) return 'other'
  if (src.length === 3) return undefined
  const p = clusterPath(src.slice(3))
  return p && ['spec', ...p]
}
