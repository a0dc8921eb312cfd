import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import { ExclamationCircleIcon, ExclamationTriangleIcon } from '@patternfly/react-icons'
import type { RowCounts } from './treeModel.ts'

interface Props {
  rowKey: string
  label: string
  level: number
  selected: boolean
  /** clusters only: whether its nodes are shown, and how many there are */
  expanded?: boolean
  nodes?: number
  problems?: RowCounts
}

/**
 * One row of the navigator tree; memoised so typing re-renders only the row that changed. Its
 * accessible name is its visible text (name, node count, counts), so the two never disagree.
 */
export const TreeItem = memo(function TreeItem(p: Props) {
  const { t } = useTranslation()
  const errors = p.problems?.errors ?? 0
  const warnings = p.problems?.warnings ?? 0
  return (
    <li
      data-key={p.rowKey}
      role="treeitem"
      aria-level={p.level}
      aria-selected={p.selected}
      aria-expanded={p.expanded}
      tabIndex={p.selected ? 0 : -1}
      className={`tree-row level-${p.level}${p.selected ? ' selected' : ''}`}
    >
      <span className="tree-label">{p.label}</span>
      {p.nodes !== undefined ? (
        <span className="tree-nodes"> · {t('{{count}} node', { count: p.nodes })}</span>
      ) : null}
      {/* counts are named by their aria-label, not by visually hidden spans: 1,000 absolutely
          positioned spans made every layout of the page slower (measured on typing) */}
      {errors ? (
        <Count kind="danger" name={t('{{count}} error', { count: errors })} n={errors} />
      ) : null}
      {warnings ? (
        <Count kind="warning" name={t('{{count}} warning', { count: warnings })} n={warnings} />
      ) : null}
    </li>
  )
})

/** A count as a compact status label, named by its aria-label ("2 errors"). */
function Count(p: { kind: 'danger' | 'warning'; name: string; n: number }) {
  return (
    <span
      className={`pf-v6-c-label pf-m-compact pf-m-${p.kind} tree-count`}
      role="img"
      aria-label={p.name}
    >
      {p.kind === 'danger' ? (
        <ExclamationCircleIcon aria-hidden />
      ) : (
        <ExclamationTriangleIcon aria-hidden />
      )}{' '}
      {p.n}
    </span>
  )
}
