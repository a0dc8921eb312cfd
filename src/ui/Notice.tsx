import { clock } from '../state/clock.ts'
import { act, useEditorStore } from '../state/editorStore.ts'

/** The latest status message: confirmations politely, refusals as alerts; then autosave's state. */
export function Notice() {
  const notice = useEditorStore((s) => s.notice)
  return (
    <>
      <div
        className={`notice ${notice?.kind ?? ''}`}
        role={notice?.kind === 'error' ? 'alert' : 'status'}
        data-testid="notice"
      >
        {notice?.text ?? ''}
      </div>
      <AutosaveState />
    </>
  )
}

const LABEL = { idle: '', pending: 'Saving…', held: 'Not saved', failing: 'Not saved' }

/**
 * Stays while autosave cannot write (clears itself when a write succeeds), and when another
 * tab saved the document: then the user chooses whose version to keep.
 */
function AutosaveState() {
  const a = useEditorStore((s) => s.autosave)
  const other = useEditorStore((s) => s.otherTab)
  const label = a.state === 'saved' ? `Saved ${a.savedAt ? clock(a.savedAt) : ''}` : LABEL[a.state]
  return (
    <>
      <span className="autosave-state" data-testid="autosave" data-saves={a.saves}>
        {label}
      </span>
      {a.state === 'failing' ? (
        <div className="notice error autosave-alert" role="alert" data-testid="autosave.failing">
          {a.error}
        </div>
      ) : null}
      {other ? (
        <div className="other-tab" role="alert" data-testid="other-tab">
          Another tab saved this document at {clock(other.savedAt)}.{' '}
          {a.state === 'held' ? 'Your changes here are not autosaved until you choose. ' : ''}
          <button type="button" onClick={() => void act('session.loadTheirs')}>
            Load the other tab&apos;s version
          </button>{' '}
          <button type="button" onClick={() => void act('session.keepMine')}>
            Keep mine
          </button>
        </div>
      ) : null}
    </>
  )
}
