import { useDeferredValue, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { formatPath } from '../../core/document/path.ts'
import type { SiteFile } from '../../core/document/siteFile.ts'
import { diffResources } from '../../core/render/diff.ts'
import type { ChangeKind, FieldChange } from '../../core/render/diff.ts'
import { renderFile } from '../../core/render/render.ts'
import { isWorkable } from '../../state/createDocumentSlice.ts'
import { useEditorStore } from '../../state/editorStore.ts'
import type { TextKey } from '../../i18n/catalog.ts'
import { useFindingText } from '../useFindingText.ts'
import { StaticLabel } from '../StaticLabel.tsx'
import type { StaticLabelProps } from '../StaticLabel.tsx'

const CHANGE: Record<ChangeKind, { text: TextKey; color: StaticLabelProps['color'] }> = {
  added: { text: 'added', color: 'green' },
  removed: { text: 'removed', color: 'red' },
  changed: { text: 'changed', color: 'blue' },
}

// an annotation or label key holds dots: name it as one
function fieldName(f: FieldChange): string {
  const [a, b, ...rest] = f.path
  if (a === 'metadata' && (b === 'annotations' || b === 'labels') && rest.length)
    return `${b === 'annotations' ? 'annotation' : 'label'} ${rest.join('.')}`
  return formatPath(f.path)
}

/** The Diff tab's resource view: the baseline's rendered resources against the current text's. */
export function ResourceChanges({ baseline, current }: { baseline: SiteFile; current: SiteFile }) {
  const { t } = useTranslation()
  const text = useFindingText()
  const acm = useEditorStore((s) => s.acm)
  const a = useDeferredValue(baseline)
  const b = useDeferredValue(current)
  // the baseline renders once per baseline, not on every keystroke
  const before = useMemo(() => (isWorkable(a) ? renderFile(a, { acm }) : undefined), [a, acm])
  const after = useMemo(() => (isWorkable(b) ? renderFile(b, { acm }) : undefined), [b, acm])
  const changes = useMemo(
    () => (before && after ? diffResources(before, after) : null),
    [before, after],
  )
  if (!changes) return null
  return (
    <section className="resource-changes" aria-label={t('Resources the hub will change')}>
      <h3>{t('Resources the hub will change')}</h3>
      {changes.length === 0 ? (
        <p className="muted">{t('No rendered resource changes.')}</p>
      ) : (
        <ul>
          {changes.map((c) => (
            <li key={c.key}>
              <StaticLabel color={CHANGE[c.change].color}>{t(CHANGE[c.change].text)}</StaticLabel>{' '}
              <strong>{`${c.kind} ${c.name}`}</strong>
              {c.fields.length ? (
                <ul>
                  {c.fields.map((f) => (
                    <li key={formatPath(f.path)}>
                      {`${fieldName(f)} `}
                      {t(CHANGE[f.change].text)}
                    </li>
                  ))}
                </ul>
              ) : null}
              {c.consequences.map((m) => (
                <p key={m.id} className="resource-consequence">
                  {`— ${text({ message: m.text, messageId: m.id, params: m.params })}`}
                </p>
              ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
