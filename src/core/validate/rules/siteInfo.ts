/** site- notes (info): nothing here blocks a deployment. */
import { getIn } from '../../document/path.ts'
import { clustersOf, name, show } from '../context.ts'
import type { Check } from '../context.ts'
import { siteDeprecatedApi, siteMetadataNamespace, siteSshPrivateKeyRef } from './site.ts'

export const siteInfoRule: Check = (ctx) => {
  ctx.report(
    siteDeprecatedApi,
    ['apiVersion'],
    'SiteConfig is deprecated since OCP 4.18 (no generator from 4.21); consider converting to ClusterInstance',
  )
  const ns = getIn(ctx.data, ['metadata', 'namespace'])
  const names = clustersOf(ctx.data).map(({ cluster }) => name(cluster.clusterName, '?'))
  // the same name as the cluster changes nothing; a different one misleads about where secrets go
  if (typeof ns === 'string' && !names.every((n) => n === ns)) {
    ctx.report(
      siteMetadataNamespace,
      ['metadata', 'namespace'],
      `metadata.namespace "${show(ns)}" is not used; every CR goes into the namespace named after clusterName (${names.join(', ') || 'none yet'}), where the BMC and pull secrets must already exist`,
    )
  }
  if (getIn(ctx.data, ['spec', 'sshPrivateKeySecretRef']) !== undefined)
    ctx.report(
      siteSshPrivateKeyRef,
      ['spec', 'sshPrivateKeySecretRef'],
      'sshPrivateKeySecretRef is not used by any generated CR',
    )
}
