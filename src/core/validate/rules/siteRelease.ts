/** site-field-release: fields newer than the target ztp-site-generate release are silently ignored. */
import type { Path } from '../../document/path.ts'
import { getIn } from '../../document/path.ts'
import { asRecord, clustersOf, nodesIn, where } from '../context.ts'
import type { Check, RuleContext } from '../context.ts'
import { siteFieldRelease } from './site.ts'
import { msg } from '../../messages/message.ts'

// siteconfig-fields.md §10: the branch that added each key (paths relative to site, cluster or node)
const SINCE: Array<[string[], number]> = [
  [['biosConfigRef'], 11],
  [['diskPartition'], 11],
  [['mergeDefaultMachineConfigs'], 11],
  [['apiVIPs'], 12],
  [['ingressVIPs'], 12],
  [['installConfigOverrides'], 12],
  [['ironicInspect'], 12],
  [['cpuPartitioningMode'], 13],
  [['holdInstallation'], 13],
  [['crAnnotations'], 14],
  [['crSuppression'], 14],
  [['automatedCleaningMode'], 14],
  [['nodeLabels'], 14],
  [['extraManifests', 'searchPaths'], 14],
  [['siteConfigMap'], 15],
  [['diskEncryption', 'tpm2'], 16],
]

/** "4.14" → 14; undefined when no release is selected or it is not 4.x. */
export function releaseMinor(release: string | undefined): number | undefined {
  const m = release ? /^4\.(\d+)$/.exec(release.trim()) : null
  return m ? Number(m[1]) : undefined
}

function check(ctx: RuleContext, owner: Record<string, unknown>, path: Path, target: number): void {
  for (const [keys, since] of SINCE)
    if (since > target && getIn(owner, keys) !== undefined) {
      const at = [...path, ...keys]
      ctx.report(
        siteFieldRelease,
        at,
        msg(
          '{{where}} needs release 4.{{since}}+; on the selected 4.{{target}} it is silently ignored',
          { where: where(at), since, target },
        ),
      )
    }
}

export const releaseRule: Check = (ctx) => {
  const target = releaseMinor(ctx.release)
  if (target === undefined) return
  if (target >= 21)
    ctx.report(
      siteFieldRelease,
      ['apiVersion'],
      msg(
        'release 4.{{target}} has no SiteConfig generator (removed in 4.21); use ClusterInstance',
        { target },
      ),
    )
  if (target < 15 && ctx.data.apiVersion === 'ran.openshift.io/v2')
    ctx.report(
      siteFieldRelease,
      ['apiVersion'],
      msg('ran.openshift.io/v2 needs release 4.15+; the selected 4.{{target}} does not know it', {
        target,
      }),
    )
  check(ctx, asRecord(ctx.data.spec) ?? {}, ['spec'], target)
  for (const { cluster, path } of clustersOf(ctx.data, ctx.model)) check(ctx, cluster, path, target)
  for (const { node, path } of nodesIn(ctx)) check(ctx, node, path, target)
}
