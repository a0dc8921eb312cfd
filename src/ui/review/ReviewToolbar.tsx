import { act, useEditorStore } from '../../state/editorStore.ts'

/** Layout, change count and navigation, the patch, and "Mark as committed". */
export function ReviewToolbar({ changes }: { changes: number | null }) {
  const inline = useEditorStore((s) => s.diffInline)
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
            onChange={() => void act('review.layout', { inline: false })}
          />{' '}
          Side by side
        </label>
        <label>
          <input
            type="radio"
            name="diff-layout"
            checked={inline}
            onChange={() => void act('review.layout', { inline: true })}
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
      <button type="button" disabled={!dirty} onClick={() => void act('review.previousChange')}>
        ↑ Previous change
      </button>
      <button type="button" disabled={!dirty} onClick={() => void act('review.nextChange')}>
        ↓ Next change
      </button>
      <button type="button" disabled={!dirty} onClick={() => void act('review.copyPatch')}>
        Copy patch
      </button>
      <button type="button" disabled={!dirty} onClick={() => void act('review.downloadPatch')}>
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
        onClick={() => void act('review.markCommitted')}
      >
        Mark as committed
      </button>
    </div>
  )
}
