/**
 * The form and navigator commands: the core's named edits with their undo policy. Structure
 * commands also say what to select afterwards (the new item; after a removal, a neighbour).
 */
import {
  addCluster,
  addListItem,
  addNode,
  duplicateCluster,
  duplicateNode,
  moveCluster,
  moveNode,
  removeCluster,
  removeListItem,
  removeNode,
  setField,
  unsetField,
} from '../document/commands.ts'
import { formatPath } from '../document/path.ts'
import type { Scope } from '../document/scope.ts'
import type { SiteFile } from '../document/siteFile.ts'
import { fileModel, siteData } from '../document/siteFile.ts'
import { defineCommands } from './registry.ts'

const clusterCount = (f: SiteFile) => fileModel(f).clusterList(siteData(f)).length
const nodeCount = (f: SiteFile, c: number) => fileModel(f).nodeList(siteData(f), c).length
const cluster = (c: number): Scope => ({ kind: 'cluster', cluster: c })
const node = (c: number, n: number): Scope => ({ kind: 'node', cluster: c, node: n })

defineCommands({
  'field.set': {
    title: 'Set a field',
    undo: 'typing',
    stepKey: (a) => formatPath(a.path),
    perform: setField,
  },
  'field.unset': { title: 'Remove a field', undo: 'step', perform: unsetField },
  'list.add': {
    title: 'Add an item',
    undo: 'step',
    // a list not in the file yet is written whole
    perform: (f, a) =>
      a.exists ? addListItem(f, a) : setField(f, { path: a.path, value: [a.value] }),
  },
  'list.remove': { title: 'Remove an item', undo: 'step', perform: removeListItem },
  'cluster.add': {
    title: 'Add a cluster',
    undo: 'step',
    perform: (f) => ({ file: addCluster(f), selection: cluster(clusterCount(f)) }),
  },
  'cluster.duplicate': {
    title: 'Duplicate the cluster',
    undo: 'step',
    perform: (f, a) => ({ file: duplicateCluster(f, a), selection: cluster(a.index + 1) }),
  },
  'cluster.remove': {
    title: 'Remove the cluster',
    undo: 'step',
    perform: (f, a) => {
      const left = clusterCount(f) - 1
      const next: Scope = left > 0 ? cluster(Math.min(a.index, left - 1)) : { kind: 'site' }
      return { file: removeCluster(f, a), selection: next }
    },
  },
  'cluster.move': {
    title: 'Move the cluster',
    undo: 'step',
    perform: (f, a) => ({ file: moveCluster(f, a), selection: cluster(a.to) }),
  },
  'node.add': {
    title: 'Add a node',
    undo: 'step',
    perform: (f, a) => ({
      file: addNode(f, a),
      selection: node(a.cluster, nodeCount(f, a.cluster)),
    }),
  },
  'node.duplicate': {
    title: 'Duplicate the node',
    undo: 'step',
    perform: (f, a) => ({ file: duplicateNode(f, a), selection: node(a.cluster, a.index + 1) }),
  },
  'node.remove': {
    title: 'Remove the node',
    undo: 'step',
    perform: (f, a) => {
      const left = nodeCount(f, a.cluster) - 1
      const next = left > 0 ? node(a.cluster, Math.min(a.index, left - 1)) : cluster(a.cluster)
      return { file: removeNode(f, a), selection: next }
    },
  },
  'node.move': {
    title: 'Move the node',
    undo: 'step',
    perform: (f, a) => ({ file: moveNode(f, a), selection: node(a.cluster, a.to) }),
  },
})
