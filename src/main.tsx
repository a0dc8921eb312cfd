import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { useEditorStore } from './state/editorStore.ts'
import { flushAutosave } from './state/persistence.ts'
import { App } from './ui/App.tsx'
import './ui/app.css'

declare global {
  interface Window {
    /** test and benchmark hook: read the document, load text without the file picker */
    __studio?: { store: typeof useEditorStore }
  }
}
window.__studio = { store: useEditorStore }
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
