import {
  Alert,
  Button,
  Checkbox,
  FormSelect,
  FormSelectOption,
  Progress,
  TextInput,
} from '@patternfly/react-core'
import { useDeferredValue, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DocKind } from '../../core/site/siteModel.ts'
import { act, useEditorStore } from '../../state/editorStore.ts'
import { BulkPanel } from './BulkPanel.tsx'
import { FleetFindings } from './FleetFindings.tsx'
import { NO_FILTER, shownLines } from './sitesModel.ts'
import type { Column, Filter } from './sitesModel.ts'
import { SitesTable } from './SitesTable.tsx'
import { useFleet } from './useFleet.ts'
import './fleet.css'

const PAGE = 200

/** The opened folder's site files: counts, filters, choosing for a bulk edit, findings between files. */
export default function SitesPane() {
  const { t } = useTranslation()
  const ws = useEditorStore((s) => s.workspace)
  const { lines, findings } = useFleet()
  const [filter, setFilter] = useState<Filter>(NO_FILTER)
  const [sort, setSort] = useState<{ by: Column; up: boolean }>({ by: 'file', up: true })
  const [limit, setLimit] = useState(PAGE)
  // typing in the search box stays quick on 3,000 rows
  const deferred = useDeferredValue(filter)
  const shown = useMemo(() => shownLines(lines, deferred, sort), [lines, deferred, sort])
  if (!ws) return null
  const set = (f: Partial<Filter>) => (setFilter({ ...filter, ...f }), setLimit(PAGE))
  const total = ws.sites.length
  const page = shown.slice(0, limit)
  const allShownChosen = page.length > 0 && page.every((l) => ws.chosen.has(l.path))
  return (
    <div className="sites-pane">
      <p className="sites-summary">
        <strong>{ws.source.name}</strong>{' '}
        <span className="muted">
          {ws.commit
            ? t('Baseline: git HEAD {{commit}}', { commit: ws.commit.slice(0, 12) })
            : t('Baseline: the files as read')}
        </span>
      </p>
      {ws.source.write ? null : (
        <Alert
          isInline
          isPlain
          variant="info"
          title={t('Read only: changes leave as one patch or a zip.')}
        />
      )}
      {ws.unreadable.size ? (
        <Alert
          isInline
          isPlain
          variant="warning"
          title={t('Unreadable files: {{n}}', { n: ws.unreadable.size })}
        >
          <ul>
            {[...ws.unreadable].slice(0, 20).map(([p, why]) => (
              <li key={p}>
                {p}: {why}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {ws.checked < total ? (
        <Progress
          value={total ? (100 * ws.checked) / total : 100}
          title={t('Checking the sites: {{done}} of {{total}}', { done: ws.checked, total })}
          size="sm"
          aria-label={t('Checking the sites: {{done}} of {{total}}', { done: ws.checked, total })}
        />
      ) : null}
      {total === 0 ? (
        <p>{t('This folder has no SiteConfig or ClusterInstance file.')}</p>
      ) : (
        <>
          <div className="sites-filters" role="search">
            <TextInput
              type="search"
              value={filter.search}
              onChange={(_, v) => set({ search: v })}
              aria-label={t('Search the sites')}
              placeholder={t('Search file or cluster name')}
            />
            <FormSelect
              value={filter.kind}
              onChange={(_, v) => set({ kind: v as DocKind | '' })}
              aria-label={t('Kind of site file')}
            >
              <FormSelectOption value="" label={t('All kinds')} />
              <FormSelectOption value="SiteConfig" label={t('SiteConfig')} />
              <FormSelectOption value="ClusterInstance" label={t('ClusterInstance')} />
            </FormSelect>
            <Checkbox
              id="only-problems"
              label={t('Only sites with problems')}
              isChecked={filter.problems}
              onChange={(_, v) => set({ problems: v })}
            />
            <Checkbox
              id="only-changed"
              label={t('Only changed sites')}
              isChecked={filter.changed}
              onChange={(_, v) => set({ changed: v })}
            />
            <Checkbox
              id="only-unlisted"
              label={t('Only unlisted sites')}
              isChecked={filter.unlisted}
              onChange={(_, v) => set({ unlisted: v })}
            />
          </div>
          <div className="sites-count">
            <span role="status">
              {t('{{shown}} of {{total}} sites shown, {{chosen}} chosen', {
                shown: shown.length,
                total,
                chosen: ws.chosen.size,
              })}
            </span>
            <Button
              variant="link"
              size="sm"
              isDisabled={page.length === 0}
              onClick={() =>
                void act('folder.choose', { paths: page.map((l) => l.path), on: !allShownChosen })
              }
            >
              {allShownChosen ? t('Unchoose all') : t('Choose all shown sites')}
            </Button>
          </div>
          {shown.length === 0 ? (
            <p>{t('No site file matches.')}</p>
          ) : (
            <SitesTable
              lines={page}
              chosen={ws.chosen}
              active={ws.active}
              sort={sort}
              onSort={(by) => setSort({ by, up: sort.by === by ? !sort.up : true })}
            />
          )}
          {shown.length > limit ? (
            <Button variant="secondary" size="sm" onClick={() => setLimit(limit + PAGE)}>
              {t('Show {{n}} more', { n: Math.min(PAGE, shown.length - limit) })}
            </Button>
          ) : null}
          {ws.chosen.size ? <BulkPanel /> : null}
          <FleetFindings findings={findings} />
        </>
      )}
    </div>
  )
}
