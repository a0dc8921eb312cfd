/** site- notes (info): nothing here blocks a deployment. */
import { getIn } from '../../document/path.ts'
import { clustersOf, name, show } from '../context.ts'
import type { Check } from '../context.ts'
import { siteDeprecatedApi, siteMetadataNamespace, siteSshPrivateKeyRef } from './site.ts'
import { msg } from '../../messages/message.ts'

export const siteInfoRule: Check = (ctx) => {
  ctx.report(
    siteDeprecatedApi,
    ['apiVersion'],
    msg(
      'SiteConfig is deprecated since OCP 4.18 (no generator from 4.21); consider converting to ClusterInstance',
    ),
  )
  const ns = getIn(ctx.data, ['metadata', 'namespace'])
  const names = clustersOf(ctx.data, ctx.model).map(({ cluster }) => name(cluster.clusterName, '?'))
  // the same name as the cluster changes nothing; a different one misleads about where secrets go
  if (typeof ns === 'string' && !names.every((n) => n === ns)) {
    ctx.report(
      siteMetadataNamespace,
      ['metadata', 'namespace'],
      msg(
        'metadata.namespace "{{ns}}" is not used; every CR goes into the namespace named after clusterName ({{names}}), where the BMC and pull secrets must already exist',
        { ns: show(ns), names: names.join(', ') || msg('none yet') },
      ),
    )
  }
  if (getIn(ctx.data, ['spec', 'sshPrivateKeySecretRef']) !== undefined)
    ctx.report(
      siteSshPrivateKeyRef,
      ['spec', 'sshPrivateKeySecretRef'],
      msg('sshPrivateKeySecretRef is not used by any generated CR'),
    )
}
