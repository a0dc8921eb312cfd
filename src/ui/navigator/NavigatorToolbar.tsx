import type { Selection } from '../../state/createUiSlice.ts'
import {
  addClusterAction,
  addNodeAction,
  duplicateAction,
  moveAction,
  removeAction,
} from './navigatorActions.ts'

/** Structure actions for the selected item: add, duplicate, remove, reorder. */
export function NavigatorToolbar({ selection }: { selection: Selection }) {
  const item = selection.kind === 'site' ? null : selection.kind
  return (
    <div className="nav-actions" role="toolbar" aria-label="Structure">
      <button type="button" onClick={addClusterAction}>
        Add cluster
      </button>
      <button type="button" onClick={() => addNodeAction(selection)} disabled={!item}>
        Add node
      </button>
      <button
        type="button"
        onClick={() => duplicateAction(selection)}
        disabled={!item}
        aria-label={item ? `Duplicate ${item}` : 'Duplicate'}
      >
        Duplicate
      </button>
      <button
        type="button"
        onClick={() => removeAction(selection)}
        disabled={!item}
        aria-label={item ? `Remove ${item}` : 'Remove'}
      >
        Remove
      </button>
      <button
        type="button"
        onClick={() => moveAction(selection, -1)}
        disabled={!item}
        aria-label="Move up"
        title="Move up"
      >
        ↑
      </button>
      <button
        type="button"
        onClick={() => moveAction(selection, 1)}
        disabled={!item}
        aria-label="Move down"
        title="Move down"
      >
        ↓
      </button>
    </div>
  )
}
