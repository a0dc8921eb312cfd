/** More cluster- and node- rules: JSON overrides, labels, disk encryption, manifests, cpuset, partitions. */
import { parseJson } from '../document/guard.ts'
import type { Path } from '../document/path.ts'
import { asArray, asRecord, clustersOf, where, show } from './context.ts'
import type { Check, RuleContext } from './context.ts'
import type { Rule } from './registry.ts'
import { secretAtJsonError } from '../codecs/jsonSecrets.ts'
import {
  clusterDiskEncryptionParams,
  clusterExtraManifestPath,
  clusterInstallConfigJson,
  clusterLabelSyntax,
  clusterManifestFilterList,
  clusterManifestFilterMode,
  clusterSiteConfigMapV1,
} from './rules/cluster.ts'
import {
  nodeCpusetDeprecated,
  nodeCpusetFormat,
  nodeCpusetNonSno,
  nodeDiskPartitionMountPoint,
  nodeDiskPartitionSize,
  nodeDiskPartitionSno,
  nodeDiskPartitionStart,
  nodeLabelSyntax,
  nodeNetworkInterfaces,
} from './rules/node.ts'

const LABEL_NAME = /^([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)$/
const DNS_SUBDOMAIN =
  /^(?=.{1,253}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/

function labels(ctx: RuleContext, rule: Rule, map: unknown, path: Path) {
  for (const [k, v] of Object.entries(asRecord(map) ?? {})) {
    const p = [...path, k]
    const slash = k.lastIndexOf('/')
    const [prefix, name] = slash < 0 ? ['', k] : [k.slice(0, slash), k.slice(slash + 1)]
    if (!LABEL_NAME.test(name) || (prefix && !DNS_SUBDOMAIN.test(prefix)))
      ctx.report(
        rule,
        p,
        `${where(path)} key "${show(k)}" is not a valid label key${name ? '' : ' (empty name)'}`,
      )
    const value = v === null || v === undefined ? '' : String(v)
    if (value && !LABEL_NAME.test(value))
      ctx.report(
        rule,
        p,
        `${where(p)} value "${show(value)}" is not a valid label value (≤ 63 of A-Z a-z 0-9 - _ ., alphanumeric at both ends)`,
      )
  }
}

function installConfig(ctx: RuleContext, cluster: Record<string, unknown>, path: Path) {
  const v = cluster.installConfigOverrides
  if (v === undefined || v === null || v === '') return
  const p = [...path, 'installConfigOverrides']
  let parsed: unknown
  try {
    parsed = typeof v === 'string' ? parseJson(v) : undefined
  } catch (e) {
    // V8 quotes the text around the error: not when a pullSecret or sshKey is there
    return ctx.report(
      clusterInstallConfigJson,
      p,
      `Invalid json parameter set at installConfigOverride: ${secretAtJsonError(String(v)) ? 'a syntax error next to a secret member (pullSecret, sshKey); the text there is not shown' : (e as Error).message}`,
    )
  }
  if (!asRecord(parsed))
    ctx.report(clusterInstallConfigJson, p, `${where(p)} must be a string holding a JSON object`)
}

function diskEncryption(ctx: RuleContext, cluster: Record<string, unknown>, path: Path) {
  const de = asRecord(cluster.diskEncryption)
  if (!de) return
  const p = [...path, 'diskEncryption']
  if (de.type === 'nbde') {
    const tang = asArray(de.tang)
    if (!tang.length)
      ctx.report(clusterDiskEncryptionParams, p, 'diskEncryption.type is nbde but tang is empty')
    tang.forEach((t, i) => {
      const r = asRecord(t)
      if (!r?.url || !r?.thumbprint)
        ctx.report(
          clusterDiskEncryptionParams,
          [...p, 'tang', i],
          `${where([...p, 'tang', i])} needs a url and a thumbprint`,
        )
    })
  }
  if (de.type === 'tpm2') {
    const pcr = asRecord(de.tpm2)?.pcrList
    if (!pcr)
      ctx.report(
        clusterDiskEncryptionParams,
        p,
        'diskEncryption.type is tpm2 but tpm2.pcrList is not set (use "1,7")',
      )
    else if (String(pcr).replace(/\s/g, '') !== '1,7')
      ctx.report(
        clusterDiskEncryptionParams.as('warning'),
        [...p, 'tpm2', 'pcrList'],
        `tpm2.pcrList "${show(pcr)}": the docs require PCR 1 and 7 ("1,7")`,
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
      `acceptable values for inclusionDefault are include and exclude. You have entered ${show(mode)}`,
    )
  const m = String(mode ?? 'include').toLowerCase()
  if (m === 'include' && asArray(filter?.include).length)
    ctx.report(
      clusterManifestFilterList,
      [...fp, 'include'],
      'when InclusionDefault is set to include, include list can not have entries',
    )
  if (m === 'exclude' && asArray(filter?.exclude).length)
    ctx.report(
      clusterManifestFilterList,
      [...fp, 'exclude'],
      'when InclusionDefault is set to exclude, exclude list can not have entries',
    )
  if (cluster.extraManifestPath !== undefined)
    ctx.report(
      clusterExtraManifestPath,
      [...path, 'extraManifestPath'],
      asArray(em?.searchPaths).length
        ? 'extraManifestPath is ignored because extraManifests.searchPaths is set'
        : 'extraManifestPath is deprecated; use extraManifests.searchPaths (OCP ≥ 4.14)',
    )
  if (cluster.siteConfigMap !== undefined && !v2)
    ctx.report(
      clusterSiteConfigMapV1,
      [...path, 'siteConfigMap'],
      'siteConfigMap has no effect with ran.openshift.io/v1; switch to v2',
    )
}

function nodes(ctx: RuleContext, cluster: Record<string, unknown>, path: Path) {
  const list = asArray(cluster.nodes)
  const masters = list.filter((n) =>
    [undefined, '', 'master'].includes(asRecord(n)?.role as string),
  ).length
  const sno = masters === 1
  list.forEach((nd, n) => {
    const node = asRecord(nd)
    if (!node) return
    const np = [...path, 'nodes', n]
    labels(ctx, nodeLabelSyntax, node.nodeLabels, [...np, 'nodeLabels'])
    if (node.cpuset !== undefined) {
      const cp = [...np, 'cpuset']
      if (!/^[0-9]+([-,][0-9]+)*$/.test(String(node.cpuset)))
        ctx.report(nodeCpusetFormat, cp, `cpuset "${show(node.cpuset)}" must look like 0-1,40-41`)
      ctx.report(
        nodeCpusetDeprecated,
        cp,
        'cpuset is deprecated; use cpuPartitioningMode: AllNodes with PerformanceProfile.spec.cpu.reserved',
      )
      if (!sno)
        ctx.report(
          nodeCpusetNonSno,
          cp,
          `cpuset on ${show(node.hostName ?? where(np))} is ignored: the cluster is not SNO`,
        )
    }
    asArray(node.diskPartition).forEach((dp, d) => {
      const dpp = [...np, 'diskPartition', d]
      if (!sno)
        ctx.report(
          nodeDiskPartitionSno,
          dpp,
          'ClusterType must be SNO to do disk partitioning using SiteConfig',
        )
      asArray(asRecord(dp)?.partitions).forEach((pt, i) => {
        const part = asRecord(pt) ?? {}
        const pp = [...dpp, 'partitions', i]
        const mp = part.mount_point
        if (typeof mp !== 'string' || !mp)
          ctx.report(
            nodeDiskPartitionMountPoint,
            pp,
            'must provide a path for mount_point. e.g /var/path',
          )
        else if (!mp.startsWith('/'))
          ctx.report(
            nodeDiskPartitionMountPoint,
            [...pp, 'mount_point'],
            'path must be absolute mount_point. e.g /var/path',
          )
        if (typeof part.start !== 'number' || part.start < 25000)
          ctx.report(
            nodeDiskPartitionStart,
            [...pp, 'start'],
            'start value too small. must be over 25000',
          )
        if (typeof part.size !== 'number' || part.size <= 0)
          ctx.report(
            nodeDiskPartitionSize,
            [...pp, 'size'],
            'choose an appropriate partition size. must be greater than 0',
          )
      })
    })
    const net = asRecord(node.nodeNetwork)
    if (net?.config !== undefined && net.config !== null) {
      const ifs = asArray(net.interfaces)
      if (!ifs.length)
        ctx.report(
          nodeNetworkInterfaces,
          [...np, 'nodeNetwork'],
          `${where(np)}.nodeNetwork has a config but no interfaces (name → macAddress)`,
        )
      ifs.forEach((f, i) => {
        const r = asRecord(f)
        for (const k of ['name', 'macAddress'])
          if (!r?.[k])
            ctx.report(
              nodeNetworkInterfaces,
              [...np, 'nodeNetwork', 'interfaces', i],
              `${where([...np, 'nodeNetwork', 'interfaces', i])}.${k} is required`,
            )
      })
    }
  })
}

export const clusterRules: Check = (ctx) => {
  const v2 = ctx.data.apiVersion === 'ran.openshift.io/v2'
  for (const { cluster, path } of clustersOf(ctx.data)) {
    installConfig(ctx, cluster, path)
    labels(ctx, clusterLabelSyntax, cluster.clusterLabels, [...path, 'clusterLabels'])
    diskEncryption(ctx, cluster, path)
    manifests(ctx, cluster, path, v2)
    nodes(ctx, cluster, path)
  }
}
