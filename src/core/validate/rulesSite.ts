/** Document shape, header and required fields (yaml-, site-, cluster- rules). */
import { asArray, asRecord, clustersOf, name, show } from './context.ts'
import type { Check } from './context.ts'
import { siteConfigModel as model } from '../site/siteModel.ts'
import { clusterMasterCount, clusterNameRequired, clusterNameUnique } from './rules/cluster.ts'
import {
  siteApiVersion,
  siteBaseDomain,
  siteClustersPresent,
  siteImageSetRef,
  siteKind,
  siteMetadataName,
  sitePullSecretRef,
} from './rules/site.ts'
import { yamlParse, yamlSingleDocument } from './rules/yaml.ts'

const API_VERSIONS = ['ran.openshift.io/v1', 'ran.openshift.io/v2']

function kindOf(v: unknown): string {
  if (Array.isArray(v)) return 'a list'
  if (v === null) return 'empty'
  return typeof v === 'object' ? 'a mapping' : `a ${typeof v}`
}

/** spec.clusters must be a list of mappings, nodes too; a wrong shape stops the other rules. */
export const shapeRule: Check = (ctx) => {
  const spec = ctx.data.spec
  if (spec === undefined)
    return ctx.report(
      siteClustersPresent,
      ['spec'],
      'spec is missing: a SiteConfig needs spec.baseDomain, spec.pullSecretRef and spec.clusters',
    )
  if (!asRecord(spec))
    return ctx.report(yamlParse, ['spec'], `spec must be a mapping, got ${kindOf(spec)}`)
  const clusters = (spec as Record<string, unknown>).clusters
  if (
    clusters === undefined ||
    clusters === null ||
    (Array.isArray(clusters) && clusters.length === 0)
  )
    ctx.report(
      siteClustersPresent,
      model.clusters,
      'spec.clusters must contain at least one cluster',
    )
  else if (!Array.isArray(clusters))
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

export const headerRule: Check = (ctx) => {
  const { apiVersion, kind, metadata } = ctx.data
  if (typeof apiVersion !== 'string' || !API_VERSIONS.includes(apiVersion))
    ctx.report(
      siteApiVersion,
      ['apiVersion'],
      apiVersion === undefined
        ? 'apiVersion is missing; use ran.openshift.io/v1 or ran.openshift.io/v2'
        : `Not valid siteConfig ApiVersion ${show(apiVersion)}; use ran.openshift.io/v1 or ran.openshift.io/v2`,
    )
  if (kind !== 'SiteConfig')
    ctx.report(
      siteKind,
      ['kind'],
      kind === undefined
        ? 'kind is missing; it must be "SiteConfig"'
        : `kind must be "SiteConfig" (got ${show(JSON.stringify(kind))})`,
    )
  if (!asRecord(metadata)?.name)
    ctx.report(siteMetadataName, ['metadata', 'name'], 'metadata.name is required')
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

export const requiredRule: Check = (ctx) => {
  const spec = asRecord(ctx.data.spec)
  if (!spec) return
  if (!spec.baseDomain)
    ctx.report(
      siteBaseDomain,
      ['spec', 'baseDomain'],
      'spec.baseDomain is required (e.g. example.com)',
    )
  if (!asRecord(spec.pullSecretRef)?.name)
    ctx.report(
      sitePullSecretRef,
      ['spec', 'pullSecretRef', 'name'],
      'spec.pullSecretRef.name is required: the Secret holding the pull secret in each cluster namespace',
    )
  const site = String(asRecord(ctx.data.metadata)?.name ?? '')
  const seen = new Map<string, number>()
  for (const { c, cluster, path } of clustersOf(ctx.data)) {
    const cname = cluster.clusterName
    if (!cname)
      ctx.report(
        clusterNameRequired,
        [...path, 'clusterName'],
        `Missing cluster name at site ${site || '(unnamed)'}: clusters[${c}].clusterName is required`,
      )
    else {
      const first = seen.get(String(cname))
      if (first !== undefined)
        ctx.report(
          clusterNameUnique,
          [...path, 'clusterName'],
          `Repeated Cluster Name ${site}/${show(cname)}: clusters[${first}] and clusters[${c}] share it`,
        )
      else seen.set(String(cname), c)
    }
    if (!spec.clusterImageSetNameRef && !cluster.clusterImageSetNameRef)
      ctx.report(
        siteImageSetRef,
        [...path, 'clusterImageSetNameRef'],
        `Site and cluster clusterImageSetNameRef cannot be empty ${site}/${name(cname, `clusters[${c}]`)}: set it on the site or the cluster`,
      )
    const nodes = asArray(cluster.nodes).map(asRecord)
    const masters = nodes.filter(
      (n) => n && (n.role === undefined || n.role === '' || n.role === 'master'),
    ).length
    if (masters === 0)
      ctx.report(
        clusterMasterCount,
        [...path, 'nodes'],
        `Number of masters (counted 0) must be 1 or more in cluster ${name(cname, `clusters[${c}]`)}`,
      )
  }
}
