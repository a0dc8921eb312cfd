import { useRef, useState } from 'react'
import { startOver, useEditorStore } from '../state/editorStore.ts'
import { ConfirmDialog } from './ConfirmDialog.tsx'
import { NewDialog } from './NewDialog.tsx'
import { ProblemSummary } from './ProblemSummary.tsx'
import { copyYaml, downloadYaml, importFile } from './fileIo.ts'
import { Notice } from './Notice.tsx'

/** Import, New, Undo, Redo, Copy YAML, Download YAML, Start over; the problem count; notices. */
export function Toolbar() {
  const canUndo = useEditorStore((s) => s.history.past.length > 0)
  const canRedo = useEditorStore((s) => s.history.future.length > 0)
  const fileName = useEditorStore((s) => s.fileName)
  const input = useRef<HTMLInputElement>(null)
  const [dialog, setDialog] = useState<'new' | 'start-over' | null>(null)
  return (
    <header className="toolbar">
      <h1>SiteConfig Studio</h1>
      <span className="file-name" title="Current document">
        {fileName}
      </span>
      <div role="toolbar" aria-label="Document" className="toolbar-buttons">
        <button type="button" onClick={() => input.current?.click()}>
          Import
        </button>
        <input
          ref={input}
          type="file"
          accept=".yaml,.yml,text/yaml,application/yaml"
          aria-label="Import SiteConfig file"
          className="visually-hidden"
          tabIndex={-1}
          onChange={(e) => {
            const f = e.target.files?.[0]
            e.target.value = ''
            if (f) void importFile(f)
          }}
        />
        <button type="button" onClick={() => setDialog('new')}>
          New
        </button>
        <button
          type="button"
          disabled={!canUndo}
          onClick={() => useEditorStore.getState().undo()}
          title="Undo (Ctrl+Z)"
        >
          Undo
        </button>
        <button
          type="button"
          disabled={!canRedo}
          onClick={() => useEditorStore.getState().redo()}
          title="Redo (Ctrl+Shift+Z)"
        >
          Redo
        </button>
        <button type="button" onClick={() => void copyYaml()}>
          Copy YAML
        </button>
        <button type="button" onClick={downloadYaml} title="Download YAML (Ctrl+S)">
          Download YAML
        </button>
        <button type="button" onClick={() => setDialog('start-over')}>
          Start over
        </button>
      </div>
      <ProblemSummary />
      <Notice />
      {dialog === 'new' ? <NewDialog onClose={() => setDialog(null)} /> : null}
      {dialog === 'start-over' ? (
        <ConfirmDialog
          title="Start over?"
          confirmLabel="Discard and start over"
          onCancel={() => setDialog(null)}
          onConfirm={() => {
            startOver()
            setDialog(null)
          }}
        >
          <p>
            This discards the autosaved document and its undo history and opens the documentation
            example again. Download your work first if you need it.
          </p>
        </ConfirmDialog>
      ) : null}
    </header>
  )
}
