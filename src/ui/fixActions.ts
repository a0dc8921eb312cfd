/** A quick fix from the Problems list, under a field, or in the YAML pane: one undo step. */
import type { Fix } from '../core/validate/diagnostic.ts'
import { useEditorStore } from '../state/editorStore.ts'

// the fix code (the override writer with its data-URL and gzip codecs) loads on first use,
// keeping it out of the JavaScript the form needs
export async function runFix(fix: Fix): Promise<void> {
  const { applyFix } = await import('../core/validate/applyFix.ts')
  const st = useEditorStore.getState()
  if (st.run('fix', (f) => applyFix(f, fix))) {
    st.sealHistory()
    st.notify('info', `Fixed: ${fix.title}. Undo with Ctrl+Z.`)
  }
}
