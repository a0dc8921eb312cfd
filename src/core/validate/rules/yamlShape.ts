/** yaml- rules on the document's shape: one document, spec.clusters a list of mappings, nodes too. */
import { asArray, asRecord } from '../context.ts'
import type { Check } from '../context.ts'
import { siteConfigModel as model } from '../../site/siteModel.ts'
import { yamlParse, yamlSingleDocument } from './yaml.ts'

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
      `File has ${others} YAML documents; siteconfig-generator reads only the first (${ctx.file.site === 0 ? 'the SiteConfig' : `kind: ${kinds[0]}`}); also here: ${kinds.join(', ')}`,
    )
  }
}

/** a wrong shape stops the other rules: they walk only lists of mappings */
export const yamlShapeRule: Check = (ctx) => {
  const spec = ctx.data.spec
  if (spec === undefined) return // siteShapeRule reports it
  if (!asRecord(spec))
    return ctx.report(yamlParse, ['spec'], `spec must be a mapping, got ${kindOf(spec)}`)
  const clusters = (spec as Record<string, unknown>).clusters
  if (clusters !== undefined && clusters !== null && !Array.isArray(clusters))
    ctx.report(
      yamlParse,
      model.clusters,
      `spec.clusters must be a list, got ${kindOf(clusters)} (write each cluster as "- clusterName: …")`,
    )
  asArray(clusters).forEach((cl, c) => {
    if (!asRecord(cl))
      ctx.report(
        yamlParse,
        model.cluster(c),
        `spec.clusters[${c}] must be a mapping, got ${kindOf(cl)}`,
      )
    const nodes = asRecord(cl)?.nodes
    if (nodes !== undefined && nodes !== null && !Array.isArray(nodes))
      ctx.report(
        yamlParse,
        model.nodes(c),
        `clusters[${c}].nodes must be a list, got ${kindOf(nodes)} (write each node as "- hostName: …")`,
      )
    asArray(nodes).forEach((nd, n) => {
      if (!asRecord(nd))
        ctx.report(
          yamlParse,
          model.node(c, n),
          `clusters[${c}].nodes[${n}] must be a mapping, got ${kindOf(nd)}`,
        )
    })
  })
}
