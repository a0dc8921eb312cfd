/** The navigator's rows, derived from the document: site, clusters, nodes (names and problem counts). */
import type { Diagnostic } from '../../core/validate/diagnostic.ts'
import type { Selection } from '../../state/createUiSlice.ts'
import { modelOf } from '../../core/site/siteModel.ts'
import type { SiteModel } from '../../core/site/siteModel.ts'

export interface TreeRow {
  key: string
  /** the item's name; empty when it has none (the UI words that in the chosen language) */
  label: string
  /** its position in its list (for "cluster 2 (no name)") */
  index: number
  level: number
  selection: Selection
  /** number of nodes under a cluster row */
  children: number
}

const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '')

export function treeRows(
  data: Record<string, unknown> | undefined,
  collapsed: Set<number>,
): TreeRow[] {
  const meta = (data?.metadata ?? {}) as Record<string, unknown>
  const rows: TreeRow[] = [
    {
      key: 's',
      label: str(meta.name),
      index: 0,
      level: 1,
      selection: { kind: 'site' },
      children: 0,
    },
  ]
  const site = modelOf(data)
  site.clusterList(data).forEach((c: unknown, ci) => {
    const cl = (c ?? {}) as Record<string, unknown>
    const nodes = site.nodeList(data, ci)
    rows.push({
      key: `c${ci}`,
      label: str(cl.clusterName),
      index: ci,
      level: 2,
      selection: { kind: 'cluster', cluster: ci },
      children: nodes.length,
    })
    if (collapsed.has(ci)) return
    nodes.forEach((n: unknown, ni) =>
      rows.push({
        key: `c${ci}n${ni}`,
        label: str((n as Record<string, unknown> | null)?.hostName),
        index: ni,
        level: 3,
        selection: { kind: 'node', cluster: ci, node: ni },
        children: 0,
      }),
    )
  })
  return rows
}

export const sameSelection = (a: Selection, b: Selection) =>
  a.kind === b.kind &&
  (a.kind === 'site' ||
    (a.cluster === (b as { cluster: number }).cluster &&
      (a.kind === 'cluster' || a.node === (b as { node: number }).node)))

export interface RowCounts {
  errors: number
  warnings: number
}

/** Errors and warnings per tree row: a node's own, a cluster's own (not its nodes'), the site's own. */
export function problemCounts(
  diags: readonly Diagnostic[],
  site: SiteModel,
): Map<string, RowCounts> {
  const out = new Map<string, RowCounts>()
  for (const d of diags) {
    if (d.severity === 'info') continue
    const s = site.scopeOf(d.path)
    const key =
      s.kind === 'site' ? 's' : s.kind === 'cluster' ? `c${s.cluster}` : `c${s.cluster}n${s.node}`
    const c = out.get(key) ?? { errors: 0, warnings: 0 }
    if (d.severity === 'error') c.errors++
    else c.warnings++
    out.set(key, c)
  }
  return out
}
