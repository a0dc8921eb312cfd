/** node- rules on a node's layout: labels, cpuset, disk partitions, nodeNetwork interfaces. */
import type { Path } from '../../document/path.ts'
import { asArray, asRecord, clustersOf, where, show } from '../context.ts'
import type { Check, RuleContext } from '../context.ts'
import { labels } from '../labels.ts'
import {
  nodeCpusetDeprecated,
  nodeCpusetFormat,
  nodeCpusetNonSno,
  nodeDiskPartitionMountPoint,
  nodeDiskPartitionSize,
  nodeDiskPartitionSno,
  nodeDiskPartitionStart,
  nodeLabelSyntax,
  nodeNetworkInterfaces,
} from './node.ts'
import { msg } from '../../messages/message.ts'

function nodes(ctx: RuleContext, cluster: Record<string, unknown>, path: Path) {
  const list = asArray(cluster.nodes)
  const masters = list.filter((n) =>
    [undefined, '', 'master'].includes(asRecord(n)?.role as string),
  ).length
  const sno = masters === 1
  list.forEach((nd, n) => {
    const node = asRecord(nd)
    if (!node) return
    const np = [...path, 'nodes', n]
    labels(ctx, nodeLabelSyntax, node.nodeLabels, [...np, 'nodeLabels'])
    if (node.cpuset !== undefined) {
      const cp = [...np, 'cpuset']
      if (!/^[0-9]+([-,][0-9]+)*$/.test(String(node.cpuset)))
        ctx.report(
          nodeCpusetFormat,
          cp,
          msg('cpuset "{{cpuset}}" must look like 0-1,40-41', { cpuset: show(node.cpuset) }),
        )
      ctx.report(
        nodeCpusetDeprecated,
        cp,
        msg(
          'cpuset is deprecated; use cpuPartitioningMode: AllNodes with PerformanceProfile.spec.cpu.reserved',
        ),
      )
      if (!sno)
        ctx.report(
          nodeCpusetNonSno,
          cp,
          msg('cpuset on {{p}} is ignored: the cluster is not SNO', {
            p: show(node.hostName ?? where(np)),
          }),
        )
    }
    asArray(node.diskPartition).forEach((dp, d) => {
      const dpp = [...np, 'diskPartition', d]
      if (!sno)
        ctx.report(
          nodeDiskPartitionSno,
          dpp,
          msg('ClusterType must be SNO to do disk partitioning using SiteConfig'),
        )
      asArray(asRecord(dp)?.partitions).forEach((pt, i) => {
        const part = asRecord(pt) ?? {}
        const pp = [...dpp, 'partitions', i]
        const mp = part.mount_point
        if (typeof mp !== 'string' || !mp)
          ctx.report(
            nodeDiskPartitionMountPoint,
            pp,
            msg('must provide a path for mount_point. e.g /var/path'),
          )
        else if (!mp.startsWith('/'))
          ctx.report(
            nodeDiskPartitionMountPoint,
            [...pp, 'mount_point'],
            msg('path must be absolute mount_point. e.g /var/path'),
          )
        if (typeof part.start !== 'number' || part.start < 25000)
          ctx.report(
            nodeDiskPartitionStart,
            [...pp, 'start'],
            msg('start value too small. must be over 25000'),
          )
        if (typeof part.size !== 'number' || part.size <= 0)
          ctx.report(
            nodeDiskPartitionSize,
            [...pp, 'size'],
            msg('choose an appropriate partition size. must be greater than 0'),
          )
      })
    })
    const net = asRecord(node.nodeNetwork)
    if (net?.config !== undefined && net.config !== null) {
      const ifs = asArray(net.interfaces)
      if (!ifs.length)
        ctx.report(
          nodeNetworkInterfaces,
          [...np, 'nodeNetwork'],
          msg('{{where}}.nodeNetwork has a config but no interfaces (name → macAddress)', {
            where: where(np),
          }),
        )
      ifs.forEach((f, i) => {
        const r = asRecord(f)
        for (const k of ['name', 'macAddress'])
          if (!r?.[k])
            ctx.report(
              nodeNetworkInterfaces,
              [...np, 'nodeNetwork', 'interfaces', i],
              msg('{{where}}.{{k}} is required', {
                where: where([...np, 'nodeNetwork', 'interfaces', i]),
                k,
              }),
            )
      })
    }
  })
}

export const nodeLayoutRules: Check = (ctx) => {
  for (const { cluster, path } of clustersOf(ctx.data, ctx.model)) nodes(ctx, cluster, path)
}
