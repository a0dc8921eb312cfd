import { useTranslation } from 'react-i18next'
import { Button, ExpandableSection } from '@patternfly/react-core'
import { UndoIcon } from '@patternfly/react-icons'
import { useState } from 'react'
import type { ChangeGroup, ChangeItem } from '../../core/review/changes.ts'
import { act } from '../../state/editorStore.ts'
import { revealPath } from '../revealProblem.ts'
import { DecodedDiff } from './DecodedDiff.tsx'
import { revertItem } from './reviewActions.ts'

/** The changes in plain words, grouped by site, cluster and node; each selectable and revertable. */
export function ChangeSummary({ groups }: { groups: ChangeGroup[] }) {
  const { t } = useTranslation()
  return (
    <div className="change-summary" aria-label={t('Change summary')} role="region">
      {groups.map((g) => (
        <section key={g.title} aria-label={g.title}>
          <h3>{g.title}</h3>
          <ul>
            {g.items.map((item, i) => (
              <li key={`${g.title}:${i}`}>
                <button
                  type="button"
                  className="change-item"
                  onClick={() => {
                    const at = item.now[0]?.path
                    if (at) revealPath(at)
                    else void act('nav.select', g.scope)
                  }}
                >
                  {item.text}
                </button>{' '}
                <Button
                  variant="link"
                  size="sm"
                  icon={<UndoIcon />}
                  className="revert"
                  aria-label={t('Revert {{what}}: {{change}}', {
                    what: g.title,
                    change: item.text,
                  })}
                  onClick={() => revertItem(item)}
                >
                  {t('Revert')}
                </Button>
                {item.decoded?.length ? <Decoded item={item} /> : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  )
}

/** The decoded line diffs of an item's units and scripts, folded until asked for. */
function Decoded({ item }: { item: ChangeItem }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  return (
    <ExpandableSection
      toggleText={t('Decoded diff')}
      isExpanded={open}
      onToggle={(_e, v) => setOpen(v)}
    >
      {open ? item.decoded!.map((d) => <DecodedDiff key={d.name} diff={d} />) : null}
    </ExpandableSection>
  )
}
