import { Suspense, lazy, useState } from 'react'
import type { KeyboardEvent, ReactNode } from 'react'
import { act, useEditorStore } from '../state/editorStore.ts'
import type { RightTab } from '../state/createUiSlice.ts'
import { PaneBoundary } from './PaneBoundary.tsx'
import { ProblemsPanel } from './ProblemsPanel.tsx'

const YamlPane = lazy(() => import('./YamlPane.tsx'))
const PreviewPane = lazy(() => import('./preview/PreviewPane.tsx'))
const DiffPane = lazy(() => import('./review/DiffPane.tsx'))

const TABS: Array<{ id: RightTab; label: string }> = [
  { id: 'yaml', label: 'YAML' },
  { id: 'preview', label: 'Preview' },
  { id: 'diff', label: 'Diff' },
  { id: 'problems', label: 'Problems' },
]

/** YAML, Preview, Diff and Problems as ARIA tabs. Panels stay mounted so Monaco keeps its state. */
export function RightPane() {
  const tab = useEditorStore((s) => s.rightTab)
  const width = useEditorStore((s) => s.paneWidth)
  const changed = useEditorStore((s) => s.file.text !== s.baseline)
  const [seen, setSeen] = useState<Set<RightTab>>(() => new Set([tab]))
  if (!seen.has(tab)) setSeen(new Set([...seen, tab]))
  const onKey = (e: KeyboardEvent) => {
    const i = TABS.findIndex((t) => t.id === tab)
    const d = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0
    if (!d) return
    const next = TABS[(i + d + TABS.length) % TABS.length]!
    void act(`view.${next.id}` as const)
    document.getElementById(`tab-${next.id}`)?.focus()
  }
  return (
    <section className="right-pane" style={{ width }} aria-label="Document views">
      <div role="tablist" aria-label="Document views" onKeyDown={onKey}>
        {TABS.map((t) => (
          <button
            key={t.id}
            id={`tab-${t.id}`}
            type="button"
            role="tab"
            aria-selected={tab === t.id}
            aria-controls={`panel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            onClick={() => void act(`view.${t.id}` as const)}
          >
            {t.label}
            {t.id === 'diff' && changed ? (
              <span className="tab-dot" title="Changed since the baseline">
                <span aria-hidden="true"> •</span>
                <span className="visually-hidden"> (changed)</span>
              </span>
            ) : null}
          </button>
        ))}
      </div>
      <Panel id="yaml" tab={tab}>
        <Suspense fallback={<p className="muted">Loading the YAML editor…</p>}>
          <YamlPane />
        </Suspense>
      </Panel>
      <Panel id="preview" tab={tab}>
        {/* mounted when first shown: its editors are small Monacos */}
        {tab === 'preview' || seen.has('preview') ? (
          <Suspense fallback={<p className="muted">Loading the preview…</p>}>
            <PreviewPane />
          </Suspense>
        ) : null}
      </Panel>
      <Panel id="diff" tab={tab}>
        {tab === 'diff' || seen.has('diff') ? (
          <Suspense fallback={<p className="muted">Loading the review…</p>}>
            <DiffPane />
          </Suspense>
        ) : null}
      </Panel>
      <Panel id="problems" tab={tab}>
        <ProblemsPanel />
      </Panel>
    </section>
  )
}

/** A tab's panel; a render error stays inside it (see PaneBoundary), the YAML is the way back. */
function Panel({ id, tab, children }: { id: RightTab; tab: RightTab; children: ReactNode }) {
  const text = useEditorStore((s) => s.file.text)
  const back =
    id === 'yaml' ? undefined : { label: 'Back to the YAML', onClick: () => void act('view.yaml') }
  return (
    <div role="tabpanel" id={`panel-${id}`} aria-labelledby={`tab-${id}`} hidden={tab !== id}>
      <PaneBoundary resetKeys={[text]} back={back}>
        {children}
      </PaneBoundary>
    </div>
  )
}
