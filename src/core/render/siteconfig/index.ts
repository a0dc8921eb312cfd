/**
 * SiteConfig → the CRs the siteconfig-generator renders (cnf-features-deploy @5410d02fa,
 * siteConfigBuilder.go Build / getClusterCRs), cluster by cluster, in the templates' order.
 */
import { siteConfigModel as model } from '../../site/siteModel.ts'
import jsyaml from 'js-yaml'
import type { Path } from '../../document/path.ts'
import { msg } from '../../messages/message.ts'
import type { Obj, RenderNote, RenderOptions, RenderResult, Resource } from '../types.ts'
import { clusterFacts } from './facts.ts'
import { clusterCr, nodeCr } from './crs.ts'
import { CLUSTER_CRS_V1, CLUSTER_CRS_V2 } from './templates.ts'
import { obj, str } from './values.ts'

const API_V1 = 'ran.openshift.io/v1'
const API_V2 = 'ran.openshift.io/v2'
export const NODE_KINDS = new Set(['BareMetalHost', 'NMStateConfig', 'HostFirmwareSettings'])

const parsed = new Map<string, Obj[]>()
function templates(api: string): Obj[] {
  const text = api === API_V1 ? CLUSTER_CRS_V1 : CLUSTER_CRS_V2
  let t = parsed.get(text)
  if (!t) parsed.set(text, (t = jsyaml.loadAll(text).filter((d) => d !== null) as Obj[]))
  return t
}

const fail = (notes: RenderNote[], text: string, path?: Path, cluster?: number): void => {
  notes.push({
    severity: 'error',
    message: msg('the generator fails: {{reason}}', { reason: text }),
    ...(path ? { path } : {}),
    ...(cluster !== undefined ? { cluster } : {}),
  })
}

export function renderSiteConfig(data: Obj, options: RenderOptions = {}): RenderResult {
  const resources: Resource[] = []
  const notes: RenderNote[] = []
  const done = (): RenderResult => ({
    kind: 'SiteConfig',
    resources,
    notes,
    failed: notes.some((n) => n.severity === 'error'),
  })
  const api = str(data.apiVersion)
  if (api !== API_V1 && api !== API_V2) {
    fail(notes, `Not valid siteConfig ApiVersion ${api}`, ['apiVersion'])
    return done()
  }
  const site = obj(data.spec)
  // the generator unmarshals into typed structs: a map where a list belongs fails the whole file
  if (site.clusters !== undefined && site.clusters !== null && !Array.isArray(site.clusters)) {
    fail(notes, 'cannot unmarshal !!map into []siteConfig.Clusters', [...model.clusters])
    return done()
  }
  const clusters = Array.isArray(site.clusters) ? site.clusters.map(obj) : []
  const badNodes = clusters.findIndex((cl) => cl.nodes != null && !Array.isArray(cl.nodes))
  if (badNodes >= 0) {
    fail(notes, 'cannot unmarshal !!map into []siteConfig.Nodes', model.nodes(badNodes))
    return done()
  }
  const siteName = str(obj(data.metadata).name)
  // validateSiteConfig runs over every cluster before any is rendered
  const seen = new Set<string>()
  for (const [c, cl] of clusters.entries()) {
    const name = str(cl.clusterName)
    if (!name) fail(notes, `Error: Missing cluster name at site ${siteName}`, model.cluster(c), c)
    else if (seen.has(name))
      fail(
        notes,
        `Error: Repeated Cluster Name ${siteName}/${name}`,
        [...model.cluster(c), 'clusterName'],
        c,
      )
    seen.add(name)
    for (const [n, node] of (Array.isArray(cl.nodes) ? cl.nodes.map(obj) : []).entries()) {
      const v = str(node.ironicInspect)
      if (v && v !== 'enabled' && v !== 'disabled')
        fail(
          notes,
          `Error: ${v} is not a valid IronicInspect value`,
          [...model.node(c, n), 'ironicInspect'],
          c,
        )
    }
  }
  if (notes.length) return done()
  for (const [c, cl] of clusters.entries()) {
    const facts = clusterFacts(site, cl, c)
    if ('error' in facts) {
      fail(notes, facts.error, facts.path, c)
      continue
    }
    if (cl.extraManifestOnly === true) {
      notes.push({
        severity: 'info',
        cluster: c,
        path: [...model.cluster(c), 'extraManifestOnly'],
        message: msg(
          'extraManifestOnly: the generator renders only the extra manifests, not the installation CRs',
        ),
      })
      continue
    }
    for (const t of templates(api)) {
      const kind = str(t.kind)
      const ctx = { data, site, cl, c, facts, api, options, notes }
      if (NODE_KINDS.has(kind))
        (cl.nodes as unknown[] | undefined)?.forEach((_, n) => {
          const r = nodeCr(t, kind, n, ctx)
          if (r) resources.push(r)
        })
      else {
        const r = clusterCr(t, kind, ctx)
        if (r) resources.push(r)
      }
    }
  }
  return done()
}
