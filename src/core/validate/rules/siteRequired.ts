/** site- rules on the header and the required site fields. */
import { asRecord, clustersOf, name, show } from '../context.ts'
import type { Check, RuleContext } from '../context.ts'
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
const CI_API = 'siteconfig.open-cluster-management.io/v1alpha1'

export const siteHeaderRule: Check = (ctx) => {
  const { apiVersion, kind, metadata } = ctx.data
  if (ctx.kind === 'ClusterInstance') ciHeader(ctx, apiVersion, kind)
  else {
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
  }
  if (!asRecord(metadata)?.name)
    ctx.report(siteMetadataName, ['metadata', 'name'], msg('metadata.name is required'))
}

function ciHeader(ctx: RuleContext, apiVersion: unknown, kind: unknown) {
  if (apiVersion !== CI_API)
    ctx.report(
      siteApiVersion,
      ['apiVersion'],
      msg('apiVersion {{apiVersion}} is not the ClusterInstance API; use {{api}}', {
        apiVersion: show(JSON.stringify(apiVersion ?? null)),
        api: CI_API,
      }),
    )
  if (kind !== 'ClusterInstance')
    ctx.report(
      siteKind,
      ['kind'],
      msg('kind must be "ClusterInstance" (got {{p}})', {
        p: show(JSON.stringify(kind ?? null)),
      }),
    )
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
  if (ctx.kind === 'ClusterInstance') {
    if (!spec.clusterImageSetNameRef)
      ctx.report(
        siteImageSetRef,
        ['spec', 'clusterImageSetNameRef'],
        msg(
          'spec.clusterImageSetNameRef is required: the ClusterImageSet of the release to install',
        ),
      )
    return
  }
  for (const { c, cluster, path } of clustersOf(ctx.data, ctx.model))
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
