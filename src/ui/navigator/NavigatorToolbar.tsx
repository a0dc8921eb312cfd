import { useTranslation } from 'react-i18next'
import { Button, Tooltip } from '@patternfly/react-core'
import { memo } from 'react'
import type { ReactElement } from 'react'
import {
  ArrowDownIcon,
  ArrowUpIcon,
  CloneIcon,
  PlusCircleIcon,
  TrashIcon,
} from '@patternfly/react-icons'
import type { TextKey } from '../../i18n/catalog.ts'
import type { Selection } from '../../state/createUiSlice.ts'
import { act } from '../../state/editorStore.ts'

type What = 'duplicate' | 'remove' | 'moveUp' | 'moveDown'

interface Tool {
  text?: TextKey
  /** the full name, containing the visible text (label-content-name-mismatch) */
  name: string
  tip: string
  icon: ReactElement
  disabled: boolean
  run: () => void
}

/**
 * Structure actions for the selected item: add, duplicate, remove, reorder (the registry's).
 * Memoised: the navigator re-renders on each keystroke, and each PatternFly Tooltip's Popper reads
 * the computed style on render, a style recalculation of the whole page per key (measured: a
 * fifth of typing's main-thread time on 1,000 nodes).
 */
export const NavigatorToolbar = memo(function NavigatorToolbar({
  selection,
}: {
  selection: Selection
}) {
  const { t } = useTranslation()
  const item = selection.kind === 'site' ? null : selection.kind
  // an item's own action; at the ends of a list "Move" does nothing, as before
  const on = (what: What) => () => {
    if (item) void act(`${item}.${what}` as const)
  }
  const named = (k: 'Duplicate' | 'Remove') =>
    item === 'cluster' ? t(`${k} cluster`) : item === 'node' ? t(`${k} node`) : t(k)
  const tools: Tool[] = [
    {
      text: 'Add cluster',
      name: t('Add cluster'),
      tip: t('Add a cluster to the site'),
      icon: <PlusCircleIcon />,
      disabled: false,
      run: () => void act('cluster.add'),
    },
    {
      text: 'Add node',
      name: t('Add node'),
      tip: t('Add a node to the selected cluster'),
      icon: <PlusCircleIcon />,
      disabled: !item,
      run: () => void act('node.add'),
    },
    {
      text: 'Duplicate',
      name: named('Duplicate'),
      tip: named('Duplicate'),
      icon: <CloneIcon />,
      disabled: !item,
      run: on('duplicate'),
    },
    {
      text: 'Remove',
      name: named('Remove'),
      tip: named('Remove'),
      icon: <TrashIcon />,
      disabled: !item,
      run: on('remove'),
    },
    {
      name: t('Move up'),
      tip: t('Move up'),
      icon: <ArrowUpIcon />,
      disabled: !item,
      run: on('moveUp'),
    },
    {
      name: t('Move down'),
      tip: t('Move down'),
      icon: <ArrowDownIcon />,
      disabled: !item,
      run: on('moveDown'),
    },
  ]
  return (
    <div className="nav-actions" role="toolbar" aria-label={t('Structure')}>
      {tools.map((b) => (
        <Tooltip key={b.name} content={b.tip} aria="none">
          <Button
            variant={b.text ? 'secondary' : 'plain'}
            size="sm"
            icon={b.icon}
            isAriaDisabled={b.disabled}
            aria-label={b.name}
            onClick={b.run}
          >
            {b.text ? t(b.text) : null}
          </Button>
        </Tooltip>
      ))}
    </div>
  )
})
