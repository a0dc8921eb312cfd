/** Things worth knowing (info) and release-dependent notes: nothing here blocks a deployment. */
import { parseJson } from '../document/guard.ts'
import { getIn } from '../document/path.ts'
import { asArray, asRecord, clustersOf, name, nodesOf, where, show } from './context.ts'
import type { Check, RuleContext } from './context.ts'
import { releaseMinor } from './rules/siteRelease.ts'
import {
  clusterAcceleratedZtp,
  clusterInstallConfigNetworkType,
  clusterSearchPathsBuiltin,
} from './rules/cluster.ts'
import { nodeDiskPartitionLegacy, nodeIronicInspectDefault, nodeNetworkDhcp } from './rules/node.ts'
import { siteDeprecatedApi, siteMetadataNamespace, siteSshPrivateKeyRef } from './rules/site.ts'

function siteInfo(ctx: RuleContext): void {
  ctx.report(
    siteDeprecatedApi,
    ['apiVersion'],
    'SiteConfig is deprecated since OCP 4.18 (no generator from 4.21); consider converting to ClusterInstance',
  )
  const ns = getIn(ctx.data, ['metadata', 'namespace'])
  const names = clustersOf(ctx.data).map(({ cluster }) => name(cluster.clusterName, '?'))
  // the same name as the cluster changes nothing; a different one misleads about where secrets go
  if (typeof ns === 'string' && !names.every((n) => n === ns)) {
    ctx.report(
      siteMetadataNamespace,
      ['metadata', 'namespace'],
      `metadata.namespace "${show(ns)}" is not used; every CR goes into the namespace named after clusterName (${names.join(', ') || 'none yet'}), where the BMC and pull secrets must already exist`,
    )
  }
  if (getIn(ctx.data, ['spec', 'sshPrivateKeySecretRef']) !== undefined)
    ctx.report(
      siteSshPrivateKeyRef,
      ['spec', 'sshPrivateKeySecretRef'],
      'sshPrivateKeySecretRef is not used by any generated CR',
    )
}

function clusterInfo(ctx: RuleContext): void {
  for (const { cluster, path } of clustersOf(ctx.data)) {
    const ico = cluster.installConfigOverrides
    if (typeof ico === 'string') {
      let nt: unknown
      try {
        nt = asRecord(asRecord(parseJson(ico))?.networking)?.networkType
      } catch {
        nt = undefined // cluster-install-config-json reports it
      }
      if (nt !== undefined)
        ctx.report(
          clusterInstallConfigNetworkType,
          [...path, 'installConfigOverrides'],
          `networking.networkType ${show(JSON.stringify(nt))} in installConfigOverrides is replaced by networkType (${name(cluster.networkType, 'OVNKubernetes')})`,
        )
    }
    const labels = asRecord(cluster.clusterLabels)
    const aztp = labels?.['accelerated-ztp']
    if (aztp !== undefined) {
      const at = [...path, 'clusterLabels', 'accelerated-ztp']
      if (aztp !== 'full' && aztp !== 'partial')
        ctx.report(
          clusterAcceleratedZtp,
          at,
          `${where(at)} must be "full" or "partial" (got ${show(JSON.stringify(aztp))})`,
        )
      else
        ctx.report(
          clusterAcceleratedZtp.as('info'),
          at,
          `accelerated-ztp (${aztp}, 4.16+) adds the ConfigMap ref ${name(cluster.clusterName, '<clusterName>')}-aztp and the plural manifests ref, even in v1`,
        )
    }
    if (asArray(asRecord(cluster.extraManifests)?.searchPaths).length)
      ctx.report(
        clusterSearchPathsBuiltin,
        [...path, 'extraManifests', 'searchPaths'],
        'searchPaths is set: the built-in extra manifests of the ztp-site-generate container are not included; list their directory too if you need them',
      )
  }
}

const hasNmstateTemplate = (o: unknown) =>
  asRecord(asRecord(o)?.crTemplates)?.NMStateConfig !== undefined

function nodeInfo(ctx: RuleContext, release: string | undefined): void {
  const m = releaseMinor(release)
  // one note per cluster, not one per node: on 1,000 nodes the same sentence a thousand times
  // would bury everything else in the Problems list
  for (const { cluster, path } of clustersOf(ctx.data)) {
    const unset = asArray(cluster.nodes).filter((n) => asRecord(n)?.ironicInspect === undefined)
    if (!unset.length) continue
    const hosts = unset.slice(0, 3).map((n) => name(asRecord(n)?.hostName, '?'))
    const who = `${hosts.join(', ')}${unset.length > 3 ? ` and ${unset.length - 3} more` : ''}`
    ctx.report(
      nodeIronicInspectDefault,
      [...path, 'nodes'],
      m === undefined
        ? `ironicInspect unset on ${who}: inspection is enabled on 4.15+, disabled on 4.12–4.14`
        : `ironicInspect unset on ${who}: inspection is ${m >= 15 ? 'enabled' : 'disabled'} on ${release}`,
    )
  }
  for (const { cluster, node, path } of nodesOf(ctx.data)) {
    const host = name(node.hostName, where(path))
    if (node.diskPartition !== undefined)
      ctx.report(
        nodeDiskPartitionLegacy,
        [...path, 'diskPartition'],
        `${where([...path, 'diskPartition'])} is legacy; prefer partitioning through the node ignitionConfigOverride (ClusterInstance has no diskPartition)`,
      )
    if (node.nodeNetwork === undefined && ![node, cluster, ctx.data.spec].some(hasNmstateTemplate))
      ctx.report(
        nodeNetworkDhcp,
        path,
        `${host} has no nodeNetwork: no NMStateConfig is generated (DHCP)`,
      )
  }
}

export const infoRules: Check = (ctx) => {
  siteInfo(ctx)
  clusterInfo(ctx)
  nodeInfo(ctx, ctx.release)
}
