/**
 * The document's actions: structure (on the selection), field and list edits (arguments from
 * the control), quick fixes, revert and pre-caching. Each runs a registered command.
 */
import { fileKind, fileModel, siteData } from '../../core/document/siteFile.ts'
import type { Scope } from '../../core/document/scope.ts'
import type { EditorState } from '../editorState.ts'
import type { NoticeText } from '../notice.ts'
import { command } from './actions.ts'

const site = (s: EditorState) => fileModel(s.view)
const clusterCount = (s: EditorState) => site(s).clusterList(siteData(s.view)).length
const nodeCount = (s: EditorState, c: number) => site(s).nodeList(siteData(s.view), c).length
/** a ClusterInstance is one cluster: no cluster is added, copied or removed in it */
const clusterList = (s: EditorState) => fileKind(s.view) !== 'ClusterInstance'
const inCluster = (s: EditorState) => (s.selection.kind === 'site' ? null : s.selection.cluster)
const theCluster = (s: EditorState) => (s.selection.kind === 'cluster' ? s.selection : null)
const theNode = (s: EditorState) => (s.selection.kind === 'node' ? s.selection : null)
const clusterIndex = (s: EditorState) =>
  theCluster(s) && clusterList(s) ? { index: theCluster(s)!.cluster } : null
const nodeIndex = (s: EditorState) =>
  theNode(s) ? { cluster: theNode(s)!.cluster, index: theNode(s)!.node } : null
const sameScope = (a: Scope, b: Scope) => JSON.stringify(a) === JSON.stringify(b)

const loadJson = () => import('./jsonCommands.ts')
const loadPreview = () => import('./previewCommands.ts')
const loadReview = () => import('./reviewCommands.ts')
const loadFix = () => import('./fixCommands.ts')
const loadPrecache = () => import('./precacheCommands.ts')

const clusterName = (s: EditorState, c: number) =>
  String(
    (site(s).clusterList(siteData(s.view))[c] as { clusterName?: unknown })?.clusterName ?? c + 1,
  )
const hostName = (s: EditorState, c: number, n: number) =>
  String((site(s).nodeList(siteData(s.view), c)[n] as { hostName?: unknown })?.hostName ?? n + 1)

const fixed = (a: { fix: { title: string } }): NoticeText => ({
  key: 'Fixed: {{fix}}. Undo with Ctrl+Z.',
  params: { fix: a.fix.title },
})

const S = 'Structure'
export const structureActions = {
  'cluster.add': command('cluster.add', {
    label: 'Add cluster',
    group: S,
    args: (s) => (clusterList(s) ? {} : null),
  }),
  'node.add': command('node.add', {
    label: 'Add node to this cluster',
    group: S,
    args: (s) => (inCluster(s) === null ? null : { cluster: inCluster(s)! }),
  }),
  'cluster.duplicate': command('cluster.duplicate', {
    label: 'Duplicate cluster',
    group: S,
    args: clusterIndex,
  }),
  'node.duplicate': command('node.duplicate', {
    label: 'Duplicate node',
    group: S,
    args: nodeIndex,
  }),
  'cluster.remove': command('cluster.remove', {
    label: 'Remove cluster',
    group: S,
    args: clusterIndex,
  }),
  'node.remove': command('node.remove', {
    label: 'Remove node',
    group: S,
    args: nodeIndex,
  }),
  'cluster.moveUp': command('cluster.move', {
    label: 'Move cluster up',
    group: S,
    args: (s) => {
      const c = theCluster(s)?.cluster
      return c !== undefined && c > 0 ? { from: c, to: c - 1 } : null
    },
  }),
  'cluster.moveDown': command('cluster.move', {
    label: 'Move cluster down',
    group: S,
    args: (s) => {
      const c = theCluster(s)?.cluster
      return c !== undefined && c + 1 < clusterCount(s) ? { from: c, to: c + 1 } : null
    },
  }),
  'node.moveUp': command('node.move', {
    label: 'Move node up',
    group: S,
    args: (s) => {
      const n = theNode(s)
      return n && n.node > 0 ? { cluster: n.cluster, from: n.node, to: n.node - 1 } : null
    },
  }),
  'node.moveDown': command('node.move', {
    label: 'Move node down',
    group: S,
    args: (s) => {
      const n = theNode(s)
      return n && n.node + 1 < nodeCount(s, n.cluster)
        ? { cluster: n.cluster, from: n.node, to: n.node + 1 }
        : null
    },
  }),
  // the form's controls: arguments come from the control
  'field.set': command('field.set', { label: 'Set a field', group: 'Edit' }),
  'field.setJson': command('field.setJson', {
    label: 'Set a JSON field',
    group: 'Edit',
    load: loadJson,
  }),
  'field.unset': command('field.unset', { label: 'Remove a field', group: 'Edit' }),
  'list.add': command('list.add', { label: 'Add an item', group: 'Edit' }),
  'list.remove': command('list.remove', { label: 'Remove an item', group: 'Edit' }),
  'preview.fileText': command('preview.fileText', {
    label: 'Edit a script',
    group: 'Pre-caching',
    load: loadPreview,
  }),
  'preview.unitContents': command('preview.unitContents', {
    label: 'Edit a systemd unit',
    group: 'Pre-caching',
    load: loadPreview,
  }),
  'preview.fileMode': command('preview.fileMode', {
    label: 'Fix a file mode',
    group: 'Pre-caching',
    load: loadPreview,
  }),
  'review.revert': command('review.revert', {
    label: 'Revert a change',
    group: 'Review',
    load: loadReview,
    done: (a) => ({ key: 'Reverted: {{change}}.', params: { change: a.item.text } }),
  }),
  'fix.apply': command('fix.apply', {
    label: 'Apply a quick fix',
    group: 'Problems',
    load: loadFix,
    done: fixed,
  }),
  'fix.here': command('fix.apply', {
    label: 'Apply the first quick fix of the selected item',
    group: 'Problems',
    load: loadFix,
    args: (s) => {
      const d = s.diagnostics.find((x) => x.fix && sameScope(site(s).scopeOf(x.path), s.selection))
      return d?.fix ? { fix: d.fix } : null
    },
    done: fixed,
  }),
  'precache.enable': command('precache.enable', {
    label: 'Enable image pre-caching',
    group: 'Pre-caching',
    load: loadPrecache,
    done: () => ({ key: 'Image pre-caching enabled. Undo with Ctrl+Z.' }),
  }),
  'precache.disable': command('precache.disable', {
    label: 'Remove image pre-caching',
    group: 'Pre-caching',
    load: loadPrecache,
    args: (s) =>
      s.selection.kind === 'cluster'
        ? { target: { cluster: s.selection.cluster } }
        : s.selection.kind === 'node'
          ? { target: { cluster: s.selection.cluster, node: s.selection.node } }
          : null,
    done: ({ target: t }, s) =>
      t.node === undefined
        ? {
            key: 'Pre-caching removed from cluster {{name}} and its nodes. Undo with Ctrl+Z.',
            params: { name: clusterName(s, t.cluster) },
          }
        : {
            key: 'Pre-caching removed from node {{name}}. Undo with Ctrl+Z.',
            params: { name: hostName(s, t.cluster, t.node) },
          },
  }),
}
