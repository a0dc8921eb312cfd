/** The Sites table's rows: filtered, searched and sorted, from the workspace and the rows so far. */
import type { SiteRow } from '../../core/fleet/fleet.ts'
import type { DocKind } from '../../core/site/siteModel.ts'

export type Column = 'file' | 'kind' | 'clusterNames' | 'nodes' | 'errors' | 'warnings' | 'listed'

export interface Line {
  path: string
  row: SiteRow | undefined
  listed: boolean
  changed: boolean
}

export interface Filter {
  search: string
  kind: DocKind | ''
  problems: boolean
  changed: boolean
  unlisted: boolean
}

export const NO_FILTER: Filter = {
  search: '',
  kind: '',
  problems: false,
  changed: false,
  unlisted: false,
}

const value = (l: Line, c: Column): string | number => {
  switch (c) {
    case 'file':
      return l.path
    case 'kind':
      return l.row?.kind ?? ''
    case 'clusterNames':
      return l.row?.clusters.join(', ') ?? ''
    case 'nodes':
      return l.row?.nodes ?? -1
    case 'errors':
      return l.row?.errors ?? -1
    case 'warnings':
      return l.row?.warnings ?? -1
    case 'listed':
      return l.listed ? 1 : 0
  }
}

export function shownLines(
  lines: readonly Line[],
  f: Filter,
  sort: { by: Column; up: boolean },
): Line[] {
  const q = f.search.trim().toLowerCase()
  const out = lines.filter(
    (l) =>
      (!q ||
        l.path.toLowerCase().includes(q) ||
        l.row?.clusters.some((c) => c.toLowerCase().includes(q))) &&
      (!f.kind || l.row?.kind === f.kind) &&
      (!f.problems || (l.row?.errors ?? 0) + (l.row?.warnings ?? 0) > 0) &&
      (!f.changed || l.changed) &&
      (!f.unlisted || !l.listed),
  )
  const dir = sort.up ? 1 : -1
  return out.sort((a, b) => {
    const x = value(a, sort.by)
    const y = value(b, sort.by)
    // ties keep the file order, so a sort by errors still reads alphabetically within a count
    return x < y ? -dir : x > y ? dir : a.path < b.path ? -1 : 1
  })
}
