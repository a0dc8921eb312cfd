/** node- notes (info) and release-dependent defaults: nothing here blocks a deployment. */
import { asArray, asRecord, clustersOf, name, nodesIn, where } from '../context.ts'
import type { Check } from '../context.ts'
import { releaseMinor } from './siteRelease.ts'
import { nodeDiskPartitionLegacy, nodeIronicInspectDefault, nodeNetworkDhcp } from './node.ts'
import { msg } from '../../messages/message.ts'

const hasNmstateTemplate = (o: unknown) =>
  asRecord(asRecord(o)?.crTemplates)?.NMStateConfig !== undefined

export const nodeInfoRule: Check = (ctx) => {
  const release = ctx.release
  const m = releaseMinor(release)
  // one note per cluster, not one per node: on 1,000 nodes the same sentence a thousand times
  // would bury everything else in the Problems list
  for (const { cluster, path } of clustersOf(ctx.data, ctx.model)) {
    const unset = asArray(cluster.nodes).filter((n) => asRecord(n)?.ironicInspect === undefined)
    if (!unset.length) continue
    const hosts = unset.slice(0, 3).map((n) => name(asRecord(n)?.hostName, '?'))
    const who =
      unset.length > 3
        ? msg('{{hosts}} and {{n}} more', { hosts: hosts.join(', '), n: unset.length - 3 })
        : hosts.join(', ')
    ctx.report(
      nodeIronicInspectDefault,
      [...path, 'nodes'],
      m === undefined
        ? msg(
            'ironicInspect unset on {{who}}: inspection is enabled on 4.15+, disabled on 4.12–4.14',
            { who },
          )
        : m >= 15
          ? msg('ironicInspect unset on {{who}}: inspection is enabled on {{release}}', {
              who,
              release: release as string,
            })
          : msg('ironicInspect unset on {{who}}: inspection is disabled on {{release}}', {
              who,
              release: release as string,
            }),
    )
  }
  for (const { cluster, node, path } of nodesIn(ctx)) {
    const host = name(node.hostName, where(path))
    if (node.diskPartition !== undefined)
      ctx.report(
        nodeDiskPartitionLegacy,
        [...path, 'diskPartition'],
        msg(
          '{{where}} is legacy; prefer partitioning through the node ignitionConfigOverride (ClusterInstance has no diskPartition)',
          { where: where([...path, 'diskPartition']) },
        ),
      )
    if (node.nodeNetwork === undefined && ![node, cluster, ctx.data.spec].some(hasNmstateTemplate))
      ctx.report(
        nodeNetworkDhcp,
        path,
        msg('{{host}} has no nodeNetwork: no NMStateConfig is generated (DHCP)', { host }),
      )
  }
}
