/**
 * Named, pure edit commands (file in, file out) shared by the forms, the keyboard and the CLI.
 * Each is one user intent, so the UI records each as one undo step.
 */
import { deleteIn, insertItem, renameKey, setIn } from './edit.ts'
import { EditError } from './editContext.ts'
import { duplicateItem, moveItem } from './editSeq.ts'
import { getIn } from './path.ts'
import type { Path } from './path.ts'
import type { SiteFile } from './siteFile.ts'
import { fileKind, fileModel, siteData } from './siteFile.ts'

const nodesPath = (file: SiteFile, c: number) => fileModel(file).nodes(c)
const clusterPath = (file: SiteFile, c: number) => fileModel(file).cluster(c)

/** the clusters' list, for the commands that add, remove or move whole clusters */
function clustersPath(file: SiteFile): Path {
  if (fileKind(file) === 'ClusterInstance')
    throw new EditError('a ClusterInstance describes one cluster: make another file for another')
  return fileModel(file).clusters
}

function listAt(file: SiteFile, path: Path): unknown[] {
  const v = getIn(siteData(file), path)
  return Array.isArray(v) ? v : []
}

export const setField = (file: SiteFile, a: { path: Path; value: unknown }) =>
  setIn(file, a.path, a.value)
export const unsetField = (file: SiteFile, a: { path: Path }) => deleteIn(file, a.path)

export const setMapEntry = (file: SiteFile, a: { path: Path; key: string; value: unknown }) =>
  setIn(file, [...a.path, a.key], a.value)
export const renameMapKey = (file: SiteFile, a: { path: Path; to: string }) =>
  renameKey(file, a.path, a.to)
export const removeMapEntry = (file: SiteFile, a: { path: Path; key: string }) =>
  deleteIn(file, [...a.path, a.key])

export function addListItem(
  file: SiteFile,
  a: { path: Path; value: unknown; index?: number },
): SiteFile {
  return insertItem(file, a.path, a.index ?? listAt(file, a.path).length, a.value)
}
export const removeListItem = (file: SiteFile, a: { path: Path; index: number }) =>
  deleteIn(file, [...a.path, a.index])
export const moveListItem = (file: SiteFile, a: { path: Path; from: number; to: number }) =>
  moveItem(file, a.path, a.from, a.to)

// a copy that is not a mapping (a hand-written `- []`) has no name to change: it stays verbatim
const isMapping = (v: unknown) => v !== null && typeof v === 'object' && !Array.isArray(v)

function uniqueName(taken: Set<string>, base: string, make: (n: number) => string): string {
  if (!taken.has(base)) return base
  for (let n = 1; ; n++) if (!taken.has(make(n))) return make(n)
}

const clusterList = (file: SiteFile) => fileModel(file).clusterList(siteData(file))

function clusterNames(file: SiteFile): Set<string> {
  return new Set(
    clusterList(file).map((c) => String((c as Record<string, unknown>)?.clusterName ?? '')),
  )
}

function hostNames(file: SiteFile): Set<string> {
  return new Set(
    clusterList(file).flatMap((c) => {
      // `nodes` may be anything in a hand-written file (a string, a mapping)
      const nodes = (c as { nodes?: unknown } | null)?.nodes
      return Array.isArray(nodes)
        ? nodes.map((n) => String((n as Record<string, unknown>)?.hostName ?? ''))
        : []
    }),
  )
}

export function addCluster(
  file: SiteFile,
  a: { cluster?: Record<string, unknown> } = {},
): SiteFile {
  const name = uniqueName(clusterNames(file), 'new-cluster', (n) => `new-cluster-${n}`)
  const cluster = a.cluster ?? {
    clusterName: name,
    networkType: 'OVNKubernetes',
    nodes: [{ hostName: `${name}-node-0`, role: 'master' }],
  }
  return addListItem(file, { path: clustersPath(file), value: cluster })
}
export const removeCluster = (file: SiteFile, a: { index: number }) =>
  removeListItem(file, { path: clustersPath(file), index: a.index })
export const moveCluster = (file: SiteFile, a: { from: number; to: number }) =>
  moveItem(file, clustersPath(file), a.from, a.to)

/** Copies a cluster verbatim (comments too) and gives the copy a free name. */
export function duplicateCluster(file: SiteFile, a: { index: number }): SiteFile {
  const taken = clusterNames(file)
  const list = clustersPath(file)
  const f = duplicateItem(file, list, a.index)
  const base = String(getIn(siteData(file), [...list, a.index, 'clusterName']) ?? 'cluster')
  const name = uniqueName(taken, `${base}-copy`, (n) => `${base}-copy-${n}`)
  if (!isMapping(getIn(siteData(f), [...list, a.index + 1]))) return f
  return setIn(f, [...list, a.index + 1, 'clusterName'], name)
}

export function addNode(
  file: SiteFile,
  a: { cluster: number; node?: Record<string, unknown> },
): SiteFile {
  if (!clusterList(file)[a.cluster]) throw new EditError(`there is no cluster ${a.cluster}`)
  const cname = String(
    getIn(siteData(file), [...clusterPath(file, a.cluster), 'clusterName']) ?? 'node',
  )
  const host = uniqueName(hostNames(file), `${cname}-node-0`, (n) => `${cname}-node-${n}`)
  const nodes = listAt(file, nodesPath(file, a.cluster))
  const role = nodes.length < 3 ? 'master' : 'worker'
  return addListItem(file, {
    path: nodesPath(file, a.cluster),
    value: a.node ?? { hostName: host, role, ...nodeTemplateRefs(file, nodes) },
  })
}
/**
 * A ClusterInstance node needs node-level templateRefs (the webhook refuses it without): a new
 * node takes the last node's, else the default assisted-installer node templates.
 */
function nodeTemplateRefs(file: SiteFile, nodes: unknown[]): Record<string, unknown> {
  if (fileKind(file) !== 'ClusterInstance') return {}
  const last = nodes.at(-1) as { templateRefs?: unknown } | undefined
  const refs = Array.isArray(last?.templateRefs) ? last.templateRefs : undefined
  return {
    templateRefs: refs ?? [{ name: 'ai-node-templates-v1', namespace: 'open-cluster-management' }],
  }
}

export const removeNode = (file: SiteFile, a: { cluster: number; index: number }) =>
  removeListItem(file, { path: nodesPath(file, a.cluster), index: a.index })
export const moveNode = (file: SiteFile, a: { cluster: number; from: number; to: number }) =>
  moveItem(file, nodesPath(file, a.cluster), a.from, a.to)

/** Copies a node verbatim and gives the copy a free host name (its MACs still need changing). */
export function duplicateNode(file: SiteFile, a: { cluster: number; index: number }): SiteFile {
  const taken = hostNames(file)
  const list = nodesPath(file, a.cluster)
  const f = duplicateItem(file, list, a.index)
  const host = String(getIn(siteData(file), [...list, a.index, 'hostName']) ?? 'node')
  const [first, ...rest] = host.split('.')
  const make = (n: number) => [`${first}-copy${n > 1 ? `-${n}` : ''}`, ...rest].join('.')
  if (!isMapping(getIn(siteData(f), [...list, a.index + 1]))) return f
  return setIn(
    f,
    [...list, a.index + 1, 'hostName'],
    uniqueName(taken, make(1), (n) => make(n + 1)),
  )
}
