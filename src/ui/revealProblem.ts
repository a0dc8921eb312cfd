/** Going to a finding: select its site/cluster/node, show it under its field, focus the field. */
import { formatPath } from '../core/document/path.ts'
import type { Path } from '../core/document/path.ts'
import type { Diagnostic } from '../core/validate/diagnostic.ts'
import type { Selection } from '../state/createUiSlice.ts'
import { act, useEditorStore } from '../state/editorStore.ts'
import { revealInYaml } from './monaco/editorRef.ts'
import { fileModel } from '../core/document/siteFile.ts'

/** the item of the document on screen that holds `p` */
export const selectionOf = (p: Path): Selection =>
  fileModel(useEditorStore.getState().view).scopeOf(p)

/** The closest form control for `path` (the path itself, else an ancestor that has a control). */
function focusField(path: Path): void {
  const form = document.querySelector('.form-pane')
  for (let k = path.length; k > 0; k--) {
    const name = formatPath(path.slice(0, k))
    const el =
      form?.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`) ??
      form?.querySelector<HTMLElement>(`[id="l:${CSS.escape(name)}"]`)?.closest('.field') ??
      null
    if (!el) continue
    useEditorStore.getState().touch(name)
    for (let d = el.closest('details'); d; d = d.parentElement?.closest('details') ?? null)
      d.open = true
    const target = el.matches('input, select, textarea, button')
      ? el
      : el.querySelector<HTMLElement>('input, select, textarea, button')
    target?.focus()
    el.scrollIntoView({ block: 'center' })
    return
  }
}

/** Selects the item that holds `path` and focuses its field in the form. */
export function revealPath(path: Path): void {
  void act('nav.select', selectionOf(path))
  requestAnimationFrame(() => focusField(path))
}

export function revealProblem(d: Diagnostic): void {
  const st = useEditorStore.getState()
  void act('nav.select', selectionOf(d.path))
  st.touch(formatPath(d.path))
  revealInYaml(d.line, d.column)
  // the form of the new selection renders first
  requestAnimationFrame(() => focusField(d.path))
}
