/** cluster- rules on a cluster's own fields: JSON overrides, labels, disk encryption, manifests. */
import { parseJson } from '../../codecs/json.ts'
import type { Path } from '../../document/path.ts'
import { getIn } from '../../document/path.ts'
import { asArray, asRecord, clustersOf, where, show } from '../context.ts'
import type { Check, RuleContext } from '../context.ts'
import { labels } from '../labels.ts'
import { secretAtJsonError } from '../../codecs/jsonSecrets.ts'
import {
  clusterDiskEncryptionParams,
  clusterExtraManifestPath,
  clusterInstallConfigJson,
  clusterLabelSyntax,
  clusterManifestFilterList,
  clusterManifestFilterMode,
  clusterSiteConfigMapV1,
} from './cluster.ts'
import { msg } from '../../messages/message.ts'
import { ciJson } from '../ciJson.ts'

function installConfig(ctx: RuleContext, cluster: Record<string, unknown>, path: Path) {
  const v = cluster.installConfigOverrides
  if (v === undefined || v === null || v === '') return
  const p = [...path, 'installConfigOverrides']
  let parsed: unknown
  try {
    parsed = typeof v === 'string' ? parseJson(v) : undefined
  } catch (e) {
    // V8 quotes the text around the error: not when a pullSecret or sshKey is there
    const m = msg('Invalid json parameter set at installConfigOverride: {{error}}', {
      error: secretAtJsonError(String(v))
        ? msg(
            'a syntax error next to a secret member (pullSecret, sshKey); the text there is not shown',
          )
        : (e as Error).message,
    })
    return ctx.report(clusterInstallConfigJson, p, ciJson(ctx, p, m))
  }
  if (!asRecord(parsed))
    ctx.report(
      clusterInstallConfigJson,
      p,
      msg('{{where}} must be a string holding a JSON object', { where: where(p) }),
    )
}

function diskEncryption(ctx: RuleContext, cluster: Record<string, unknown>, path: Path) {
  const de = asRecord(cluster.diskEncryption)
  if (!de) return
  const p = [...path, 'diskEncryption']
  if (de.type === 'nbde') {
    const tang = asArray(de.tang)
    if (!tang.length)
      ctx.report(
        clusterDiskEncryptionParams,
        p,
        msg('diskEncryption.type is nbde but tang is empty'),
      )
    tang.forEach((t, i) => {
      const r = asRecord(t)
      if (!r?.url || !r?.thumbprint)
        ctx.report(
          clusterDiskEncryptionParams,
          [...p, 'tang', i],
          msg('{{where}} needs a url and a thumbprint', { where: where([...p, 'tang', i]) }),
        )
    })
  }
  if (de.type === 'tpm2') {
    const pcr = asRecord(de.tpm2)?.pcrList
    if (!pcr)
      ctx.report(
        clusterDiskEncryptionParams,
        p,
        msg('diskEncryption.type is tpm2 but tpm2.pcrList is not set (use "1,7")'),
      )
    else if (String(pcr).replace(/\s/g, '') !== '1,7')
      ctx.report(
        clusterDiskEncryptionParams.as('warning'),
        [...p, 'tpm2', 'pcrList'],
        msg('tpm2.pcrList "{{pcr}}": the docs require PCR 1 and 7 ("1,7")', { pcr: show(pcr) }),
      )
  }
}

function manifests(ctx: RuleContext, cluster: Record<string, unknown>, path: Path, v2: boolean) {
  const em = asRecord(cluster.extraManifests)
  const filter = asRecord(em?.filter)
  const mode = filter?.inclusionDefault
  const fp = [...path, 'extraManifests', 'filter']
  if (mode !== undefined && !['include', 'exclude'].includes(String(mode).toLowerCase()))
    ctx.report(
      clusterManifestFilterMode,
      [...fp, 'inclusionDefault'],
      msg(
        'acceptable values for inclusionDefault are include and exclude. You have entered {{mode}}',
        { mode: show(mode) },
      ),
    )
  const m = String(mode ?? 'include').toLowerCase()
  if (m === 'include' && asArray(filter?.include).length)
    ctx.report(
      clusterManifestFilterList,
      [...fp, 'include'],
      msg('when InclusionDefault is set to include, include list can not have entries'),
    )
  if (m === 'exclude' && asArray(filter?.exclude).length)
    ctx.report(
      clusterManifestFilterList,
      [...fp, 'exclude'],
      msg('when InclusionDefault is set to exclude, exclude list can not have entries'),
    )
  if (cluster.extraManifestPath !== undefined)
    ctx.report(
      clusterExtraManifestPath,
      [...path, 'extraManifestPath'],
      asArray(em?.searchPaths).length
        ? msg('extraManifestPath is ignored because extraManifests.searchPaths is set')
        : msg('extraManifestPath is deprecated; use extraManifests.searchPaths (OCP ≥ 4.14)'),
    )
  if (cluster.siteConfigMap !== undefined && !v2)
    ctx.report(
      clusterSiteConfigMapV1,
      [...path, 'siteConfigMap'],
      msg('siteConfigMap has no effect with ran.openshift.io/v1; switch to v2'),
    )
}

export const clusterRules: Check = (ctx) => {
  const v2 = ctx.data.apiVersion === 'ran.openshift.io/v2'
  for (const { cluster, path } of clustersOf(ctx.data, ctx.model)) {
    installConfig(ctx, cluster, path)
    // a ClusterInstance's ManagedCluster labels are extraLabels.ManagedCluster
    const lp =
      ctx.kind === 'ClusterInstance'
        ? [...path, 'extraLabels', 'ManagedCluster']
        : [...path, 'clusterLabels']
    labels(ctx, clusterLabelSyntax, getIn(ctx.data, lp), lp)
    diskEncryption(ctx, cluster, path)
    manifests(ctx, cluster, path, v2)
  }
}
