/** cluster-ci-topology: the ClusterInstance webhook's templateRefs and control-plane count rules. */
import { asArray, asRecord, nodesIn, where, show } from '../context.ts'
import type { Check, NodeRef } from '../context.ts'
import { clusterCiTopology } from './cluster.ts'
import { msg } from '../../messages/message.ts'

/** node counts by role; a node without a role is a master (the CRD's default) */
export function roleCounts(nodes: readonly NodeRef[]) {
  const of = (r: string) =>
    nodes.filter(
      ({ node }) => (node.role === undefined || node.role === '' ? 'master' : node.role) === r,
    )
  return { masters: of('master').length, workers: of('worker').length, arbiters: of('arbiter') }
}

const hasRefs = (v: unknown) => asArray(v).some((r) => asRecord(r))

export const clusterTopologyRule: Check = (ctx) => {
  const spec = asRecord(ctx.data.spec)
  if (!spec) return
  if (!hasRefs(spec.templateRefs))
    ctx.report(
      clusterCiTopology,
      spec.templateRefs === undefined ? ['spec'] : ['spec', 'templateRefs'],
      msg(
        'missing cluster-level template reference: spec.templateRefs names the cluster templates (e.g. ai-cluster-templates-v1)',
      ),
    )
  const nodes = nodesIn(ctx)
  for (const { node, path } of nodes)
    if (!hasRefs(node.templateRefs))
      ctx.report(
        clusterCiTopology,
        node.templateRefs === undefined ? path : [...path, 'templateRefs'],
        msg('missing node-level template reference for node {{p}}', {
          p: show(JSON.stringify(node.hostName ?? '')),
        }),
      )
  const { masters, arbiters } = roleCounts(nodes)
  const type = spec.clusterType
  const at = ['spec', 'clusterType']
  if (type === 'SNO' && masters !== 1)
    ctx.report(
      clusterCiTopology,
      at,
      msg('clusterType SNO needs exactly 1 control-plane agent (counted {{n}})', { n: masters }),
    )
  if (type === 'HostedControlPlane' && masters > 0)
    ctx.report(
      clusterCiTopology,
      at,
      msg(
        'clusterType HostedControlPlane takes no control-plane agents (counted {{n}}): its control plane runs on the hub; give the nodes role worker',
        { n: masters },
      ),
    )
  if (type === 'HighlyAvailableArbiter' && (arbiters.length < 1 || masters < 2))
    ctx.report(
      clusterCiTopology,
      at,
      msg(
        'clusterType HighlyAvailableArbiter needs at least 1 arbiter and 2 control-plane agents (counted {{a}} and {{n}})',
        { a: arbiters.length, n: masters },
      ),
    )
  if (type !== 'HighlyAvailableArbiter')
    for (const { path } of arbiters)
      ctx.report(
        clusterCiTopology,
        [...path, 'role'],
        msg('{{where}}: arbiter nodes are only allowed with clusterType HighlyAvailableArbiter', {
          where: where([...path, 'role']),
        }),
      )
}
