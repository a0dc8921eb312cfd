import { FormSelect, FormSelectOption } from '@patternfly/react-core'
import { useTranslation } from 'react-i18next'
import { act, useEditorStore } from '../state/editorStore.ts'

// ztp-site-generate branches with a SiteConfig generator, plus the first ones without
const RELEASES = Array.from({ length: 13 }, (_, i) => `4.${i + 10}`)

/** The target release: fields newer than it are reported, defaults are told for it. Remembered. */
export function ReleaseSelect() {
  const { t } = useTranslation()
  const release = useEditorStore((s) => s.release)
  return (
    <div className="release-select">
      <label htmlFor="release-select">{t('Target release')}</label>
      <FormSelect
        id="release-select"
        value={release}
        onChange={(_, v) => void act('release.set', { release: v })}
      >
        <FormSelectOption value="" label={t('any (no release checks)')} />
        {RELEASES.map((r) => (
          <FormSelectOption key={r} value={r} label={r} />
        ))}
      </FormSelect>
    </div>
  )
}
