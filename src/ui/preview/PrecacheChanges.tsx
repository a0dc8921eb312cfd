import { useTranslation } from 'react-i18next'
import { Alert } from '@patternfly/react-core'
import type { StageChange } from '../../core/precache/stageChanges.ts'

/** What enabling pre-caching will add, change and remove, per override. */
export function PrecacheChanges({
  preview,
}: {
  preview: { changes: StageChange[] } | { error: string }
}) {
  const { t } = useTranslation()
  const none = t('(none)')
  return (
    <>
      <h3>{t('What will change')}</h3>
      {'error' in preview ? (
        <Alert
          variant="danger"
          isInline
          isPlain
          role="alert"
          variantLabel={t('Error')}
          title={preview.error}
        />
      ) : preview.changes.length === 0 ? (
        <p>{t('Nothing: pre-caching is already set up like this.')}</p>
      ) : (
        <ul className="change-list" aria-label={t('What will change')}>
          {preview.changes.map((c) => (
            <li key={c.target}>
              <strong>{c.target}</strong>{' '}
              {c.stage === 'discovery' ? t('(discovery stage):') : t('(install stage):')}{' '}
              {[
                ...c.added.map((x) => `+ ${x}`),
                ...c.changed.map((x) => `~ ${x}`),
                ...c.removed.map((x) => `− ${x}`),
                ...(c.args
                  ? [`installerArgs ${c.args.before ?? none} → ${c.args.after ?? none}`]
                  : []),
              ].join(', ')}
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
