import { useDeferredValue, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert, EmptyState, EmptyStateBody, SearchInput } from '@patternfly/react-core'
import { displayText } from '../../core/render/display.ts'
import { parsePath } from '../../core/document/path.ts'
import { useEditorStore } from '../../state/editorStore.ts'
import { NoteList } from '../convert/NoteList.tsx'
import { AcmSelect } from './AcmSelect.tsx'
import { Landings } from './Landings.tsx'
import { LitList } from './LitList.tsx'
import { ResourceEditor } from './ResourceEditor.tsx'
import { ResourceIndex } from './ResourceIndex.tsx'
import { SourceBar } from './SourceBar.tsx'
import { litFields, litLines, precacheLines } from './litLines.ts'
import { useRendered } from './useRendered.ts'
import './resources.css'

/** What the hub will create from this file: the rendered resources, searchable, tied to their sources. Lazily loaded. */
export default function ResourcesPane() {
  const { t } = useTranslation()
  const result = useRendered('resources')
  const [query, setQuery] = useState('')
  const q = useDeferredValue(query.trim().toLowerCase())
  const focus = useEditorStore((s) => s.focusPath)
  const [reveal, setReveal] = useState<{ line: number; n: number } | null>(null)
  const [cursor, setCursor] = useState<number | null>(null)
  const shown = useMemo(() => {
    const all = result?.resources ?? []
    if (!q) return all
    return all.filter((r) =>
      `${r.kind} ${r.namespace ?? ''}/${r.name}\n${JSON.stringify(r.body)}`
        .toLowerCase()
        .includes(q),
    )
  }, [result, q])
  const display = useMemo(() => displayText(shown), [shown])
  const lit = useMemo(
    () => litFields(display, shown, focus ? parsePath(focus) : null),
    [display, shown, focus],
  )
  const lines = useMemo(() => litLines(display, lit), [display, lit])
  const pre = useMemo(() => precacheLines(display, shown), [display, shown])
  const go = (line: number) => setReveal((r) => ({ line, n: (r?.n ?? 0) + 1 }))
  if (!result)
    return (
      <EmptyState titleText={t('Nothing to render')} headingLevel="h3">
        <EmptyStateBody>{t('The resources are rendered from YAML that parses.')}</EmptyStateBody>
      </EmptyState>
    )
  const at = cursor === null ? undefined : display.lines[cursor]
  return (
    <div className="resources-pane">
      <div className="resources-toolbar">
        <SearchInput
          aria-label={t('Search the rendered resources')}
          placeholder={t('Search kind, name or value')}
          value={query}
          onChange={(_, v) => setQuery(v)}
          onClear={() => setQuery('')}
        />
        {result.kind === 'ClusterInstance' ? <AcmSelect /> : null}
        <span className="muted" role="status">
          {t('{{shown}} of {{count}} resources', {
            shown: shown.length,
            count: result.resources.length,
          })}
        </span>
      </div>
      {result.failed ? (
        <Alert
          variant="danger"
          isInline
          variantLabel={t('Error')}
          title={t('The hub would fail to render this file')}
        />
      ) : null}
      <NoteList notes={result.notes} label={t('Rendering notes')} />
      <ResourceIndex resources={shown} starts={display.starts} onGo={go} />
      <Landings resources={shown} display={display} onGo={go} />
      <LitList focus={focus} lit={lit} resources={shown} onGo={go} />
      <ResourceEditor
        text={display.text}
        lit={lines}
        precache={pre}
        reveal={reveal}
        onLine={setCursor}
      />
      <SourceBar resource={at ? shown[at.resource] : undefined} field={at?.field} />
    </div>
  )
}
