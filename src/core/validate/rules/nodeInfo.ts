/** node- notes (info) and release-dependent defaults: nothing here blocks a deployment. */
import { asArray, asRecord, clustersOf, name, nodesIn, where } from '../context.ts'
import type { Check } from '../context.ts'
import { releaseMinor } from './siteRelease.ts'
import { nodeDiskPartitionLegacy, nodeIronicInspectDefault, nodeNetworkDhcp } from './node.ts'

const hasNmstateTemplate = (o: unknown) =>
  asRecord(asRecord(o)?.crTemplates)?.NMStateConfig !== undefined

export const nodeInfoRule: Check = (ctx) => {
  const release = ctx.release
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
  for (const { cluster, node, path } of nodesIn(ctx)) {
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
