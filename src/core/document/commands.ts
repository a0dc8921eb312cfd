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
import { siteData } from './siteFile.ts'
import { siteConfigModel as site } from '../site/siteModel.ts'

const clustersPath = site.clusters
const nodesPath = (c: number) => site.nodes(c)

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

function clusterNames(file: SiteFile): Set<string> {
  return new Set(
    listAt(file, clustersPath).map((c) =>
      String((c as Record<string, unknown>)?.clusterName ?? ''),
    ),
  )
}

function hostNames(file: SiteFile): Set<string> {
  return new Set(
    listAt(file, clustersPath).flatMap((c) => {
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
  return addListItem(file, { path: clustersPath, value: cluster })
}
export const removeCluster = (file: SiteFile, a: { index: number }) =>
  removeListItem(file, { path: clustersPath, index: a.index })
export const moveCluster = (file: SiteFile, a: { from: number; to: number }) =>
  moveItem(file, clustersPath, a.from, a.to)

/** Copies a cluster verbatim (comments too) and gives the copy a free name. */
export function duplicateCluster(file: SiteFile, a: { index: number }): SiteFile {
  const taken = clusterNames(file)
  const f = duplicateItem(file, clustersPath, a.index)
  const base = String(getIn(siteData(file), [...clustersPath, a.index, 'clusterName']) ?? 'cluster')
  const name = uniqueName(taken, `${base}-copy`, (n) => `${base}-copy-${n}`)
  if (!isMapping(getIn(siteData(f), [...clustersPath, a.index + 1]))) return f
  return setIn(f, [...clustersPath, a.index + 1, 'clusterName'], name)
}

export function addNode(
  file: SiteFile,
  a: { cluster: number; node?: Record<string, unknown> },
): SiteFile {
  if (!listAt(file, clustersPath)[a.cluster])
    throw new EditError(`there is no cluster ${a.cluster}`)
  const cname = String(getIn(siteData(file), [...clustersPath, a.cluster, 'clusterName']) ?? 'node')
  const host = uniqueName(hostNames(file), `${cname}-node-0`, (n) => `${cname}-node-${n}`)
  const role = listAt(file, nodesPath(a.cluster)).length < 3 ? 'master' : 'worker'
  return addListItem(file, {
    path: nodesPath(a.cluster),
    value: a.node ?? { hostName: host, role },
  })
}
export const removeNode = (file: SiteFile, a: { cluster: number; index: number }) =>
  removeListItem(file, { path: nodesPath(a.cluster), index: a.index })
export const moveNode = (file: SiteFile, a: { cluster: number; from: number; to: number }) =>
  moveItem(file, nodesPath(a.cluster), a.from, a.to)

/** Copies a node verbatim and gives the copy a free host name (its MACs still need changing). */
export function duplicateNode(file: SiteFile, a: { cluster: number; index: number }): SiteFile {
  const taken = hostNames(file)
  const f = duplicateItem(file, nodesPath(a.cluster), a.index)
  const host = String(
    getIn(siteData(file), [...nodesPath(a.cluster), a.index, 'hostName']) ?? 'node',
  )
  const [first, ...rest] = host.split('.')
  const make = (n: number) => [`${first}-copy${n > 1 ? `-${n}` : ''}`, ...rest].join('.')
  if (!isMapping(getIn(siteData(f), [...nodesPath(a.cluster), a.index + 1]))) return f
  return setIn(
    f,
    [...nodesPath(a.cluster), a.index + 1, 'hostName'],
    uniqueName(taken, make(1), (n) => make(n + 1)),
  )
}
