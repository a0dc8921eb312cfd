import { memo } from 'react'

interface Props {
  rowKey: string
  label: string
  level: number
  selected: boolean
  /** clusters only: whether its nodes are shown, and how many there are */
  expanded?: boolean
  nodes?: number
  problems: number
}

/** One row of the navigator tree; memoised so typing re-renders only the row that changed. */
export const TreeItem = memo(function TreeItem(p: Props) {
  const n = p.problems
  return (
    <li
      data-key={p.rowKey}
      role="treeitem"
      aria-level={p.level}
      aria-selected={p.selected}
      aria-expanded={p.expanded}
      aria-label={p.label}
      aria-describedby={n ? `badge-${p.rowKey}` : undefined}
      tabIndex={p.selected ? 0 : -1}
      className={`tree-row level-${p.level}${p.selected ? ' selected' : ''}`}
    >
      <span className="tree-label">{p.label}</span>
      {p.nodes !== undefined ? (
        <span className="muted">
          {' '}
          · {p.nodes} node{p.nodes === 1 ? '' : 's'}
        </span>
      ) : null}
      {n ? (
        <span className="badge" id={`badge-${p.rowKey}`} title={`${n} problems`}>
          {n}
          <span className="visually-hidden"> problem{n > 1 ? 's' : ''}</span>
        </span>
      ) : null}
    </li>
  )
})
