/** yaml- rules on the document's shape: one document, spec.clusters a list of mappings, nodes too. */
import { asArray, asRecord } from '../context.ts'
import type { Check, RuleContext } from '../context.ts'
import { siteConfigModel as model } from '../../site/siteModel.ts'
import { yamlParse, yamlSingleDocument } from './yaml.ts'
import { msg } from '../../messages/message.ts'

function kindOf(v: unknown): string {
  if (Array.isArray(v)) return 'a list'
  if (v === null) return 'empty'
  return typeof v === 'object' ? 'a mapping' : `a ${typeof v}`
}

export const yamlDocumentRule: Check = (ctx) => {
  const others = ctx.file.docs.length
  if (others > 1) {
    const kinds = ctx.file.docs
      .filter((_, i) => i !== ctx.file.site)
      .map((d) => String(asRecord(d.data)?.kind ?? 'unknown'))
    ctx.report(
      yamlSingleDocument,
      [],
      msg(
        'File has {{others}} YAML documents; siteconfig-generator reads only the first ({{first}}); also here: {{kinds}}',
        {
          others,
          first: ctx.file.site === 0 ? msg('the SiteConfig') : `kind: ${kinds[0]}`,
          kinds,
        },
      ),
    )
  }
}

/** a wrong shape stops the other rules: they walk only lists of mappings */
export const yamlShapeRule: Check = (ctx) => {
  const spec = ctx.data.spec
  if (spec === undefined) return // siteShapeRule reports it
  if (!asRecord(spec))
    return ctx.report(
      yamlParse,
      ['spec'],
      msg('spec must be a mapping, got {{p}}', { p: kindOf(spec) }),
    )
  if (ctx.kind === 'ClusterInstance')
    return ciNodesShape(ctx, (spec as Record<string, unknown>).nodes)
  const clusters = (spec as Record<string, unknown>).clusters
  if (clusters !== undefined && clusters !== null && !Array.isArray(clusters))
    ctx.report(
      yamlParse,
      model.clusters,
      msg('spec.clusters must be a list, got {{p}} (write each cluster as "- clusterName: …")', {
        p: kindOf(clusters),
      }),
    )
  asArray(clusters).forEach((cl, c) => {
    if (!asRecord(cl))
      ctx.report(
        yamlParse,
        model.cluster(c),
        msg('spec.clusters[{{c}}] must be a mapping, got {{p}}', { c, p: kindOf(cl) }),
      )
    const nodes = asRecord(cl)?.nodes
    if (nodes !== undefined && nodes !== null && !Array.isArray(nodes))
      ctx.report(
        yamlParse,
        model.nodes(c),
        msg(
          'clusters[{{c}}].nodes must be a list, got {{p}} (write each node as "- hostName: …")',
          { c, p: kindOf(nodes) },
        ),
      )
    asArray(nodes).forEach((nd, n) => {
      if (!asRecord(nd))
        ctx.report(
          yamlParse,
          model.node(c, n),
          msg('clusters[{{c}}].nodes[{{n}}] must be a mapping, got {{p}}', { c, n, p: kindOf(nd) }),
        )
    })
  })
}

/** a ClusterInstance's one cluster is spec: its nodes are spec.nodes[] */
function ciNodesShape(ctx: RuleContext, nodes: unknown) {
  const at = ctx.model.nodes(0)
  if (nodes !== undefined && nodes !== null && !Array.isArray(nodes))
    ctx.report(
      yamlParse,
      at,
      msg('spec.nodes must be a list, got {{p}} (write each node as "- hostName: …")', {
        p: kindOf(nodes),
      }),
    )
  asArray(nodes).forEach((nd, n) => {
    if (!asRecord(nd))
      ctx.report(
        yamlParse,
        ctx.model.node(0, n),
        msg('spec.nodes[{{n}}] must be a mapping, got {{p}}', { n, p: kindOf(nd) }),
      )
  })
}
