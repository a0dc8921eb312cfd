import type { Selection } from '../../state/createUiSlice.ts'
import { act } from '../../state/editorStore.ts'

/** Structure actions for the selected item: add, duplicate, remove, reorder (the registry's). */
export function NavigatorToolbar({ selection }: { selection: Selection }) {
  const item = selection.kind === 'site' ? null : selection.kind
  // an item's own action; at the ends of a list "Move" does nothing, as before
  const on = (what: 'duplicate' | 'remove' | 'moveUp' | 'moveDown') => () => {
    if (item) void act(`${item}.${what}` as const)
  }
  return (
    <div className="nav-actions" role="toolbar" aria-label="Structure">
      <button type="button" onClick={() => void act('cluster.add')}>
        Add cluster
      </button>
      <button type="button" onClick={() => void act('node.add')} disabled={!item}>
        Add node
      </button>
      <button
        type="button"
        onClick={on('duplicate')}
        disabled={!item}
        aria-label={item ? `Duplicate ${item}` : 'Duplicate'}
      >
        Duplicate
      </button>
      <button
        type="button"
        onClick={on('remove')}
        disabled={!item}
        aria-label={item ? `Remove ${item}` : 'Remove'}
      >
        Remove
      </button>
      <button
        type="button"
        onClick={on('moveUp')}
        disabled={!item}
        aria-label="Move up"
        title="Move up"
      >
        ↑
      </button>
      <button
        type="button"
        onClick={on('moveDown')}
        disabled={!item}
        aria-label="Move down"
        title="Move down"
      >
        ↓
      </button>
    </div>
  )
}
