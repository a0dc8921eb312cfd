import { useEditorStore } from '../state/editorStore.ts'
import { ProblemSummary } from './ProblemSummary.tsx'

/** The app shell: the full editor (forms, Monaco, preview, diff) arrives with later issues. */
export function App() {
  const text = useEditorStore((s) => s.file.text)
  return (
    <div className="app">
      <header className="toolbar">
        <h1>SiteConfig Studio</h1>
        <ProblemSummary />
      </header>
      <main>
        <section aria-label="YAML" className="yaml-pane">
          <pre data-testid="yaml.text">{text}</pre>
        </section>
      </main>
    </div>
  )
}
