/** site- rules on the header and the required site fields. */
import { asRecord, clustersOf, name, show } from '../context.ts'
import type { Check } from '../context.ts'
import { siteConfigModel as model } from '../../site/siteModel.ts'
import {
  siteApiVersion,
  siteBaseDomain,
  siteClustersPresent,
  siteImageSetRef,
  siteKind,
  siteMetadataName,
  sitePullSecretRef,
} from './site.ts'
import { msg } from '../../messages/message.ts'

const API_VERSIONS = ['ran.openshift.io/v1', 'ran.openshift.io/v2']

export const siteHeaderRule: Check = (ctx) => {
  const { apiVersion, kind, metadata } = ctx.data
  if (typeof apiVersion !== 'string' || !API_VERSIONS.includes(apiVersion))
    ctx.report(
      siteApiVersion,
      ['apiVersion'],
      apiVersion === undefined
        ? msg('apiVersion is missing; use ran.openshift.io/v1 or ran.openshift.io/v2')
        : msg(
            'Not valid siteConfig ApiVersion {{apiVersion}}; use ran.openshift.io/v1 or ran.openshift.io/v2',
            { apiVersion: show(apiVersion) },
          ),
    )
  if (kind !== 'SiteConfig')
    ctx.report(
      siteKind,
      ['kind'],
      kind === undefined
        ? msg('kind is missing; it must be "SiteConfig"')
        : msg('kind must be "SiteConfig" (got {{p}})', { p: show(JSON.stringify(kind)) }),
    )
  if (!asRecord(metadata)?.name)
    ctx.report(siteMetadataName, ['metadata', 'name'], msg('metadata.name is required'))
}

/** spec and spec.clusters are present (their shape is yamlShapeRule's) */
export const siteShapeRule: Check = (ctx) => {
  const spec = ctx.data.spec
  if (spec === undefined)
    return ctx.report(
      siteClustersPresent,
      ['spec'],
      msg(
        'spec is missing: a SiteConfig needs spec.baseDomain, spec.pullSecretRef and spec.clusters',
      ),
    )
  if (!asRecord(spec)) return
  const clusters = (spec as Record<string, unknown>).clusters
  if (
    clusters === undefined ||
    clusters === null ||
    (Array.isArray(clusters) && clusters.length === 0)
  )
    ctx.report(
      siteClustersPresent,
      model.clusters,
      msg('spec.clusters must contain at least one cluster'),
    )
}

export const siteRequiredRule: Check = (ctx) => {
  const spec = asRecord(ctx.data.spec)
  if (!spec) return
  if (!spec.baseDomain)
    ctx.report(
      siteBaseDomain,
      ['spec', 'baseDomain'],
      msg('spec.baseDomain is required (e.g. example.com)'),
    )
  if (!asRecord(spec.pullSecretRef)?.name)
    ctx.report(
      sitePullSecretRef,
      ['spec', 'pullSecretRef', 'name'],
      msg(
        'spec.pullSecretRef.name is required: the Secret holding the pull secret in each cluster namespace',
      ),
    )
}

/** runs between clusterNameRule and clusterMasterRule: a new cluster has all three at one place */
export const siteImageSetRule: Check = (ctx) => {
  const spec = asRecord(ctx.data.spec)
  if (!spec) return
  const site = String(asRecord(ctx.data.metadata)?.name ?? '')
  for (const { c, cluster, path } of clustersOf(ctx.data))
    if (!spec.clusterImageSetNameRef && !cluster.clusterImageSetNameRef)
      ctx.report(
        siteImageSetRef,
        [...path, 'clusterImageSetNameRef'],
        msg(
          'Site and cluster clusterImageSetNameRef cannot be empty {{site}}/{{p}}: set it on the site or the cluster',
          { site, p: name(cluster.clusterName, `clusters[${c}]`) },
        ),
      )
}
