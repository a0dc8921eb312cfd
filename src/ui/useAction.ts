/** A button's view of an action: enabled now, and its label with its shortcut for a tooltip. */
import { keyLabel } from '../state/commands/actions.ts'
import { actionOf, resolveArgs } from '../state/commands/actionTable.ts'
import type { ActionId } from '../state/commands/actionTable.ts'
import { useEditorStore } from '../state/editorStore.ts'

/** Whether the action can run now without arguments (what the palette would list). */
export const useEnabled = (id: ActionId) => useEditorStore((s) => resolveArgs(id, s) !== null)

/** "Undo (Ctrl+Z)": the label and the first key binding, from the registry. */
export function withKeys(id: ActionId): string {
  const a = actionOf(id)
  const k = a.keys?.[0]
  return k ? `${a.label} (${keyLabel(k)})` : a.label
}
