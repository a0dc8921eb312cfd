import { act, useEditorStore } from '../state/editorStore.ts'
import { setImportInput } from './actionEffects.ts'
import { ConfirmDialog } from './ConfirmDialog.tsx'
import { NewDialog } from './NewDialog.tsx'
import { ProblemSummary } from './ProblemSummary.tsx'
import { Notice } from './Notice.tsx'
import { useEnabled, withKeys } from './useAction.ts'

/** Import, New, Undo, Redo, Copy, Download, Start over, Commands; the problem count; notices. */
export function Toolbar() {
  const canUndo = useEnabled('history.undo')
  const canRedo = useEnabled('history.redo')
  const fileName = useEditorStore((s) => s.fileName)
  const dialog = useEditorStore((s) => s.dialog)
  return (
    <header className="toolbar">
      <h1>SiteConfig Studio</h1>
      <span className="file-name" title="Current document">
        {fileName}
      </span>
      <div role="toolbar" aria-label="Document" className="toolbar-buttons">
        <button type="button" onClick={() => void act('file.import')}>
          Import
        </button>
        <input
          ref={setImportInput}
          type="file"
          accept=".yaml,.yml,text/yaml,application/yaml"
          aria-label="Import SiteConfig file"
          className="visually-hidden"
          tabIndex={-1}
          onChange={(e) => {
            const f = e.target.files?.[0]
            e.target.value = ''
            if (f) void act('file.import', { file: f })
          }}
        />
        <button type="button" onClick={() => void act('file.new')}>
          New
        </button>
        <button
          type="button"
          disabled={!canUndo}
          onClick={() => void act('history.undo')}
          title={withKeys('history.undo')}
        >
          Undo
        </button>
        <button
          type="button"
          disabled={!canRedo}
          onClick={() => void act('history.redo')}
          title={withKeys('history.redo')}
        >
          Redo
        </button>
        <button type="button" onClick={() => void act('file.copy')}>
          Copy YAML
        </button>
        <button
          type="button"
          onClick={() => void act('file.download')}
          title={withKeys('file.download')}
        >
          Download YAML
        </button>
        <button type="button" onClick={() => void act('file.startOver')}>
          Start over
        </button>
        <button
          type="button"
          onClick={() => void act('palette.open')}
          title={withKeys('palette.open')}
        >
          Commands…
        </button>
      </div>
      <ProblemSummary />
      <Notice />
      {dialog === 'new' ? <NewDialog /> : null}
      {dialog === 'start-over' ? (
        <ConfirmDialog
          title="Start over?"
          confirmLabel="Discard and start over"
          onCancel={() => void act('dialog.close')}
          onConfirm={() => void act('file.discard')}
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
