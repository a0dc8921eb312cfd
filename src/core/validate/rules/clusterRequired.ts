/** cluster- rules every cluster must pass: a unique clusterName, at least one master. */
import { asArray, asRecord, clustersOf, name, show } from '../context.ts'
import type { Check } from '../context.ts'
import { clusterMasterCount, clusterNameRequired, clusterNameUnique } from './cluster.ts'
import { msg } from '../../messages/message.ts'

const siteName = (data: Record<string, unknown>) => String(asRecord(data.metadata)?.name ?? '')

export const clusterNameRule: Check = (ctx) => {
  if (!asRecord(ctx.data.spec)) return
  const site = siteName(ctx.data)
  const seen = new Map<string, number>()
  for (const { c, cluster, path } of clustersOf(ctx.data, ctx.model)) {
    const cname = cluster.clusterName
    if (!cname && ctx.kind === 'ClusterInstance')
      ctx.report(
        clusterNameRequired,
        [...path, 'clusterName'],
        msg('missing cluster name: spec.clusterName is required'),
      )
    else if (!cname)
      ctx.report(
        clusterNameRequired,
        [...path, 'clusterName'],
        msg('Missing cluster name at site {{p}}: clusters[{{c}}].clusterName is required', {
          p: site || '(unnamed)',
          c,
        }),
      )
    else {
      const first = seen.get(String(cname))
      if (first !== undefined)
        ctx.report(
          clusterNameUnique,
          [...path, 'clusterName'],
          msg(
            'Repeated Cluster Name {{site}}/{{cname}}: clusters[{{first}}] and clusters[{{c}}] share it',
            { site, cname: show(cname), first, c },
          ),
        )
      else seen.set(String(cname), c)
    }
  }
}

export const clusterMasterRule: Check = (ctx) => {
  if (!asRecord(ctx.data.spec)) return
  for (const { c, cluster, path } of clustersOf(ctx.data, ctx.model)) {
    const nodes = asArray(cluster.nodes).map(asRecord)
    const masters = nodes.filter(
      (n) => n && (n.role === undefined || n.role === '' || n.role === 'master'),
    ).length
    if (masters > 0) continue
    if (ctx.kind === 'ClusterInstance') {
      // a hosted control plane runs on the hub: its nodes are all workers; no nodes: ci-required
      if (cluster.clusterType !== 'HostedControlPlane' && cluster.nodes != null)
        ctx.report(
          clusterMasterCount,
          [...path, 'nodes'],
          msg('at least 1 control-plane agent is required: no node has role master'),
        )
    } else
      ctx.report(
        clusterMasterCount,
        [...path, 'nodes'],
        msg('Number of masters (counted 0) must be 1 or more in cluster {{p}}', {
          p: name(cluster.clusterName, `clusters[${c}]`),
        }),
      )
  }
}
