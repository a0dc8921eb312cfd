import { Badge, Tab, TabTitleText, Tabs } from '@patternfly/react-core'
import { Suspense, lazy, useState } from 'react'
import type { KeyboardEvent, ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { TextKey } from '../i18n/catalog.ts'
import { act, useEditorStore } from '../state/editorStore.ts'
import type { RightTab } from '../state/createUiSlice.ts'
import { PaneBoundary } from './PaneBoundary.tsx'
import { ProblemsPanel } from './ProblemsPanel.tsx'
import { useAfterFirstPaint } from './useAfterFirstPaint.ts'

const YamlPane = lazy(() => import('./YamlPane.tsx'))
const PreviewPane = lazy(() => import('./preview/PreviewPane.tsx'))
const ResourcesPane = lazy(() => import('./resources/ResourcesPane.tsx'))
const DiffPane = lazy(() => import('./review/DiffPane.tsx'))
const SitesPane = lazy(() => import('./fleet/SitesPane.tsx'))

const SITES_TAB = { id: 'sites', label: 'Sites' } as const satisfies {
  id: RightTab
  label: TextKey
}
const TABS: Array<{ id: RightTab; label: TextKey }> = [
  { id: 'yaml', label: 'YAML' },
  { id: 'preview', label: 'Preview' },
  { id: 'resources', label: 'Resources' },
  { id: 'diff', label: 'Diff' },
  { id: 'problems', label: 'Problems' },
]

// the tabs whose panes wait to mount: until first shown (Problems: or until the first paint)
const PREVIEW: RightTab = 'preview'
const DIFF: RightTab = 'diff'
const RESOURCES: RightTab = 'resources'
const PROBLEMS: RightTab = 'problems'

/** PatternFly names a tab's button `pf-tab-<eventKey>-<id>`; our panels point at it. */
const tabId = (id: RightTab) => `pf-tab-${id}-views`

/** YAML, Preview, Resources, Diff and Problems as tabs. Panels stay mounted so Monaco keeps its state. */
export function RightPane() {
  const { t } = useTranslation()
  const tab = useEditorStore((s) => s.rightTab)
  const width = useEditorStore((s) => s.paneWidth)
  const changed = useEditorStore((s) => s.file.text !== s.baseline)
  const problems = useEditorStore((s) => s.diagnostics.length)
  const folder = useEditorStore((s) => s.workspace !== null)
  // the Sites tab is there while a folder is open
  const tabs = folder ? [SITES_TAB, ...TABS] : TABS
  const [seen, setSeen] = useState<Set<RightTab>>(() => new Set([tab]))
  if (!seen.has(tab)) setSeen(new Set([...seen, tab]))
  const shown = (id: RightTab) => tab === id || seen.has(id)
  // Monaco mounts once the form has been painted (the form is what the first screen is for);
  // the hidden findings list too, unless its tab is the open one
  const painted = useAfterFirstPaint()
  const loadingYaml = <p className="muted">{t('Loading the YAML editor…')}</p>
  // arrow keys move between the tabs, as the ARIA tabs pattern has it
  const onKey = (e: KeyboardEvent) => {
    if ((e.target as HTMLElement).getAttribute('role') !== 'tab') return
    const i = tabs.findIndex((x) => x.id === tab)
    const d = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0
    if (!d) return
    const next = tabs[(i + d + tabs.length) % tabs.length]!
    void act(`view.${next.id}` as const)
    document.getElementById(tabId(next.id))?.focus()
  }
  return (
    <section className="right-pane" style={{ width }} aria-label={t('Document views')}>
      <div onKeyDown={onKey}>
        <Tabs
          activeKey={tab}
          onSelect={(_, k) => void act(`view.${k as RightTab}` as const)}
          aria-label={t('Document views')}
          backScrollAriaLabel={t('Scroll back')}
          forwardScrollAriaLabel={t('Scroll forward')}
          className="frame-tabs"
        >
          {tabs.map((x) => (
            <Tab
              key={x.id}
              id="views"
              eventKey={x.id}
              tabContentId={`panel-${x.id}`}
              title={
                <TabTitleText>
                  {t(x.label)}
                  {x.id === 'diff' && changed ? (
                    <span className="tab-dot" title={t('Changed since the baseline')}>
                      <span aria-hidden="true"> •</span>
                      <span className="visually-hidden"> {t('(changed)')}</span>
                    </span>
                  ) : null}
                  {x.id === 'problems' && problems > 0 ? (
                    // the toolbar's summary says the counts; the tab keeps its plain name
                    <Badge isRead className="frame-tab-badge" aria-hidden="true">
                      {problems}
                    </Badge>
                  ) : null}
                </TabTitleText>
              }
            />
          ))}
        </Tabs>
      </div>
      {folder ? (
        <Panel id="sites" tab={tab}>
          <Suspense fallback={<p className="muted">{t('Loading the sites…')}</p>}>
            <SitesPane />
          </Suspense>
        </Panel>
      ) : null}
      <Panel id="yaml" tab={tab}>
        {painted ? (
          <Suspense fallback={loadingYaml}>
            <YamlPane />
          </Suspense>
        ) : (
          loadingYaml
        )}
      </Panel>
      <Panel id="preview" tab={tab}>
        {/* mounted when first shown: its editors are small Monacos */}
        {shown(PREVIEW) ? (
          <Suspense fallback={<p className="muted">{t('Loading the preview…')}</p>}>
            <PreviewPane />
          </Suspense>
        ) : null}
      </Panel>
      <Panel id="resources" tab={tab}>
        {shown(RESOURCES) ? (
          <Suspense fallback={<p className="muted">{t('Loading the resources…')}</p>}>
            <ResourcesPane />
          </Suspense>
        ) : null}
      </Panel>
      <Panel id="diff" tab={tab}>
        {shown(DIFF) ? (
          <Suspense fallback={<p className="muted">{t('Loading the review…')}</p>}>
            <DiffPane />
          </Suspense>
        ) : null}
      </Panel>
      <Panel id="problems" tab={tab}>
        {painted || tab === PROBLEMS ? <ProblemsPanel /> : null}
      </Panel>
    </section>
  )
}

/** A tab's panel; a render error stays inside it (see PaneBoundary), the YAML is the way back. */
function Panel({ id, tab, children }: { id: RightTab; tab: RightTab; children: ReactNode }) {
  const { t } = useTranslation()
  const text = useEditorStore((s) => s.file.text)
  const back =
    id === 'yaml'
      ? undefined
      : { label: t('Back to the YAML'), onClick: () => void act('view.yaml') }
  return (
    <div role="tabpanel" id={`panel-${id}`} aria-labelledby={tabId(id)} hidden={tab !== id}>
      <PaneBoundary resetKeys={[text]} back={back}>
        {children}
      </PaneBoundary>
    </div>
  )
}
