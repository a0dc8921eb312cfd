import { useEffect } from 'react'
import { actionForKey } from '../state/commands/actionTable.ts'
import { act } from '../state/editorStore.ts'

/**
 * The registry's shortcuts, caught before the focused control sees them (capture phase): Ctrl+Z
 * in a form field or in Monaco walks the one document history rather than a private one, and F1
 * opens our palette rather than Monaco's. A bound key is taken even when its action is disabled.
 */
export function useGlobalKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // a modal (ours are PatternFly's, some native) has its own keys
      if (document.querySelector('dialog[open], [aria-modal="true"]')) return
      const id = actionForKey(e)
      if (!id) return
      void act(id)
      e.preventDefault()
      e.stopPropagation()
    }
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
  }, [])
}
