/** A quick fix from the Problems list, under a field, or in the YAML pane: one undo step. */
import type { Fix } from '../core/validate/diagnostic.ts'
import { useEditorStore } from '../state/editorStore.ts'

// the fix code (the override writer with its data-URL and gzip codecs) loads on first use,
// keeping it out of the JavaScript the form needs
export async function runFix(fix: Fix): Promise<void> {
  await import('../state/commands/fixCommands.ts')
  const st = useEditorStore.getState()
  if (st.dispatch('fix.apply', { fix }) === null)
    st.notify('info', `Fixed: ${fix.title}. Undo with Ctrl+Z.`)
}
