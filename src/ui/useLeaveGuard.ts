import { useEffect } from 'react'
import { useEditorStore } from '../state/editorStore.ts'

/** Changes that never left the app (not copied, downloaded or committed) are only in this tab. */
export function unsavedChanges(): boolean {
  const s = useEditorStore.getState()
  if (s.file.text !== s.baseline && s.file.text !== s.delivered) return true
  // an opened folder's other sites: autosave keeps only the open one, so an edit not yet written
  // to its file would be lost
  const ws = s.workspace
  if (!ws) return false
  for (const [p, st] of ws.parked)
    if (st.file.text !== ws.texts.get(p) && st.file.text !== st.delivered) return true
  return false
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
