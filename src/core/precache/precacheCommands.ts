/** Commands that enable or remove image pre-caching on a cluster (and its nodes) or one node. */
import { deleteIn, setIn } from '../document/edit.ts'
import { EditError } from '../document/editContext.ts'
import { setJsonField } from '../document/jsonField.ts'
import { getIn } from '../document/path.ts'
import type { SiteFile } from '../document/siteFile.ts'
import { fileKind, fileModel, siteData } from '../document/siteFile.ts'
import {
  argsWithLabel,
  argsWithoutLabel,
  DEFAULT_PRECACHE,
  parseOverride,
  withHooks,
  withoutHooks,
} from './preset.ts'
import type { PrecacheParams, Stage } from './preset.ts'

export interface PrecacheTarget {
  cluster: number
  /** one node only; absent = the cluster and all its nodes */
  node?: number
}

function writeOverride(
  file: SiteFile,
  path: (string | number)[],
  stage: Stage,
  p: PrecacheParams,
): SiteFile {
  const current = parseOverride(getIn(siteData(file), path))
  // a new override in a ClusterInstance gets Ignition 3.2.0, as the 4.21 documentation's example
  const fresh = !current.ignition?.version && fileKind(file) === 'ClusterInstance'
  const cfg = withHooks(
    current,
    stage,
    fresh ? { ...p, ignitionVersion: p.ignitionVersion ?? '3.2.0' } : p,
  )
  return setJsonField(file, path, cfg, JSON.stringify(cfg, null, 2) + '\n')
}

function nodeCount(file: SiteFile, cluster: number): number {
  const nodes = getIn(siteData(file), fileModel(file).nodes(cluster))
  return Array.isArray(nodes) ? nodes.length : 0
}

export function enablePrecache(
  file: SiteFile,
  t: PrecacheTarget,
  params: Partial<PrecacheParams> = {},
): SiteFile {
  const p = { ...DEFAULT_PRECACHE, ...params }
  const cpath = fileModel(file).cluster(t.cluster)
  if (getIn(siteData(file), cpath) === undefined)
    throw new EditError(`there is no cluster ${t.cluster}`)
  let f = file
  const nodes = t.node === undefined ? [...Array(nodeCount(file, t.cluster)).keys()] : [t.node]
  if (t.node === undefined)
    f = writeOverride(f, [...cpath, 'ignitionConfigOverride'], 'discovery', p)
  for (const n of nodes) {
    const npath = [...cpath, 'nodes', n]
    if (getIn(siteData(f), npath) === undefined)
      throw new EditError(`cluster ${t.cluster} has no node ${n}`)
    const args = getIn(siteData(f), [...npath, 'installerArgs'])
    f = setIn(
      f,
      [...npath, 'installerArgs'],
      argsWithLabel(typeof args === 'string' ? args : undefined, p.label),
    )
    f = writeOverride(f, [...npath, 'ignitionConfigOverride'], 'install', p)
  }
  return f
}

function stripOverride(file: SiteFile, path: (string | number)[]): SiteFile {
  const current = getIn(siteData(file), path)
  if (typeof current !== 'string') return file
  const cfg = withoutHooks(parseOverride(current))
  return cfg === null ? deleteIn(file, path) : setJsonField(file, path, cfg)
}

export function disablePrecache(file: SiteFile, t: PrecacheTarget): SiteFile {
  const cpath = fileModel(file).cluster(t.cluster)
  let f = file
  if (t.node === undefined) f = stripOverride(f, [...cpath, 'ignitionConfigOverride'])
  const nodes = t.node === undefined ? [...Array(nodeCount(file, t.cluster)).keys()] : [t.node]
  for (const n of nodes) {
    const npath = [...cpath, 'nodes', n]
    f = stripOverride(f, [...npath, 'ignitionConfigOverride'])
    const args = getIn(siteData(f), [...npath, 'installerArgs'])
    if (typeof args === 'string') {
      const next = argsWithoutLabel(args)
      f =
        next === null
          ? deleteIn(f, [...npath, 'installerArgs'])
          : setIn(f, [...npath, 'installerArgs'], next)
    }
  }
  return f
}
