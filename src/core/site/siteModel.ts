/**
 * Where a document kind keeps its site-level fields, its clusters and their nodes, and how a scope
 * (site / cluster c / node c.n) maps to a document path and back. Everything that needs to find a
 * cluster or a node asks this module, so a second kind (ClusterInstance: one cluster at the top,
 * `spec.nodes[]`) is a second implementation of the same interface.
 */
import type { Path } from '../document/path.ts'
import { getIn } from '../document/path.ts'
import type { Scope } from '../document/scope.ts'

export interface SiteModel {
  /** the list of clusters */
  readonly clusters: Path
  cluster(c: number): Path
  nodes(c: number): Path
  node(c: number, n: number): Path
  /** where the site-level fields sit besides the top level (the site form's base) */
  readonly siteFields: Path
  /** the keys of `spec` that hold the structure, not site-level fields */
  readonly structureKeys: readonly string[]
  /** the keys of a cluster that hold structure (its nodes): the navigator shows them, not the form */
  readonly clusterStructureKeys: readonly string[]
  /** the key of each long list (the clusters', the nodes'): the last segment of its path */
  readonly listKeys: readonly string[]
  pathOf(scope: Scope): Path
  /** the deepest scope `path` lies in */
  scopeOf(path: Path): Scope
  /** the part of `path` that names its scope (a node's, a cluster's, or [] for the site) */
  scopePrefix(path: Path): Path
  clusterList(data: unknown): unknown[]
  nodeList(data: unknown, c: number): unknown[]
}

const CLUSTERS = ['spec', 'clusters'] as const

export const siteConfigModel: SiteModel = {
  clusters: CLUSTERS,
  cluster: (c) => [...CLUSTERS, c],
  nodes: (c) => [...CLUSTERS, c, 'nodes'],
  node: (c, n) => [...CLUSTERS, c, 'nodes', n],
  siteFields: ['spec'],
  structureKeys: ['clusters'],
  clusterStructureKeys: ['nodes'],
  listKeys: ['clusters', 'nodes'],
  pathOf: (s) =>
    s.kind === 'site'
      ? []
      : s.kind === 'cluster'
        ? siteConfigModel.cluster(s.cluster)
        : siteConfigModel.node(s.cluster, s.node),
  scopeOf(p) {
    if (p[0] !== 'spec' || p[1] !== 'clusters' || typeof p[2] !== 'number') return { kind: 'site' }
    if (p[3] === 'nodes' && typeof p[4] === 'number')
      return { kind: 'node', cluster: p[2], node: p[4] }
    return { kind: 'cluster', cluster: p[2] }
  },
  scopePrefix: (p) => siteConfigModel.pathOf(siteConfigModel.scopeOf(p)),
  clusterList: (data) => asArray(getIn(data, CLUSTERS)),
  nodeList: (data, c) => asArray(getIn(data, siteConfigModel.nodes(c))),
}

const CI_NODES = ['spec', 'nodes'] as const

/**
 * ClusterInstance: one cluster, the document's `spec`, with its nodes at `spec.nodes[]`. Cluster 0
 * is the only cluster; the site scope is the document's top (metadata), so a form for it shows
 * `metadata.name`/`namespace`.
 */
export const clusterInstanceModel: SiteModel = {
  clusters: ['spec'],
  cluster: () => ['spec'],
  nodes: () => CI_NODES,
  node: (_c, n) => [...CI_NODES, n],
  siteFields: ['metadata'],
  structureKeys: [],
  clusterStructureKeys: ['nodes'],
  listKeys: ['nodes'],
  pathOf: (s) => (s.kind === 'site' ? [] : s.kind === 'cluster' ? ['spec'] : [...CI_NODES, s.node]),
  scopeOf(p) {
    if (p[0] !== 'spec') return { kind: 'site' }
    if (p[1] === 'nodes' && typeof p[2] === 'number')
      return { kind: 'node', cluster: 0, node: p[2] }
    return { kind: 'cluster', cluster: 0 }
  },
  scopePrefix: (p) => clusterInstanceModel.pathOf(clusterInstanceModel.scopeOf(p)),
  clusterList: (data) => {
    const spec = isPlainObject(data) ? data.spec : undefined
    return isPlainObject(spec) ? [spec] : []
  },
  nodeList: (data) => asArray(getIn(data, CI_NODES)),
}

/** The document kinds the editor reads: the first such document in a file is the one edited. */
export type DocKind = 'SiteConfig' | 'ClusterInstance'

export const CLUSTER_INSTANCE_API = 'siteconfig.open-cluster-management.io/'
const OTHER_CI_GROUP_KINDS = new Set(['NodeGroup'])

/** The kind of a document's data, or undefined when it is neither kind the editor edits. */
export function docKind(data: unknown): DocKind | undefined {
  if (!isPlainObject(data)) return undefined
  const api = String(data.apiVersion ?? '')
  if (data.kind === 'ClusterInstance') return 'ClusterInstance'
  // as the generator's reader: its API group makes a SiteConfig whatever the kind says
  if (data.kind === 'SiteConfig' || api.startsWith('ran.openshift.io/')) return 'SiteConfig'
  // the API group decides a misspelt kind too (site-kind reports it), but not the group's other
  // kind: the node-grouping proposal's NodeGroup
  if (api.startsWith(CLUSTER_INSTANCE_API) && !OTHER_CI_GROUP_KINDS.has(String(data.kind)))
    return 'ClusterInstance'
  return undefined
}

/**
 * The kind a document is read as when it is edited: its kind, else its API group's (a lone
 * NodeGroup is told it should be a ClusterInstance), else SiteConfig, as before.
 */
export function readAs(data: unknown): DocKind {
  const k = docKind(data)
  if (k) return k
  const api = isPlainObject(data) ? String(data.apiVersion ?? '') : ''
  return api.startsWith(CLUSTER_INSTANCE_API) ? 'ClusterInstance' : 'SiteConfig'
}

/** The site model of a document's data: SiteConfig's unless it reads as a ClusterInstance. */
export const modelOf = (data: unknown): SiteModel =>
  readAs(data) === 'ClusterInstance' ? clusterInstanceModel : siteConfigModel

/** A YAML mapping read as a plain object (not a list, not null). */
export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

export const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])
