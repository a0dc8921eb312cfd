import { useMemo, useRef, useState } from 'react'
import type { KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import '@patternfly/react-styles/css/components/Label/label.css'
import { siteData } from '../../core/document/siteFile.ts'
import { modelOf } from '../../core/site/siteModel.ts'
import { act, useEditorStore } from '../../state/editorStore.ts'
import { NavigatorToolbar } from './NavigatorToolbar.tsx'
import { TreeItem } from './TreeItem.tsx'
import { problemCounts, sameSelection, treeRows } from './treeModel.ts'
import type { TreeRow } from './treeModel.ts'
import '../side.css'

/** Site → clusters → nodes as an ARIA tree; arrows move, Left/Right fold, Enter/Space select. */
export function Navigator() {
  const { t } = useTranslation()
  // an item without a name is worded here, in the chosen language
  const name = (r: TreeRow) =>
    r.label ||
    (r.level === 1
      ? t('Site')
      : r.level === 2
        ? t('cluster {{n}} (no name)', { n: r.index + 1 })
        : t('node {{n}} (no host name)', { n: r.index + 1 }))
  const data = useEditorStore((s) => siteData(s.view))
  const selection = useEditorStore((s) => s.selection)
  const diagnostics = useEditorStore((s) => s.diagnostics)
  const [collapsed, setCollapsed] = useState<Set<number>>(() => new Set())
  const rows = useMemo(() => treeRows(data, collapsed), [data, collapsed])
  // one of two constant models: the counts follow the findings, not each keystroke's data
  const model = modelOf(data)
  const badges = useMemo(() => problemCounts(diagnostics, model), [diagnostics, model])
  const treeRef = useRef<HTMLUListElement>(null)
  const current = Math.max(
    0,
    rows.findIndex((r) => sameSelection(r.selection, selection)),
  )

  const focusRow = (i: number) => {
    const row = rows[i]
    if (!row) return
    void act('nav.select', row.selection)
    treeRef.current?.querySelector<HTMLElement>(`[data-key="${row.key}"]`)?.focus()
  }
  const fold = (ci: number, close: boolean) =>
    setCollapsed((s) => {
      const n = new Set(s)
      if (close) n.add(ci)
      else n.delete(ci)
      return n
    })

  const onKey = (e: KeyboardEvent) => {
    const row = rows[current]
    if (!row) return
    const sel = row.selection
    const keys: Record<string, () => void> = {
      ArrowDown: () => focusRow(current + 1),
      ArrowUp: () => focusRow(current - 1),
      Home: () => focusRow(0),
      End: () => focusRow(rows.length - 1),
      ArrowRight: () => {
        if (sel.kind === 'cluster' && collapsed.has(sel.cluster)) fold(sel.cluster, false)
        else focusRow(current + 1)
      },
      ArrowLeft: () => {
        if (sel.kind === 'cluster' && !collapsed.has(sel.cluster)) fold(sel.cluster, true)
        else if (sel.kind === 'node') focusRow(rows.findIndex((r) => r.key === `c${sel.cluster}`))
        else if (sel.kind === 'cluster') focusRow(0)
      },
    }
    const f = keys[e.key]
    if (f) {
      e.preventDefault()
      f()
    }
  }

  return (
    <nav className="navigator" aria-label={t('Site structure')}>
      <NavigatorToolbar selection={selection} />
      <ul
        role="tree"
        aria-label={t('Clusters and nodes')}
        ref={treeRef}
        onKeyDown={onKey}
        onClick={(e) => {
          // one handler for all rows, so rows re-render only when their own props change
          const key = (e.target as HTMLElement).closest('[data-key]')?.getAttribute('data-key')
          const row = rows.find((r) => r.key === key)
          if (row) void act('nav.select', row.selection)
        }}
      >
        {rows.map((r, i) => (
          <TreeItem
            key={r.key}
            rowKey={r.key}
            label={name(r)}
            level={r.level}
            selected={i === current}
            expanded={
              r.selection.kind === 'cluster' ? !collapsed.has(r.selection.cluster) : undefined
            }
            nodes={r.selection.kind === 'cluster' ? r.children : undefined}
            problems={badges.get(r.key)}
          />
        ))}
      </ul>
    </nav>
  )
}
