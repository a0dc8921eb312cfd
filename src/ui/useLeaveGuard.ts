import { useEffect } from 'react'
import { useEditorStore } from '../state/editorStore.ts'

/** Changes that never left the app (not copied, downloaded or committed) are only in this tab. */
export function unsavedChanges(): boolean {
  const s = useEditorStore.getState()
  return s.file.text !== s.baseline && s.file.text !== s.delivered
}

/** Asks before the page is left with such changes (the browser shows its own wording). */
export function useLeaveGuard(): void {
  useEffect(() => {
    const onLeave = (e: BeforeUnloadEvent) => {
      if (!unsavedChanges()) return
      e.preventDefault()
      e.returnValue = '' // older Chromium needs it set
    }
    window.addEventListener('beforeunload', onLeave)
    return () => window.removeEventListener('beforeunload', onLeave)
  }, [])
}
