/**
 * Two-way sync between the Monaco model and the store. Store → Monaco: the smallest replacement,
 * through executeEdits (never setValue, which would drop the cursor and Monaco's undo stack).
 * Monaco → store: debounced; anything that changes the document flushes pending typing first.
 */
import type * as Monaco from 'monaco-editor/editor'
import { syntaxProblem } from '../../core/document/siteFile.ts'
import type { SiteFile, YamlProblem } from '../../core/document/siteFile.ts'
import { useEditorStore } from '../../state/editorStore.ts'
import { setPending } from '../../state/pendingYaml.ts'
import { minimalEdit } from './minimalEdit.ts'
import { markersFor } from './markers.ts'

export const YAML_DEBOUNCE_MS = 250

export function attachYamlSync(
  editor: Monaco.editor.IStandaloneCodeEditor,
  monaco: typeof Monaco,
): () => void {
  const model = editor.getModel()
  if (!model) return () => {}
  let known = model.getValue()
  let applying = false
  let timer: ReturnType<typeof setTimeout> | undefined

  const flush = () => {
    if (timer) clearTimeout(timer)
    timer = undefined
    setPending('yaml', null)
    known = model.getValue()
    useEditorStore.getState().typeYaml(known)
  }

  const apply = (next: SiteFile) => {
    const c = next.edit
    const e =
      c && c.base === known
        ? { start: c.from, end: c.to, text: c.insert }
        : minimalEdit(known, next.text)
    known = next.text
    if (!e) return
    const a = model.getPositionAt(e.start)
    const b = model.getPositionAt(e.end)
    applying = true
    try {
      editor.executeEdits('siteconfig-studio', [
        { range: new monaco.Range(a.lineNumber, a.column, b.lineNumber, b.column), text: e.text },
      ])
      editor.pushUndoStop()
    } finally {
      applying = false
    }
  }

  const changes = model.onDidChangeContent(() => {
    if (applying) return
    setPending('yaml', flush)
    if (timer) clearTimeout(timer)
    timer = setTimeout(flush, YAML_DEBOUNCE_MS)
  })

  // markers are redrawn when the findings or the parse error change, not on every keystroke:
  // a 1,000-node file has thousands of them
  let shownProblem: YamlProblem | undefined
  const mark = () => {
    const s = useEditorStore.getState()
    shownProblem = syntaxProblem(s.file)
    monaco.editor.setModelMarkers(model, 'siteconfig-studio', markersFor(s.file, s.diagnostics))
  }
  const unsubscribe = useEditorStore.subscribe((s, prev) => {
    if (s.file.text !== known) apply(s.file)
    if (s.diagnostics !== prev.diagnostics || syntaxProblem(s.file) !== shownProblem) mark()
  })
  if (useEditorStore.getState().file.text !== known) apply(useEditorStore.getState().file)
  mark()

  return () => {
    if (timer) flush()
    changes.dispose()
    unsubscribe()
  }
}
