/** Structure commands on the navigator's selection; each is one undo step and moves the selection. */
import {
  addCluster,
  addNode,
  duplicateCluster,
  duplicateNode,
  moveCluster,
  moveNode,
  removeCluster,
  removeNode,
} from '../../core/document/commands.ts'
import { siteData } from '../../core/document/siteFile.ts'
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

function runAndSelect(
  intent: string,
  cmd: Parameters<ReturnType<typeof st>['run']>[1],
  next: Selection,
) {
  if (st().run(intent, cmd)) {
    st().sealHistory()
    st().select(next)
  }
}

export function addClusterAction() {
  runAndSelect('add-cluster', (f) => addCluster(f), { kind: 'cluster', cluster: counts().clusters })
}

export function addNodeAction(sel: Selection) {
  if (sel.kind === 'site') return
  const c = sel.cluster
  runAndSelect('add-node', (f) => addNode(f, { cluster: c }), {
    kind: 'node',
    cluster: c,
    node: counts().nodes(c),
  })
}

export function duplicateAction(sel: Selection) {
  if (sel.kind === 'cluster')
    runAndSelect('duplicate', (f) => duplicateCluster(f, { index: sel.cluster }), {
      kind: 'cluster',
      cluster: sel.cluster + 1,
    })
  if (sel.kind === 'node')
    runAndSelect('duplicate', (f) => duplicateNode(f, { cluster: sel.cluster, index: sel.node }), {
      ...sel,
      node: sel.node + 1,
    })
}

export function removeAction(sel: Selection) {
  if (sel.kind === 'cluster') {
    const left = counts().clusters - 1
    runAndSelect(
      'remove',
      (f) => removeCluster(f, { index: sel.cluster }),
      left > 0 ? { kind: 'cluster', cluster: Math.min(sel.cluster, left - 1) } : { kind: 'site' },
    )
  }
  if (sel.kind === 'node') {
    const left = counts().nodes(sel.cluster) - 1
    runAndSelect(
      'remove',
      (f) => removeNode(f, { cluster: sel.cluster, index: sel.node }),
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
    runAndSelect('move', (f) => moveCluster(f, { from: sel.cluster, to }), {
      kind: 'cluster',
      cluster: to,
    })
  }
  if (sel.kind === 'node') {
    const to = sel.node + by
    if (to < 0 || to >= counts().nodes(sel.cluster)) return
    runAndSelect('move', (f) => moveNode(f, { cluster: sel.cluster, from: sel.node, to }), {
      ...sel,
      node: to,
    })
  }
}
