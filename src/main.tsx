import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { useEditorStore } from './state/editorStore.ts'
import { flushAutosave } from './state/persistence.ts'
import { App } from './ui/App.tsx'
import './ui/app.css'

declare global {
  interface Window {
    /** e2e and benchmark hook (`vite build --mode e2e` only): read the document, load text */
    __studio?: { store: typeof useEditorStore }
  }
}
// a static condition: the production bundle drops the branch and has no such global
if (import.meta.env.MODE === 'e2e') window.__studio = { store: useEditorStore }
window.addEventListener('pagehide', flushAutosave)
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') flushAutosave()
})

const root = document.getElementById('root')
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
