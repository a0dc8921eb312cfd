/**
 * ClusterInstance → what the operator's default assisted-installer templates render (SCO @ecff291
 * for ACM 2.14, release-2.13 for 2.13), with what the controller adds: extraLabels and
 * extraAnnotations by kind (the template's keys win), the owned-by label, and manifests suppressed.
 */
import { obj, str as s } from '../../convert/values.ts'
import type { Path } from '../../document/path.ts'
import { msg } from '../../messages/message.ts'
import { DEFAULT_ACM } from '../types.ts'
import type { Obj, RenderNote, RenderOptions, RenderResult, Resource } from '../types.ts'
import { clusterResources } from './cluster.ts'
import type { Built } from './cluster.ts'
import { bareMetalHost, infraEnv, nmStateConfig } from './nodes.ts'
import { customTemplates, required } from './checks.ts'

const OWNED_BY = 'siteconfig.open-cluster-management.io/owned-by'
const BMAC = 'bmac.agent-install.openshift.io/'

/** extraLabels / extraAnnotations of `kind` at `level`, added where the template has no such key */
function extras(body: Obj, kind: string, level: Obj, at: Path, r: Resource): void {
  const md = obj(body.metadata)
  for (const [key, into] of [
    ['extraLabels', 'labels'],
    ['extraAnnotations', 'annotations'],
  ] as const) {
    const add = obj(obj(level[key])[kind])
    if (!Object.keys(add).length) continue
    const target = obj((md[into] ??= {}))
    for (const [k, v] of Object.entries(add))
      if (!(k in target)) {
        target[k] = s(v)
        r.origins.push({ field: ['metadata', into, k], source: [...at, key, kind, k] })
      }
  }
}

function suppressed(kind: string, level: Obj): boolean {
  const list = Array.isArray(level.suppressedManifests) ? level.suppressedManifests.map(s) : []
  return list.includes(kind)
}

export function renderClusterInstance(data: Obj, options: RenderOptions = {}): RenderResult {
  const acm = options.acm ?? DEFAULT_ACM
  const spec = obj(data.spec)
  const md = obj(data.metadata)
  const notes: RenderNote[] = []
  const resources: Resource[] = []
  const clusterName = s(spec.clusterName)
  const owner = `${s(md.namespace)}_${s(md.name)}`
  required(spec, notes)
  const replaced = customTemplates(spec, notes)
  const nodes = (Array.isArray(spec.nodes) ? spec.nodes : []).map(obj)
  const add = (b: Built | undefined, node?: number) => {
    if (!b) return
    const level = node === undefined ? spec : nodes[node]!
    if (suppressed(b.kind, level) || (node !== undefined && suppressed(b.kind, spec))) {
      notes.push({
        severity: 'info',
        cluster: 0,
        ...(node !== undefined ? { node } : {}),
        path: [...(node === undefined ? ['spec'] : ['spec', 'nodes', node]), 'suppressedManifests'],
        message: msg('{{kind}} is in suppressedManifests: it is not rendered', { kind: b.kind }),
      })
      return
    }
    const meta = obj(b.body.metadata)
    const body: Obj = { apiVersion: b.apiVersion, kind: b.kind, ...b.body }
    const labels = obj((meta.labels ??= {}))
    labels[OWNED_BY] ??= owner
    const r: Resource = {
      apiVersion: b.apiVersion,
      kind: b.kind,
      name: s(meta.name),
      ...(meta.namespace !== undefined ? { namespace: s(meta.namespace) } : {}),
      cluster: 0,
      clusterName,
      ...(node !== undefined ? { node } : {}),
      body,
      origins: b.origins,
      precache: [],
    }
    extras(body, b.kind, spec, ['spec'], r)
    if (node !== undefined) extras(body, b.kind, level, ['spec', 'nodes', node], r)
    const ann = obj(meta.annotations)
    if (b.kind === 'InfraEnv')
      r.precache.push({ field: ['spec', 'ignitionConfigOverride'], role: 'clusterOverride' })
    if (`${BMAC}ignition-config-overrides` in ann)
      r.precache.push({
        field: ['metadata', 'annotations', `${BMAC}ignition-config-overrides`],
        role: 'nodeOverride',
      })
    if (`${BMAC}installer-args` in ann)
      r.precache.push({
        field: ['metadata', 'annotations', `${BMAC}installer-args`],
        role: 'installerArgs',
      })
    const by = replaced.get(b.kind)
    resources.push(by ? { ...r, replacedBy: by } : r)
  }
  const [aci, cd, mc, kac] = clusterResources(spec)
  add(aci)
  add(cd)
  if (acm === '2.13') add(infraEnv(spec, undefined, undefined, acm, notes))
  nodes.forEach((node, n) => {
    if (acm === '2.14') add(infraEnv(spec, node, n, acm, notes), n)
    add(nmStateConfig(spec, node, n, acm), n)
  })
  add(mc)
  add(kac)
  nodes.forEach((node, n) => add(bareMetalHost(spec, node, n, acm, notes), n))
  return {
    kind: 'ClusterInstance',
    resources,
    notes,
    failed: notes.some((x) => x.severity === 'error'),
  }
}
