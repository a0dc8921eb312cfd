import { Button, Checkbox } from '@patternfly/react-core'
import { CaretDownIcon, CaretUpIcon, CheckIcon, MinusIcon } from '@patternfly/react-icons'
import { useTranslation } from 'react-i18next'
import '@patternfly/react-styles/css/components/Table/table.css'
import type { TextKey } from '../../i18n/catalog.ts'
import { act } from '../../state/editorStore.ts'
import type { Column, Line } from './sitesModel.ts'

const COLUMNS: Array<[Column, TextKey]> = [
  ['file', 'File'],
  ['kind', 'Kind'],
  ['clusterNames', 'Clusters'],
  ['nodes', 'Nodes'],
  ['errors', 'Errors'],
  ['warnings', 'Warnings'],
  ['listed', 'Listed'],
]

interface Props {
  lines: readonly Line[]
  chosen: ReadonlySet<string>
  active: string | null
  sort: { by: Column; up: boolean }
  onSort: (c: Column) => void
}

/** The site files as a PatternFly table (its markup and CSS only; no react-table). */
export function SitesTable({ lines, chosen, active, sort, onSort }: Props) {
  const { t } = useTranslation()
  return (
    <table className="pf-v6-c-table pf-m-compact pf-m-grid-md sites-table" aria-label={t('Sites')}>
      <thead className="pf-v6-c-table__thead">
        <tr className="pf-v6-c-table__tr">
          <th className="pf-v6-c-table__th pf-v6-c-table__check" scope="col">
            <span className="visually-hidden">{t('Choose sites')}</span>
          </th>
          {COLUMNS.map(([c, label]) => (
            <th
              key={c}
              className="pf-v6-c-table__th pf-v6-c-table__sort"
              scope="col"
              aria-sort={sort.by === c ? (sort.up ? 'ascending' : 'descending') : 'none'}
            >
              <Button
                variant="plain"
                size="sm"
                onClick={() => onSort(c)}
                aria-label={t('Sort by {{column}}', { column: t(label) })}
              >
                {t(label)}
                {sort.by === c ? (
                  sort.up ? (
                    <CaretUpIcon aria-hidden />
                  ) : (
                    <CaretDownIcon aria-hidden />
                  )
                ) : null}
              </Button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="pf-v6-c-table__tbody">
        {lines.map((l) => (
          <tr
            key={l.path}
            className={`pf-v6-c-table__tr${l.path === active ? ' pf-m-selected' : ''}`}
          >
            <td className="pf-v6-c-table__td pf-v6-c-table__check">
              <Checkbox
                id={`choose:${l.path}`}
                aria-label={t('Choose {{file}}', { file: l.path })}
                isChecked={chosen.has(l.path)}
                onChange={(_, on) => void act('folder.choose', { paths: [l.path], on })}
              />
            </td>
            <td className="pf-v6-c-table__td" data-label={t('File')}>
              <Button
                variant="link"
                isInline
                onClick={() => void act('folder.openSite', { path: l.path })}
                aria-label={t('Open {{file}}', { file: l.path })}
              >
                {l.path}
              </Button>
              {l.changed ? (
                <span className="tab-dot">
                  <span aria-hidden="true"> •</span>
                  <span className="visually-hidden"> {t('(changed)')}</span>
                </span>
              ) : null}
            </td>
            <td className="pf-v6-c-table__td" data-label={t('Kind')}>
              {l.row?.kind ? t(l.row.kind) : ''}
            </td>
            <td className="pf-v6-c-table__td" data-label={t('Clusters')}>
              {l.row ? (
                l.row.clusters.join(', ')
              ) : (
                <span className="muted">{t('not checked yet')}</span>
              )}
            </td>
            <td className="pf-v6-c-table__td" data-label={t('Nodes')}>
              {l.row?.nodes}
            </td>
            <td className="pf-v6-c-table__td" data-label={t('Errors')}>
              {l.row?.errors}
            </td>
            <td className="pf-v6-c-table__td" data-label={t('Warnings')}>
              {l.row?.warnings}
            </td>
            <td className="pf-v6-c-table__td" data-label={t('Listed')}>
              <span title={t(l.listed ? 'Listed by a kustomization' : 'No kustomization lists it')}>
                {l.listed ? <CheckIcon aria-hidden /> : <MinusIcon aria-hidden />}
                <span className="visually-hidden">
                  {t(l.listed ? 'Listed by a kustomization' : 'No kustomization lists it')}
                </span>
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
