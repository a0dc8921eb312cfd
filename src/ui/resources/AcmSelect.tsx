import { FormSelect, FormSelectOption } from '@patternfly/react-core'
import { useTranslation } from 'react-i18next'
import type { AcmVersion } from '../../core/render/types.ts'
import { act, useEditorStore } from '../../state/editorStore.ts'

const VERSIONS: AcmVersion[] = ['2.13', '2.14']

/** The ACM release whose default templates render a ClusterInstance (2.14 gives each node its own InfraEnv). */
export function AcmSelect() {
  const { t } = useTranslation()
  const acm = useEditorStore((s) => s.acm)
  return (
    <FormSelect
      className="resources-acm"
      aria-label={t('ACM release of the templates')}
      value={acm}
      onChange={(_, v) => void act('resources.acm', { acm: v as AcmVersion })}
    >
      {VERSIONS.map((v) => (
        <FormSelectOption key={v} value={v} label={t('ACM {{version}}', { version: v })} />
      ))}
    </FormSelect>
  )
}
