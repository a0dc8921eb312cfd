/** The YAML pane's editor, for jumps from elsewhere (Problems); null until Monaco has loaded. */
import type * as Monaco from 'monaco-editor/editor'

let current: Monaco.editor.IStandaloneCodeEditor | null = null

export const setYamlEditor = (e: Monaco.editor.IStandaloneCodeEditor | null) => {
  current = e
}

/** Scrolls the YAML pane to line:column and puts the cursor there (without taking focus). */
export function revealInYaml(line: number, column: number): void {
  if (!current || line < 1) return
  current.setPosition({ lineNumber: line, column: Math.max(1, column) })
  current.revealLineInCenter(line)
}
