/** crTemplates / crAnnotations / crSuppression: which kinds each level may name (the generator's lists). */
import type { Path } from '../../document/path.ts'
import { ALL_KINDS, CLUSTER_KINDS as CLUSTER_ONLY, NODE_KINDS } from '../../schema/kinds.ts'
import { asArray, asRecord, clustersOf, name, nodesIn, where, show } from '../context.ts'
import type { Check, RuleContext } from '../context.ts'
import { nearestKey } from '../nearestKey.ts'
import {
  siteBmhSuppression,
  siteCrAnnotationsKind,
  siteCrAnnotationsShadowing,
  siteCrSuppressionKind,
  siteCrTemplateKind,
} from './site.ts'
import { msg } from '../../messages/message.ts'
import type { Param } from '../../messages/message.ts'

type Level = 'site' | 'cluster' | 'node'
const templateKinds = (l: Level) => (l === 'node' ? NODE_KINDS : ALL_KINDS)
const hint = (k: string, known: string[]) => {
  const n = nearestKey(k, known)
  return n ? `; did you mean "${show(n)}"?` : ''
}

function templates(
  ctx: RuleContext,
  level: Level,
  owner: Record<string, unknown>,
  path: Path,
): void {
  const kinds = templateKinds(level)
  for (const k of Object.keys(asRecord(owner.crTemplates) ?? {}))
    if (!kinds.includes(k))
      ctx.report(
        siteCrTemplateKind,
        [...path, 'crTemplates', k],
        msg(
          '{{where}}: "{{k}}" is not a valid CR type to override at {{level}} level ({{p}}){{p2}}',
          {
            where: where([...path, 'crTemplates']),
            k: show(k),
            level,
            p: kinds.join(', '),
            p2: hint(k, kinds),
          },
        ),
      )
}

function annotations(
  ctx: RuleContext,
  level: Level,
  owner: Record<string, unknown>,
  path: Path,
): void {
  const ann = asRecord(owner.crAnnotations)
  if (!ann) return
  const kinds = templateKinds(level)
  for (const [action, v] of Object.entries(ann)) {
    if (action !== 'add') {
      ctx.report(
        siteCrAnnotationsKind,
        [...path, 'crAnnotations', action],
        msg('{{where}}: only the "add" action exists; "{{action}}" is ignored', {
          where: where([...path, 'crAnnotations']),
          action: show(action),
        }),
      )
      continue
    }
    for (const k of Object.keys(asRecord(v) ?? {}))
      if (!kinds.includes(k))
        ctx.report(
          siteCrAnnotationsKind,
          [...path, 'crAnnotations', 'add', k],
          msg('{{where}}."{{k}}" matches no CR generated at {{level}} level{{p}}', {
            where: where([...path, 'crAnnotations', 'add']),
            k: show(k),
            level,
            p: hint(k, kinds),
          }),
        )
  }
}

function suppression(
  ctx: RuleContext,
  level: 'cluster' | 'node',
  owner: Record<string, unknown>,
  path: Path,
  host?: string,
): void {
  const kinds = level === 'node' ? NODE_KINDS : CLUSTER_ONLY
  asArray(owner.crSuppression).forEach((k, i) => {
    const at = [...path, 'crSuppression', i]
    if (typeof k !== 'string') return
    if (level === 'cluster' && NODE_KINDS.includes(k))
      ctx.report(
        siteCrSuppressionKind,
        at,
        msg('{{where}} "{{k}}" has no effect at cluster level; use nodes[].crSuppression', {
          where: where(at),
          k: show(k),
        }),
      )
    else if (!kinds.includes(k))
      ctx.report(
        siteCrSuppressionKind,
        at,
        msg('{{where}} "{{k}}" is not a CR generated at {{level}} level ({{p}}){{p2}}', {
          where: where(at),
          k: show(k),
          level,
          p: kinds.join(', '),
          p2: hint(k, kinds),
        }),
      )
    else if (k === 'BareMetalHost') bmhSuppressed(ctx, at, host ?? 'this node')
  })
}

/** suppressing a BareMetalHost deprovisions it: said for SiteConfig and ClusterInstance alike */
export function bmhSuppressed(ctx: RuleContext, at: Path, host: Param): void {
  ctx.report(
    siteBmhSuppression,
    at,
    msg('Suppressing BareMetalHost for {{p}} deprovisions this host (the worker-deletion flow)', {
      p: host,
    }),
  )
}

/** A lower level's crAnnotations entry for a kind replaces the higher level's one entirely. */
function shadowing(
  ctx: RuleContext,
  lower: Record<string, unknown>,
  path: Path,
  higher: Array<[Record<string, unknown>, string]>,
): void {
  for (const k of Object.keys(asRecord(asRecord(lower.crAnnotations)?.add) ?? {})) {
    const hidden = higher.find(([o]) => asRecord(asRecord(o.crAnnotations)?.add)?.[k] !== undefined)
    if (hidden)
      ctx.report(
        siteCrAnnotationsShadowing,
        [...path, 'crAnnotations', 'add', k],
        msg('{{where}} hides the {{p}} {{k}} annotations (levels are not merged)', {
          where: where([...path, 'crAnnotations', 'add', k]),
          p: hidden[1],
          k,
        }),
      )
  }
}

export const crRules: Check = (ctx) => {
  const spec = asRecord(ctx.data.spec) ?? {}
  templates(ctx, 'site', spec, ['spec'])
  annotations(ctx, 'site', spec, ['spec'])
  for (const { cluster, path } of clustersOf(ctx.data, ctx.model)) {
    templates(ctx, 'cluster', cluster, path)
    annotations(ctx, 'cluster', cluster, path)
    suppression(ctx, 'cluster', cluster, path)
    shadowing(ctx, cluster, path, [[spec, 'site-level']])
  }
  for (const { cluster, node, path, c } of nodesIn(ctx)) {
    templates(ctx, 'node', node, path)
    annotations(ctx, 'node', node, path)
    suppression(ctx, 'node', node, path, name(node.hostName, where(path)))
    shadowing(ctx, node, path, [
      [cluster, `cluster-level (clusters[${c}])`],
      [spec, 'site-level'],
    ])
  }
}
