/**
 * One SiteConfig cluster → one ClusterInstance (as plain data, keys in output order), with
 * upstream's field mapping, and clusterType from the masters rather than the node count.
 */
import type { Path } from '../document/path.ts'
import { notes } from './notes.ts'
import { isArbiter, isMaster, mapNode } from './mapNode.ts'
import type { TemplateRef } from './options.ts'
import { splitList } from './options.ts'
import { EXTRA_MANIFESTS_CM } from './types.ts'
import type { ConvertOptions, Note } from './types.ts'
import type { Obj } from './values.ts'
import {
  compact,
  kindMap,
  list,
  nonEmpty,
  nonEmptyList,
  obj,
  str,
  strList,
  strMap,
} from './values.ts'

export interface Refs {
  cluster: TemplateRef[]
  node: TemplateRef[]
}

/** SNO for one master, HighlyAvailableArbiter with an arbiter, else HighlyAvailable */
export function clusterTypeOf(nodes: unknown[]): string {
  if (nodes.some(isArbiter)) return 'HighlyAvailableArbiter'
  return nodes.filter(isMaster).length === 1 ? 'SNO' : 'HighlyAvailable'
}

function vips(one: unknown, many: unknown): string[] | undefined {
  if (list(many).length) return strList(many)
  return str(one) ? [str(one)] : undefined
}

function networks(cl: Obj): Obj {
  return {
    clusterNetwork: nonEmptyList(
      list(cl.clusterNetwork).map((n) =>
        compact({ cidr: str(obj(n).cidr), hostPrefix: Number(obj(n).hostPrefix) || undefined }),
      ),
    ),
    machineNetwork: nonEmptyList(list(cl.machineNetwork).map((n) => ({ cidr: str(obj(n).cidr) }))),
    serviceNetwork: nonEmptyList(strList(cl.serviceNetwork).map((cidr) => ({ cidr }))),
  }
}

function diskEncryption(v: unknown): Obj | undefined {
  const d = obj(v)
  if (!str(d.type)) return undefined
  const tang = list(d.tang).map((t) => ({
    url: str(obj(t).url),
    thumbprint: str(obj(t).thumbprint),
  }))
  return compact({ type: str(d.type), tang: nonEmptyList(tang) })
}

function proxy(v: unknown): Obj | undefined {
  const p = obj(v)
  const o = compact({
    httpProxy: nonEmpty(str(p.httpProxy)),
    httpsProxy: nonEmpty(str(p.httpsProxy)),
    noProxy: nonEmpty(str(p.noProxy)),
  })
  return Object.keys(o).length ? o : undefined
}

/** ours when it differs from upstream's, which counts nodes, not masters */
export function clusterTypeNote(cl: Obj, p: Path): Note | undefined {
  const nodes = list(cl.nodes)
  const type = clusterTypeOf(nodes)
  const upstream = nodes.length === 1 ? 'SNO' : 'HighlyAvailable'
  return type === upstream
    ? undefined
    : notes.clusterType(type, nodes.filter(isMaster).length, upstream, [...p, 'nodes'])
}

export function mapCluster(spec: Obj, cl: Obj, refs: Refs, o: ConvertOptions, source: string): Obj {
  const nodes = list(cl.nodes)
  const name = str(cl.clusterName)
  const labels = strMap(cl.clusterLabels)
  const manifestsRefs = [
    ...list(cl.manifestsConfigMapRefs).map((r) => ({ name: str(obj(r).name) })),
    ...splitList(o.extraManifestsRefs).map((n) => ({ name: n })),
    { name: EXTRA_MANIFESTS_CM },
  ]
  const suppressed = [...strList(cl.crSuppression), ...splitList(o.suppressedManifests)]
  return {
    apiVersion: 'siteconfig.open-cluster-management.io/v1alpha1',
    kind: 'ClusterInstance',
    metadata: {
      name,
      namespace: name,
      // upstream's key kept (tools look for it), without the time that made every run differ
      ...(source ? { annotations: { 'siteconfig-converter': `from ${source}` } } : {}),
    },
    spec: compact({
      baseDomain: str(spec.baseDomain),
      pullSecretRef: { name: str(obj(spec.pullSecretRef).name) },
      clusterImageSetNameRef: str(cl.clusterImageSetNameRef) || str(spec.clusterImageSetNameRef),
      sshPublicKey: str(spec.sshPublicKey),
      clusterName: name,
      extraLabels: labels ? { ManagedCluster: labels } : undefined,
      ...networks(cl),
      networkType: nonEmpty(str(cl.networkType)),
      additionalNTPSources: nonEmptyList(strList(cl.additionalNTPSources)),
      templateRefs: refs.cluster.map((r) => ({ ...r })),
      ignitionConfigOverride: nonEmpty(str(cl.ignitionConfigOverride)),
      nodes: nodes.map((n) => mapNode(obj(n), refs.node)),
      apiVIPs: vips(cl.apiVIP, cl.apiVIPs),
      clusterType: clusterTypeOf(nodes),
      cpuArchitecture: nonEmpty(str(cl.cpuArchitecture)),
      cpuPartitioningMode: nonEmpty(str(cl.cpuPartitioningMode)),
      diskEncryption: diskEncryption(cl.diskEncryption),
      extraAnnotations: kindMap(obj(cl.crAnnotations).add),
      extraManifestsRefs: manifestsRefs,
      holdInstallation: cl.holdInstallation === true ? true : undefined,
      ingressVIPs: vips(cl.ingressVIP, cl.ingressVIPs),
      installConfigOverrides: nonEmpty(str(cl.installConfigOverrides)),
      platformType: nonEmpty(str(cl.platformType)),
      proxy: proxy(cl.proxy),
      suppressedManifests: nonEmptyList(suppressed),
    }),
  }
}
