import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { act, startAutosave, useEditorStore } from './state/editorStore.ts'
// PatternFly's reset, tokens and fonts (bundled: nothing is fetched), before the app's own styles
import '@patternfly/react-core/dist/styles/base.css'
// Hangul: the Red Hat fonts have none and a machine may have no Korean font; bundled, and only the
// unicode-range subsets a page shows are loaded (app.css puts it after the Red Hat fonts)
import '@fontsource-variable/noto-sans-kr'
import { App } from './ui/App.tsx'
import './ui/app.css'
// the language is chosen, and its texts loaded, before the first render
import { languageReady } from './ui/i18n.ts'

declare global {
  interface Window {
    /** e2e and benchmark hook (`vite build --mode e2e` only): read the document, load text */
    __studio?: { store: typeof useEditorStore }
  }
}
// a static condition: the production bundle drops the branch and has no such global
if (import.meta.env.MODE === 'e2e') window.__studio = { store: useEditorStore }

const root = document.getElementById('root')
// the saved work is read first, so the seed is never shown (or saved) over it
await startAutosave()
await languageReady
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
// served by `siteconfig-studio serve DIR` (its URL ends in ?folder): that folder opens, read only
if (new URLSearchParams(location.search).has('folder')) void act('folder.open', { served: true })
