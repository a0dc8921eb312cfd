/** Structure commands on the navigator's selection; each is one undo step and moves the selection. */
import { siteData } from '../../core/document/siteFile.ts'
import type { CommandArgs, CommandId } from '../../state/commands/registry.ts'
import type { Selection } from '../../state/createUiSlice.ts'
import { useEditorStore } from '../../state/editorStore.ts'
const st = () => useEditorStore.getState()

function counts(): { clusters: number; nodes: (c: number) => number } {
  const spec = (siteData(st().view)?.spec ?? {}) as { clusters?: unknown }
  const cl = Array.isArray(spec.clusters) ? (spec.clusters as { nodes?: unknown }[]) : []
  return {
    clusters: cl.length,
    nodes: (c) => (Array.isArray(cl[c]?.nodes) ? (cl[c]!.nodes as unknown[]).length : 0),
  }
}

function runAndSelect<K extends CommandId>(id: K, args: CommandArgs[K], next: Selection) {
  if (st().dispatch(id, args) === null) st().select(next)
}

export function addClusterAction() {
  runAndSelect('cluster.add', {}, { kind: 'cluster', cluster: counts().clusters })
}

export function addNodeAction(sel: Selection) {
  if (sel.kind === 'site') return
  const c = sel.cluster
  runAndSelect(
    'node.add',
    { cluster: c },
    {
      kind: 'node',
      cluster: c,
      node: counts().nodes(c),
    },
  )
}

export function duplicateAction(sel: Selection) {
  if (sel.kind === 'cluster')
    runAndSelect(
      'cluster.duplicate',
      { index: sel.cluster },
      {
        kind: 'cluster',
        cluster: sel.cluster + 1,
      },
    )
  if (sel.kind === 'node')
    runAndSelect(
      'node.duplicate',
      { cluster: sel.cluster, index: sel.node },
      {
        ...sel,
        node: sel.node + 1,
      },
    )
}

export function removeAction(sel: Selection) {
  if (sel.kind === 'cluster') {
    const left = counts().clusters - 1
    runAndSelect(
      'cluster.remove',
      { index: sel.cluster },
      left > 0 ? { kind: 'cluster', cluster: Math.min(sel.cluster, left - 1) } : { kind: 'site' },
    )
  }
  if (sel.kind === 'node') {
    const left = counts().nodes(sel.cluster) - 1
    runAndSelect(
      'node.remove',
      { cluster: sel.cluster, index: sel.node },
      left > 0
        ? { ...sel, node: Math.min(sel.node, left - 1) }
        : { kind: 'cluster', cluster: sel.cluster },
    )
  }
}

/** Moves the selected cluster or node one place up (-1) or down (+1). */
export function moveAction(sel: Selection, by: -1 | 1) {
  if (sel.kind === 'cluster') {
    const to = sel.cluster + by
    if (to < 0 || to >= counts().clusters) return
    runAndSelect(
      'cluster.move',
      { from: sel.cluster, to },
      {
        kind: 'cluster',
        cluster: to,
      },
    )
  }
  if (sel.kind === 'node') {
    const to = sel.node + by
    if (to < 0 || to >= counts().nodes(sel.cluster)) return
    runAndSelect(
      'node.move',
      { cluster: sel.cluster, from: sel.node, to },
      {
        ...sel,
        node: to,
      },
    )
  }
}
