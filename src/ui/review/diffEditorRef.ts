/** The Diff tab's Monaco diff editor, for the toolbar's next/previous buttons. */
import type * as Monaco from 'monaco-editor/editor'

let current: Monaco.editor.IStandaloneDiffEditor | null = null

export const setDiffEditor = (e: Monaco.editor.IStandaloneDiffEditor | null) => {
  current = e
}

export function goToChange(target: 'next' | 'previous'): void {
  current?.goToDiff(target)
  current?.getModifiedEditor().focus()
}
