/**
 * ClusterInstance's extraAnnotations / extraLabels (by kind) and suppressedManifests: the kinds
 * the operator's default templates render (a custom template may render more: a warning only).
 */
import type { Path } from '../../document/path.ts'
import { asArray, asRecord, clustersOf, name, nodesIn, where, show } from '../context.ts'
import type { Check, RuleContext } from '../context.ts'
import { nearestKey } from '../nearestKey.ts'
import { siteCrAnnotationsKind, siteCrSuppressionKind } from './site.ts'
import { bmhSuppressed } from './siteCrs.ts'
import { msg } from '../../messages/message.ts'
import type { Param } from '../../messages/message.ts'

// assisted-installer, image-based and hosted-control-plane default templates, both levels
const RENDERED = [
  'AgentClusterInstall',
  'ClusterDeployment',
  'ManagedCluster',
  'KlusterletAddonConfig',
  'ImageClusterInstall',
  'HostedCluster',
  'NodePool',
  'InfraEnv',
  'BareMetalHost',
  'NMStateConfig',
  'HostFirmwareSettings',
  'ConfigMap',
  'Secret',
]

const hint = (k: string) => {
  const n = nearestKey(k, RENDERED)
  return n ? msg('; did you mean {{p}}?', { p: JSON.stringify(n) }) : ''
}

function byKind(ctx: RuleContext, owner: Record<string, unknown>, path: Path) {
  for (const key of ['extraAnnotations', 'extraLabels'])
    for (const k of Object.keys(asRecord(owner[key]) ?? {}))
      if (!RENDERED.includes(k))
        ctx.report(
          siteCrAnnotationsKind,
          [...path, key, k],
          msg('{{where}}: {{k}} is no kind the default templates render{{p}}', {
            where: where([...path, key]),
            k: show(JSON.stringify(k)),
            p: hint(k),
          }),
        )
}

function suppressed(ctx: RuleContext, owner: Record<string, unknown>, path: Path, host: Param) {
  asArray(owner.suppressedManifests).forEach((k, i) => {
    const at = [...path, 'suppressedManifests', i]
    if (typeof k !== 'string') return
    if (!RENDERED.includes(k))
      ctx.report(
        siteCrSuppressionKind,
        at,
        msg('{{where}}: {{k}} is no kind the default templates render{{p}}', {
          where: where(at),
          k: show(JSON.stringify(k)),
          p: hint(k),
        }),
      )
    else if (k === 'BareMetalHost') bmhSuppressed(ctx, at, host)
  })
}

export const ciKindRules: Check = (ctx) => {
  for (const { cluster, path } of clustersOf(ctx.data, ctx.model)) {
    byKind(ctx, cluster, path)
    suppressed(ctx, cluster, path, msg('every host of the cluster'))
  }
  for (const { node, path } of nodesIn(ctx)) {
    byKind(ctx, node, path)
    suppressed(ctx, node, path, name(node.hostName, where(path)))
  }
}
