/** The YAML cursor tells the store which document field is selected (the Resources tab lights what it feeds). */
import type * as Monaco from 'monaco-editor/editor'
import { pathAt } from '../../core/document/pathAt.ts'
import { formatPath } from '../../core/document/path.ts'
import { useEditorStore } from '../../state/editorStore.ts'

const PAUSE_MS = 150

export function attachCursorPath(editor: Monaco.editor.IStandaloneCodeEditor): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  const sub = editor.onDidChangeCursorPosition((e) => {
    // jumps from elsewhere (a finding, a link back) move the cursor too: only the user's own count
    if (!editor.hasTextFocus()) return
    clearTimeout(timer)
    timer = setTimeout(() => {
      const model = editor.getModel()
      if (!model) return
      const st = useEditorStore.getState()
      if (st.file.text !== model.getValue()) return
      const p = pathAt(st.file, model.getOffsetAt(e.position))
      st.setFocusPath(p.length ? formatPath(p) : null)
    }, PAUSE_MS)
  })
  return () => {
    clearTimeout(timer)
    sub.dispose()
  }
}
