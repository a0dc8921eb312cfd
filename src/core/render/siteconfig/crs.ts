/**
 * One CR from one template: instantiate, apply the cluster's or node's crSuppression, crTemplates
 * (named, not read here), crAnnotations and the per-kind fix-ups the generator makes, then its
 * ztp annotations (siteConfigBuilder.go getClusterCRs, siteConfigHelper.go).
 */
import { siteConfigModel as model } from '../../site/siteModel.ts'
import type { Path } from '../../document/path.ts'
import { msg } from '../../messages/message.ts'
import type { Obj, Origin, Resource } from '../types.ts'
import { aztpEnabled } from './facts.ts'
import { fill } from './fill.ts'
import { extraManifestData } from './manifests.ts'
import { hostFirmware } from './hostFirmware.ts'
import type { Ctx } from './values.ts'
import { obj, resolver, str } from './values.ts'

const ZTP = 'ran.openshift.io/ztp-gitops-generated'
const WARN = 'ran.openshift.io/ztp-warning-field-deprecation'
const INSPECT = 'inspect.metal3.io'
const NODE_LABEL = 'bmac.agent-install.openshift.io.node-label'
const BMAC = 'bmac.agent-install.openshift.io/'

const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(str) : [])
const annotations = (cr: Obj): Obj => {
  const md = obj((cr.metadata ??= {}))
  return obj((md.annotations ??= {}))
}

/** the first of node → cluster → site that has `key[kind]`, with its path */
function search(
  levels: Array<[Obj, Path]>,
  key: string,
  kind: string,
): [unknown, Path] | undefined {
  for (const [o, p] of levels) {
    const m = obj(o[key])
    if (kind in m) return [m[kind], [...p, key, kind]]
  }
  return undefined
}
function searchAdd(levels: Array<[Obj, Path]>, kind: string): [Obj, Path] | undefined {
  for (const [o, p] of levels) {
    const add = obj(obj(o.crAnnotations).add)
    if (kind in add) return [obj(add[kind]), [...p, 'crAnnotations', 'add', kind]]
  }
  return undefined
}

function finish(cr: Obj, kind: string, ctx: Ctx, origins: Origin[], node?: number): Resource {
  const ann = annotations(cr)
  ann[ZTP] = '{}'
  const nodes = Array.isArray(ctx.cl.nodes) ? ctx.cl.nodes.map(obj) : []
  if (kind === 'AgentClusterInstall' && nodes.some((n) => str(n.cpuset)))
    ann[`${WARN}-cpuset`] =
      'cpuset will be deprecated after OCP 4.15, please use cpuPartitioningMode for OCP versions >= 4.14'
  if (kind === 'ConfigMap' && str(ctx.cl.extraManifestPath))
    ann[`${WARN}-extraManifestPath`] =
      'extraManifestPath will be deprecated after OCP 4.15, please use ExtraManifests.SearchPaths for OCP versions >= 4.14'
  const md = obj(cr.metadata)
  const precache: Resource['precache'] = []
  if (kind === 'InfraEnv' && obj(cr.spec).ignitionConfigOverride !== undefined)
    precache.push({ field: ['spec', 'ignitionConfigOverride'], role: 'clusterOverride' })
  if (kind === 'BareMetalHost') {
    if (`${BMAC}ignition-config-overrides` in ann)
      precache.push({
        field: ['metadata', 'annotations', `${BMAC}ignition-config-overrides`],
        role: 'nodeOverride',
      })
    if (`${BMAC}installer-args` in ann)
      precache.push({
        field: ['metadata', 'annotations', `${BMAC}installer-args`],
        role: 'installerArgs',
      })
  }
  return {
    apiVersion: str(cr.apiVersion),
    kind,
    name: str(md.name),
    ...(md.namespace !== undefined ? { namespace: str(md.namespace) } : {}),
    cluster: ctx.c,
    clusterName: str(ctx.cl.clusterName),
    ...(node !== undefined ? { node } : {}),
    body: cr,
    origins,
    precache,
  }
}

function overridden(r: Resource, found: [unknown, Path] | undefined, ctx: Ctx): Resource {
  if (!found) return r
  const file = str(found[0])
  ctx.notes.push({
    severity: 'info',
    cluster: ctx.c,
    ...(r.node !== undefined ? { node: r.node } : {}),
    path: found[1],
    message: msg(
      '{{kind}} {{name}} is rendered from the crTemplates file {{file}} on the hub: shown here is the default',
      {
        kind: r.kind,
        name: r.name,
        file,
      },
    ),
  })
  return { ...r, replacedBy: file }
}

function addAnnotations(cr: Obj, found: [Obj, Path] | undefined, origins: Origin[]): void {
  if (!found) return
  const ann = annotations(cr)
  for (const [k, v] of Object.entries(found[0]))
    if (!(k in ann)) {
      ann[k] = str(v)
      origins.push({ field: ['metadata', 'annotations', k], source: [...found[1], k] })
    }
}

/** the agent counts come from every node's role */
function roleOrigins(cr: Obj, cl: Obj, cPath: Path, origins: Origin[]): void {
  const req = obj(obj(cr.spec).provisionRequirements)
  const nodes = Array.isArray(cl.nodes) ? cl.nodes.map(obj) : []
  nodes.forEach((n, i) => {
    const master = !str(n.role) || str(n.role) === 'master'
    const field = master ? 'controlPlaneAgents' : 'workerAgents'
    if (field in req)
      origins.push({
        field: ['spec', 'provisionRequirements', field],
        source: [...cPath, 'nodes', i, 'role'],
      })
  })
}

export function clusterCr(t: Obj, kind: string, ctx: Ctx): Resource | undefined {
  const { cl, c, site } = ctx
  const cPath: Path = model.cluster(c)
  if (list(cl.crSuppression).includes(kind)) return undefined
  const levels: Array<[Obj, Path]> = [
    [cl, cPath],
    [site, ['spec']],
  ]
  const origins: Origin[] = []
  const cr = fill(t, resolver(site, cl, c, -1, ctx.facts), origins)
  addAnnotations(cr, searchAdd(levels, kind), origins)
  if (kind === 'ConfigMap') {
    const md = obj(t.metadata)
    if (str(md.namespace).includes('SiteConfigMap')) {
      const scm = cl.siteConfigMap
      if (scm === undefined || scm === null) return undefined
      if (!str(obj(scm).name)) {
        if (Object.keys(obj(obj(scm).data)).length === 0) return undefined
        obj(cr.metadata).name = `ztp-site-${str(cl.clusterName)}`
      }
    } else
      cr.data = {
        ...extraManifestData(cl, [...cPath, 'extraManifests'], c, ctx.options, ctx.notes),
        ...obj(cr.data),
      }
  }
  if (kind === 'AgentClusterInstall') roleOrigins(cr, cl, cPath, origins)
  if (kind === 'AgentClusterInstall' && ctx.api.endsWith('/v1') && aztpEnabled(cl)) {
    const spec = obj(cr.spec)
    delete spec.manifestsConfigMapRef
    spec.manifestsConfigMapRefs = ctx.facts.manifestsRefs
    origins.push({
      field: ['spec', 'manifestsConfigMapRefs'],
      source: [...cPath, 'clusterLabels', 'accelerated-ztp'],
    })
  }
  if (kind === 'ManagedCluster') {
    const md = obj(cr.metadata)
    // clusterLabels is a map[string]string in the generator: `common: true` becomes "true"
    const labels: Obj = Object.fromEntries(
      Object.entries(obj(md.labels)).map(([k, v]) => [k, str(v)]),
    )
    md.labels = labels
    labels.vendor ??= 'auto-detect'
    labels.cloud ??= 'auto-detect'
  }
  return overridden(finish(cr, kind, ctx, origins), search(levels, 'crTemplates', kind), ctx)
}

export function nodeCr(t: Obj, kind: string, n: number, ctx: Ctx): Resource | undefined {
  const { cl, c, site } = ctx
  const cPath: Path = model.cluster(c)
  const nPath: Path = [...cPath, 'nodes', n]
  const node = obj((cl.nodes as unknown[])[n])
  if (list(node.crSuppression).includes(kind)) return undefined
  const levels: Array<[Obj, Path]> = [
    [node, nPath],
    [cl, cPath],
    [site, ['spec']],
  ]
  const template = search(levels, 'crTemplates', kind)
  const origins: Origin[] = []
  const cr = fill(t, resolver(site, cl, c, n, ctx.facts), origins)
  addAnnotations(cr, searchAdd(levels, kind), origins)
  if (kind === 'NMStateConfig') {
    const nn = obj(node.nodeNetwork)
    const empty = (v: unknown) =>
      Array.isArray(v) ? v.length === 0 : Object.keys(obj(v)).length === 0
    if (empty(nn.config) && empty(nn.interfaces) && !template) return undefined
  } else if (kind === 'HostFirmwareSettings') {
    if (!hostFirmware(cr, levels, origins, ctx, n)) return undefined
  } else if (kind === 'BareMetalHost') {
    const ann = annotations(cr)
    if (INSPECT in ann && ann[INSPECT] !== 'disabled') delete ann[INSPECT]
    const labels = ann[NODE_LABEL]
    if (labels !== undefined) {
      delete ann[NODE_LABEL]
      for (const [k, v] of Object.entries(obj(labels))) {
        ann[`${NODE_LABEL}.${k}`] = str(v)
        origins.push({
          field: ['metadata', 'annotations', `${NODE_LABEL}.${k}`],
          source: [...nPath, 'nodeLabels', k],
        })
      }
    }
  }
  return overridden(finish(cr, kind, ctx, origins, n), template, ctx)
}
