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
      const id = actionForKey(e)
      if (!id) return
      // a modal (ours are PatternFly's, some native) has its own keys; asked only for a bound key:
      // a query of the whole page on every typed letter cost 4 ms a key on 1,000 nodes
      if (document.querySelector('dialog[open], [aria-modal="true"]')) return
      void act(id)
      e.preventDefault()
      e.stopPropagation()
    }
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
  }, [])
}
