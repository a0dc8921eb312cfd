/**
 * The boot order a stage's units declare, as a small layered graph: ordering edges from
 * `Before=`/`After=`, and the pulling relations `BindsTo=`, `RequiredBy=`, `WantedBy=`.
 * Columns (ranks) follow the ordering edges; units outside the override (agent.service, targets)
 * appear as external nodes.
 */
import { parseUnit, unitDependencies } from '../codecs/systemdUnit.ts'

export type EdgeKind = 'before' | 'binds' | 'required-by' | 'wanted-by'

export interface BootEdge {
  from: string
  to: string
  kind: EdgeKind
}

export interface BootNode {
  name: string
  /** defined in this override (others are the host's own units) */
  defined: boolean
  rank: number
}

export interface BootGraph {
  nodes: BootNode[]
  edges: BootEdge[]
  /** the ordering as one line of text, e.g. "a.mount → b.service → c.service and d.service" */
  summary: string
}

export function bootOrder(units: ReadonlyArray<{ name: string; contents: string }>): BootGraph {
  const edges: BootEdge[] = []
  const add = (from: string, to: string, kind: EdgeKind) => {
    if (from !== to && !edges.some((e) => e.from === from && e.to === to && e.kind === kind))
      edges.push({ from, to, kind })
  }
  for (const u of units) {
    const unit = parseUnit(u.contents)
    for (const d of unitDependencies(unit, 'Before')) add(u.name, d, 'before')
    for (const d of unitDependencies(unit, 'After')) add(d, u.name, 'before')
    for (const d of unitDependencies(unit, 'BindsTo')) add(u.name, d, 'binds')
    for (const d of unitDependencies(unit, 'RequiredBy')) add(u.name, d, 'required-by')
    for (const d of unitDependencies(unit, 'WantedBy')) add(u.name, d, 'wanted-by')
  }
  const defined = new Set(units.map((u) => u.name))
  const names = [...new Set([...units.map((u) => u.name), ...edges.flatMap((e) => [e.from, e.to])])]
  const order = edges.filter((e) => e.kind === 'before')
  // longest path from the roots; a cycle is cut by the iteration bound
  const rank = new Map(names.map((n) => [n, 0]))
  for (let i = 0; i < names.length; i++)
    for (const e of order) rank.set(e.to, Math.max(rank.get(e.to)!, rank.get(e.from)! + 1))
  // units only pulled in by a target sit one column after the unit that names them
  const ordered = new Set(order.flatMap((e) => [e.from, e.to]))
  for (const e of edges)
    if (e.kind !== 'before' && !ordered.has(e.to) && !defined.has(e.to))
      rank.set(e.to, Math.max(rank.get(e.to)!, rank.get(e.from)! + 1))
  const nodes = names.map((name) => ({ name, defined: defined.has(name), rank: rank.get(name)! }))
  const columns: string[][] = []
  for (const n of nodes.filter((x) => ordered.has(x.name))) (columns[n.rank] ??= []).push(n.name)
  const summary = columns
    .filter(Boolean)
    .map((c) => c.join(' and '))
    .join(' → ')
  return { nodes, edges, summary }
}
