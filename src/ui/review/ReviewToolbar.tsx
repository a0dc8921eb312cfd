import { useEditorStore } from '../../state/editorStore.ts'
import { goToChange } from './diffEditorRef.ts'
import { copyPatch, downloadPatch, markCommitted } from './reviewActions.ts'

/** Layout, change count and navigation, the patch, and "Mark as committed". */
export function ReviewToolbar({ changes }: { changes: number | null }) {
  const inline = useEditorStore((s) => s.diffInline)
  const setInline = useEditorStore((s) => s.setDiffInline)
  const dirty = useEditorStore((s) => s.file.text !== s.baseline)
  const delivered = useEditorStore((s) => s.delivered === s.file.text)
  return (
    <div className="review-toolbar" role="toolbar" aria-label="Review">
      <fieldset className="segmented">
        <legend className="visually-hidden">Diff layout</legend>
        <label>
          <input
            type="radio"
            name="diff-layout"
            checked={!inline}
            onChange={() => setInline(false)}
          />{' '}
          Side by side
        </label>
        <label>
          <input
            type="radio"
            name="diff-layout"
            checked={inline}
            onChange={() => setInline(true)}
          />{' '}
          Inline
        </label>
      </fieldset>
      <span className="change-count" data-testid="diff.count" aria-live="polite">
        {!dirty
          ? 'No changes'
          : changes === null
            ? 'Comparing…'
            : `${changes} change${changes === 1 ? '' : 's'}`}
      </span>
      <button type="button" disabled={!dirty} onClick={() => goToChange('previous')}>
        ↑ Previous change
      </button>
      <button type="button" disabled={!dirty} onClick={() => goToChange('next')}>
        ↓ Next change
      </button>
      <button type="button" disabled={!dirty} onClick={() => void copyPatch()}>
        Copy patch
      </button>
      <button type="button" disabled={!dirty} onClick={downloadPatch}>
        Download patch
      </button>
      <button
        type="button"
        disabled={!dirty || !delivered}
        title={
          delivered
            ? 'Make this text the new baseline'
            : 'Copy or download the YAML or the patch first'
        }
        onClick={markCommitted}
      >
        Mark as committed
      </button>
    </div>
  )
}
