/**
 * A TypeScript port of SCO's default ai-cluster-templates-v1 (internal/templates/assisted-installer/template.go):
 * the cluster-level resources with the fields they take from the ClusterInstance.
 */
import { str as s } from '../../convert/values.ts'
import type { Obj, Origin } from '../types.ts'

export interface Built {
  kind: string
  apiVersion: string
  body: Obj
  origins: Origin[]
}

const o = (field: (string | number)[], ...source: (string | number)[]): Origin => ({
  field,
  source: ['spec', ...source],
})

/** the install-config-overrides annotation as getInstallConfigOverrides builds it; undefined when it fails (swallowed) */
export function installConfigOverrides(spec: Obj): string | undefined {
  let ico = s(spec.installConfigOverrides)
  if (spec.cpuPartitioningMode === 'AllNodes') {
    try {
      const v = (ico ? JSON.parse(ico) : {}) as Obj
      v.cpuPartitioningMode = 'AllNodes'
      ico = JSON.stringify(v)
    } catch {
      return undefined
    }
  }
  // the CRD defaults networkType to OVNKubernetes before the controller sees it
  const networkType = s(spec.networkType) || 'OVNKubernetes'
  const net = `{"networking":{"networkType":"${networkType}"}}`
  if (!ico) return net
  try {
    const m = JSON.parse(ico) as Obj
    if ('networking' in m) {
      return JSON.stringify({
        ...m,
        networking: { networkType, ...(m.networking as Obj) },
      })
    }
    const joined = net.slice(0, -1) + ',' + ico.replace(/^\{/, '')
    JSON.parse(joined)
    return joined
  } catch {
    return undefined
  }
}

export function clusterResources(spec: Obj): Built[] {
  const name = s(spec.clusterName)
  const nodes = (Array.isArray(spec.nodes) ? spec.nodes : []) as Obj[]
  const count = (role: string) => nodes.filter((n) => (n.role ?? 'master') === role).length
  const workers = spec.clusterType === 'SNO' ? 0 : count('worker')
  const meta = (wave: string) => ({
    name,
    namespace: name,
    annotations: { 'siteconfig.open-cluster-management.io/sync-wave': wave },
  })
  const nameOrigins = [
    o(['metadata', 'name'], 'clusterName'),
    o(['metadata', 'namespace'], 'clusterName'),
  ]
  const ico = installConfigOverrides(spec)
  const aciMeta: Obj = meta('1')
  if (ico)
    aciMeta.annotations = {
      'agent-install.openshift.io/install-config-overrides': ico,
      ...(aciMeta.annotations as Obj),
    }
  const networking: Obj = {}
  if (Array.isArray(spec.clusterNetwork) && spec.clusterNetwork.length)
    networking.clusterNetwork = spec.clusterNetwork
  if (Array.isArray(spec.machineNetwork) && spec.machineNetwork.length)
    networking.machineNetwork = spec.machineNetwork
  if (Array.isArray(spec.serviceNetwork) && spec.serviceNetwork.length)
    networking.serviceNetwork = (spec.serviceNetwork as Obj[]).map((x) => x.cidr)
  const aciSpec: Obj = {
    clusterDeploymentRef: { name },
    holdInstallation: spec.holdInstallation === true,
    imageSetRef: { name: s(spec.clusterImageSetNameRef) },
  }
  if (Array.isArray(spec.apiVIPs) && spec.apiVIPs.length) aciSpec.apiVIPs = spec.apiVIPs
  if (Array.isArray(spec.ingressVIPs) && spec.ingressVIPs.length)
    aciSpec.ingressVIPs = spec.ingressVIPs
  aciSpec.networking = networking
  aciSpec.provisionRequirements = {
    controlPlaneAgents: count('master'),
    workerAgents: workers,
    arbiterAgents: count('arbiter'),
  }
  if (spec.proxy && Object.keys(spec.proxy as Obj).length) aciSpec.proxy = spec.proxy
  if (spec.platformType) aciSpec.platformType = s(spec.platformType)
  aciSpec.sshPublicKey = s(spec.sshPublicKey)
  if (Array.isArray(spec.extraManifestsRefs) && spec.extraManifestsRefs.length)
    aciSpec.manifestsConfigMapRefs = spec.extraManifestsRefs
  const aciOrigins = [
    ...nameOrigins,
    o(['spec', 'imageSetRef', 'name'], 'clusterImageSetNameRef'),
    o(['spec', 'holdInstallation'], 'holdInstallation'),
    o(['spec', 'sshPublicKey'], 'sshPublicKey'),
    ...['apiVIPs', 'ingressVIPs', 'proxy', 'platformType']
      .filter((k) => k in aciSpec)
      .map((k) => o(['spec', k], k)),
    ...Object.keys(networking).map((k) => o(['spec', 'networking', k], k)),
  ]
  if (aciSpec.manifestsConfigMapRefs)
    aciOrigins.push(o(['spec', 'manifestsConfigMapRefs'], 'extraManifestsRefs'))
  if (ico)
    aciOrigins.push(
      o(
        ['metadata', 'annotations', 'agent-install.openshift.io/install-config-overrides'],
        'installConfigOverrides',
      ),
    )
  return [
    {
      kind: 'AgentClusterInstall',
      apiVersion: 'extensions.hive.openshift.io/v1beta1',
      body: { metadata: aciMeta, spec: aciSpec },
      origins: aciOrigins,
    },
    {
      kind: 'ClusterDeployment',
      apiVersion: 'hive.openshift.io/v1',
      body: {
        metadata: meta('1'),
        spec: {
          baseDomain: s(spec.baseDomain),
          clusterInstallRef: {
            group: 'extensions.hive.openshift.io',
            kind: 'AgentClusterInstall',
            name,
            version: 'v1beta1',
          },
          clusterName: name,
          platform: {
            agentBareMetal: { agentSelector: { matchLabels: { 'cluster-name': name } } },
          },
          pullSecretRef: { name: s((spec.pullSecretRef as Obj | undefined)?.name) },
        },
      },
      origins: [
        ...nameOrigins,
        o(['spec', 'baseDomain'], 'baseDomain'),
        o(['spec', 'clusterName'], 'clusterName'),
        o(['spec', 'pullSecretRef', 'name'], 'pullSecretRef', 'name'),
      ],
    },
    {
      kind: 'ManagedCluster',
      apiVersion: 'cluster.open-cluster-management.io/v1',
      body: {
        metadata: {
          name,
          annotations: { 'siteconfig.open-cluster-management.io/sync-wave': '2' },
          labels: { cloud: 'auto-detect', vendor: 'auto-detect' },
        },
        spec: { hubAcceptsClient: true },
      },
      origins: [o(['metadata', 'name'], 'clusterName')],
    },
    {
      kind: 'KlusterletAddonConfig',
      apiVersion: 'agent.open-cluster-management.io/v1',
      body: {
        metadata: meta('2'),
        spec: {
          clusterName: name,
          clusterNamespace: name,
          applicationManager: { enabled: false },
          certPolicyController: { enabled: false },
          iamPolicyController: { enabled: false },
          policyController: { enabled: true },
          searchCollector: { enabled: false },
        },
      },
      origins: [...nameOrigins],
    },
  ]
}
