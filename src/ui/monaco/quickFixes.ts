/**
 * Quick fixes in the YAML pane: a finding with a fix shows Monaco's light bulb (Ctrl+.) on its
 * marker; choosing it runs the same fix as the Problems list (one undo step).
 */
import type * as Monaco from 'monaco-editor/editor'
import type { Fix } from '../../core/validate/diagnostic.ts'
import { useEditorStore } from '../../state/editorStore.ts'
import { runFix } from '../fixActions.ts'

const COMMAND = 'siteconfig-studio.fix'
let registered = false

export function registerQuickFixes(monaco: typeof Monaco): void {
  if (registered) return
  registered = true
  monaco.editor.registerCommand(COMMAND, (_accessor: unknown, fix: Fix) => void runFix(fix))
  monaco.languages.registerCodeActionProvider('yaml', {
    provideCodeActions: (_model, _range, context) => {
      const diags = useEditorStore.getState().diagnostics
      const actions = context.markers.flatMap((m) => {
        const d = diags.find(
          (x) =>
            x.fix &&
            x.rule === m.code &&
            x.line === m.startLineNumber &&
            x.column === m.startColumn,
        )
        return d?.fix
          ? [
              {
                title: `Fix: ${d.fix.title}`,
                kind: 'quickfix',
                diagnostics: [m],
                isPreferred: true,
                command: { id: COMMAND, title: d.fix.title, arguments: [d.fix] },
              },
            ]
          : []
      })
      return { actions, dispose: () => {} }
    },
  })
}
