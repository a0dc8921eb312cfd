import { useEditorStore } from '../state/editorStore.ts'

/** The latest status message: confirmations politely, refusals as alerts. */
export function Notice() {
  const notice = useEditorStore((s) => s.notice)
  return (
    <div
      className={`notice ${notice?.kind ?? ''}`}
      role={notice?.kind === 'error' ? 'alert' : 'status'}
      data-testid="notice"
    >
      {notice?.text ?? ''}
    </div>
  )
}
