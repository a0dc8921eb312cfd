import { Button } from '@patternfly/react-core'
import { useTranslation } from 'react-i18next'
import { act, useEditorStore } from '../../state/editorStore.ts'
import { useEnabled } from '../useAction.ts'

/** In the Diff tab of an opened folder: every changed site (open it to review), and one patch of all. */
export function ChangedFiles() {
  const { t } = useTranslation()
  // the store's text of every site is read when the tab renders; a list of paths is enough here
  // one string, so the selector's answer is equal (not a new array) while nothing changed
  const joined = useEditorStore((s) =>
    s.workspace
      ? s
          .changedSites()
          .map((c) => c.path)
          .join('\n')
      : null,
  )
  const changed = joined === null ? null : joined ? joined.split('\n') : []
  const active = useEditorStore((s) => s.workspace?.active)
  const writable = useEditorStore((s) => !!s.workspace?.source.write)
  const canSave = useEnabled('folder.saveAll')
  const canUndoBulk = useEnabled('folder.undoBulk')
  if (!changed) return null
  return (
    <section className="changed-files" aria-labelledby="changed-files-title">
      <h3 id="changed-files-title" className="pane-title">
        {t('Changed files: {{n}}', { n: changed.length })}
      </h3>
      {changed.length ? (
        <>
          <ul className="fleet-places">
            {changed.map((p) => (
              <li key={p}>
                <Button
                  variant="link"
                  isInline
                  size="sm"
                  isDisabled={p === active}
                  onClick={() => void act('folder.openSite', { path: p })}
                  aria-label={t('Open {{file}}', { file: p })}
                >
                  {p}
                </Button>
              </li>
            ))}
          </ul>
          <div className="bulk-row">
            <Button variant="primary" size="sm" onClick={() => void act('folder.downloadPatch')}>
              {t('Download one patch of all changed files')}
            </Button>
            <Button variant="secondary" size="sm" onClick={() => void act('folder.downloadZip')}>
              {t('Download the changed files as a zip')}
            </Button>
            {writable ? (
              <Button
                variant="secondary"
                size="sm"
                isDisabled={!canSave}
                onClick={() => void act('folder.saveAll')}
              >
                {t('Save all')}
              </Button>
            ) : null}
            {canUndoBulk ? (
              <Button variant="link" size="sm" onClick={() => void act('folder.undoBulk')}>
                {t('Undo the last bulk edit')}
              </Button>
            ) : null}
          </div>
        </>
      ) : null}
    </section>
  )
}
