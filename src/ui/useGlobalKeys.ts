import { useEffect } from 'react'
import { useEditorStore } from '../state/editorStore.ts'
import { downloadYaml } from './fileIo.ts'

/**
 * Document shortcuts, caught before the focused control sees them (capture phase) so that Ctrl+Z
 * in a form field or in Monaco walks the one document history rather than a private one.
 */
export function useGlobalKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return
      const k = e.key.toLowerCase()
      const st = useEditorStore.getState()
      if (document.querySelector('dialog[open]')) return
      if (k === 'z' && !e.shiftKey) st.undo()
      else if ((k === 'z' && e.shiftKey) || (k === 'y' && !e.metaKey)) st.redo()
      else if (k === 's') downloadYaml()
      else return
      e.preventDefault()
      e.stopPropagation()
    }
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
  }, [])
}
