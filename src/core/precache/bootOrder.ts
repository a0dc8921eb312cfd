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

/** Names the summary and the diagram show at most; a file may declare thousands. */
export const MAX_SHOWN = 200

export function bootOrder(units: ReadonlyArray<{ name: string; contents: string }>): BootGraph {
  const edges: BootEdge[] = []
  const seen = new Set<string>()
  const add = (from: string, to: string, kind: EdgeKind) => {
    const key = `${kind}\n${from}\n${to}`
    if (from === to || seen.has(key)) return
    seen.add(key)
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
  const rank = longestPaths(names, order)
  // units only pulled in by a target sit one column after the unit that names them
  const ordered = new Set(order.flatMap((e) => [e.from, e.to]))
  for (const e of edges)
    if (e.kind !== 'before' && !ordered.has(e.to) && !defined.has(e.to))
      rank.set(e.to, Math.max(rank.get(e.to)!, rank.get(e.from)! + 1))
  const nodes = names.map((name) => ({ name, defined: defined.has(name), rank: rank.get(name)! }))
  const columns: string[][] = []
  let listed = 0
  for (const n of nodes)
    if (ordered.has(n.name) && listed++ < MAX_SHOWN) (columns[n.rank] ??= []).push(n.name)
  const more = listed > MAX_SHOWN ? ` …and ${(listed - MAX_SHOWN).toLocaleString('en')} more` : ''
  const summary =
    columns
      .filter(Boolean)
      .map((c) => c.join(' and '))
      .join(' → ') + more
  return { nodes, edges, summary }
}

/**
 * Each name's longest distance from a root along the ordering edges, in O(names + edges)
 * (Kahn's topological order). Names on or after a cycle sit one column after their ranked
 * predecessors.
 */
function longestPaths(names: string[], order: BootEdge[]): Map<string, number> {
  const rank = new Map(names.map((n) => [n, 0]))
  const indegree = new Map(names.map((n) => [n, 0]))
  const next = new Map<string, string[]>()
  for (const e of order) {
    indegree.set(e.to, indegree.get(e.to)! + 1)
    const list = next.get(e.from)
    if (list) list.push(e.to)
    else next.set(e.from, [e.to])
  }
  const queue = names.filter((n) => indegree.get(n) === 0)
  const done = new Set<string>()
  for (let i = 0; i < queue.length; i++) {
    const n = queue[i]!
    done.add(n)
    for (const m of next.get(n) ?? []) {
      rank.set(m, Math.max(rank.get(m)!, rank.get(n)! + 1))
      const left = indegree.get(m)! - 1
      indegree.set(m, left)
      if (left === 0) queue.push(m)
    }
  }
  for (const e of order)
    if (done.has(e.from) && !done.has(e.to))
      rank.set(e.to, Math.max(rank.get(e.to)!, rank.get(e.from)! + 1))
  return rank
}
