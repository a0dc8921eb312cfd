/** The form and navigator commands: the core's named edits with their undo policy. */
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
} from '../../core/document/commands.ts'
import { formatPath } from '../../core/document/path.ts'
import { defineCommands } from './registry.ts'

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
  'cluster.add': { title: 'Add a cluster', undo: 'step', perform: (f) => addCluster(f) },
  'cluster.duplicate': { title: 'Duplicate the cluster', undo: 'step', perform: duplicateCluster },
  'cluster.remove': { title: 'Remove the cluster', undo: 'step', perform: removeCluster },
  'cluster.move': { title: 'Move the cluster', undo: 'step', perform: moveCluster },
  'node.add': { title: 'Add a node', undo: 'step', perform: addNode },
  'node.duplicate': { title: 'Duplicate the node', undo: 'step', perform: duplicateNode },
  'node.remove': { title: 'Remove the node', undo: 'step', perform: removeNode },
  'node.move': { title: 'Move the node', undo: 'step', perform: moveNode },
})
