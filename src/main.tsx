import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { startAutosave, useEditorStore } from './state/editorStore.ts'
import { App } from './ui/App.tsx'
import './ui/app.css'

declare global {
  interface Window {
    /** test and benchmark hook: read the document, load text without the file picker */
    __studio?: { store: typeof useEditorStore }
  }
}
window.__studio = { store: useEditorStore }

const root = document.getElementById('root')
// the saved work is read first, so the seed is never shown (or saved) over it
await startAutosave()
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
