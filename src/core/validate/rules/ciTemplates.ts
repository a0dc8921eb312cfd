/** ci- rules on what the templates render: clusterType against the roles, fields they ignore. */
import type { Path } from '../../document/path.ts'
import { asArray, asRecord, nodesIn, where } from '../context.ts'
import type { Check, NodeRef, RuleContext } from '../context.ts'
import { ciClusterType, ciTemplateIgnored, ciTemplateName } from './ci.ts'
import { nearestKey } from '../nearestKey.ts'
import { roleCounts } from './clusterTopology.ts'
import { msg } from '../../messages/message.ts'

// the operator's default cluster templates; a custom template may render diskEncryption
const DEFAULT_CLUSTER_TEMPLATES = ['ai-cluster-templates-v1', 'ibi-cluster-templates-v1']
const DEFAULT_TEMPLATES = [
  ...DEFAULT_CLUSTER_TEMPLATES,
  'ai-node-templates-v1',
  'ibi-node-templates-v1',
]
const PRECACHE_FIELDS = ['ignitionConfigOverride', 'installerArgs'] as const

const refNames = (v: unknown) =>
  asArray(v).flatMap((r) => {
    const n = asRecord(r)?.name
    return typeof n === 'string' ? [n.trim()] : []
  })

/** the type the roles call for */
function typeFor(masters: number, arbiters: number): string {
  if (masters === 0) return 'HostedControlPlane'
  if (masters === 1) return 'SNO'
  return arbiters > 0 ? 'HighlyAvailableArbiter' : 'HighlyAvailable'
}

function clusterType(ctx: RuleContext, spec: Record<string, unknown>, nodes: readonly NodeRef[]) {
  const { masters, workers, arbiters } = roleCounts(nodes)
  if (!nodes.length) return // nothing to count (ci-required asks for the nodes)
  const want = typeFor(masters, arbiters.length)
  const path = ['spec', 'clusterType']
  if (spec.clusterType === undefined || spec.clusterType === '')
    ctx.report(
      ciClusterType,
      spec.clusterType === undefined ? ['spec'] : path,
      msg(
        'clusterType is not set and has no default: with {{n}} control-plane agent(s) it should be {{want}} (only SNO renders workerAgents: 0)',
        { n: masters, want },
      ),
      undefined,
      { title: `Set clusterType: ${want}`, op: 'set', path, value: want },
    )
  else if (spec.clusterType === 'HighlyAvailable' && masters === 1)
    ctx.report(
      ciClusterType,
      path,
      msg(
        'clusterType HighlyAvailable contradicts the 1 control-plane agent: use SNO (with {{w}} worker(s) anything else renders workerAgents: {{w}})',
        { w: workers },
      ),
      undefined,
      { title: 'Set clusterType: SNO', op: 'set', path, value: 'SNO' },
    )
}

function ignored(ctx: RuleContext, spec: Record<string, unknown>, nodes: readonly NodeRef[]) {
  const cluster = refNames(spec.templateRefs)
  const de = asRecord(spec.diskEncryption)
  const encrypts = de && ((de.type !== undefined && de.type !== 'none') || asArray(de.tang).length)
  if (encrypts && cluster.length && cluster.every((n) => DEFAULT_CLUSTER_TEMPLATES.includes(n)))
    ctx.report(
      ciTemplateIgnored,
      ['spec', 'diskEncryption'],
      msg(
        'diskEncryption is not rendered by the default templates ({{p}}): the disks stay unencrypted unless a custom template or an extra-manifest MachineConfig does it',
        { p: cluster },
      ),
    )
  const ibi = [...cluster, ...nodes.flatMap(({ node }) => refNames(node.templateRefs))].find((n) =>
    n.startsWith('ibi-'),
  )
  if (!ibi) return
  const owners: Array<[Record<string, unknown>, Path]> = [
    [spec, ['spec']],
    ...nodes.map(({ node, path }): [Record<string, unknown>, Path] => [node, path]),
  ]
  for (const [owner, base] of owners)
    for (const k of PRECACHE_FIELDS) {
      const v = owner[k]
      if (v === undefined || v === null || v === '' || (k === 'installerArgs' && base.length < 2))
        continue
      ctx.report(
        ciTemplateIgnored,
        [...base, k],
        msg(
          '{{where}} is not rendered by the image-based install templates ({{p}}): IBI ignores ignitionConfigOverride and installerArgs, so pre-caching hooks there do nothing',
          { where: where([...base, k]), p: ibi },
        ),
      )
    }
}

/** a name a letter or two from a default template's is a typo of it */
function names(ctx: RuleContext, base: Path, refs: unknown) {
  asArray(refs).forEach((r, i) => {
    const n = asRecord(r)?.name
    if (typeof n !== 'string' || DEFAULT_TEMPLATES.includes(n)) return
    const near = nearestKey(n, DEFAULT_TEMPLATES)
    if (near)
      ctx.report(
        ciTemplateName,
        [...base, 'templateRefs', i, 'name'],
        msg('template {{p}} is not a default template; did you mean {{near}}?', {
          p: JSON.stringify(n),
          near,
        }),
        undefined,
        {
          title: `Use ${near}`,
          op: 'set',
          path: [...base, 'templateRefs', i, 'name'],
          value: near,
        },
      )
  })
}

export const ciTemplateRules: Check = (ctx) => {
  const spec = asRecord(ctx.data.spec)
  if (!spec) return
  const nodes = nodesIn(ctx)
  names(ctx, ['spec'], spec.templateRefs)
  for (const { node, path } of nodes) names(ctx, path, node.templateRefs)
  clusterType(ctx, spec, nodes)
  ignored(ctx, spec, nodes)
}
