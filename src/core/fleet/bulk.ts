/**
 * What a bulk edit does to one site file: the same named commands a form runs, at every cluster
 * or node the site model finds (so "every cluster's clusterImageSetNameRef" needs no index), or
 * pre-caching on or off for every cluster, or one rule's quick fix wherever it is offered.
 */
import { setField } from '../document/commands.ts'
import { parsePath } from '../document/path.ts'
import type { Path } from '../document/path.ts'
import { fileModel, siteData } from '../document/siteFile.ts'
import type { SiteFile } from '../document/siteFile.ts'
import { disablePrecache, enablePrecache } from '../precache/precacheCommands.ts'
import { applyFix } from '../validate/applyFix.ts'
import type { Diagnostic } from '../validate/diagnostic.ts'

export type Level = 'site' | 'cluster' | 'node'

/** the paths `key` (dotted, e.g. extraLabels.ManagedCluster.region) has at a level of the file */
export function pathsAt(file: SiteFile, level: Level, key: string): Path[] {
  const data = siteData(file)
  const model = fileModel(file)
  const rel = parsePath(key)
  if (rel.length === 0) return []
  if (level === 'site') return [[...model.siteFields, ...rel]]
  const clusters = model.clusterList(data).map((_, c) => c)
  if (level === 'cluster') return clusters.map((c) => [...model.cluster(c), ...rel])
  return clusters.flatMap((c) =>
    model.nodeList(data, c).map((_, n) => [...model.node(c, n), ...rel]),
  )
}

export function setAtLevel(file: SiteFile, level: Level, key: string, value: unknown): SiteFile {
  let f = file
  for (const path of pathsAt(file, level, key)) f = setField(f, { path, value })
  return f
}

export function precacheEverywhere(file: SiteFile, on: boolean): SiteFile {
  let f = file
  fileModel(file)
    .clusterList(siteData(file))
    .forEach(
      (_, c) => (f = on ? enablePrecache(f, { cluster: c }) : disablePrecache(f, { cluster: c })),
    )
  return f
}

/**
 * Applies `rule`'s quick fix at every place it is offered, validating again after each (a fix
 * may move or settle the next one); stops when none is left or after as many as there were.
 */
export function fixEverywhere(
  file: SiteFile,
  rule: string,
  check: (f: SiteFile) => Diagnostic[],
): SiteFile {
  let f = file
  const first = check(f).filter((d) => d.rule === rule && d.fix).length
  for (let i = 0; i < first; i++) {
    const d = check(f).find((x) => x.rule === rule && x.fix)
    if (!d?.fix) break
    const next = applyFix(f, d.fix)
    if (next.text === f.text) break
    f = next
  }
  return f
}
