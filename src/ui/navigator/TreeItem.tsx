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
        // the count is described by its label, not by a visually hidden span: 1,000 absolutely
        // positioned spans made every layout of the page slower (measured on typing)
        <span
          className="badge"
          role="img"
          id={`badge-${p.rowKey}`}
          aria-label={`${n} problem${n > 1 ? 's' : ''}`}
          title={`${n} problems`}
        >
          {n}
        </span>
      ) : null}
    </li>
  )
})
