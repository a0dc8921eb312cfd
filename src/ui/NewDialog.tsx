import { Alert, Radio } from '@patternfly/react-core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { act, useEditorStore } from '../state/editorStore.ts'
import { TEMPLATES } from '../templates/index.ts'
import { ConfirmDialog } from './ConfirmDialog.tsx'

const KINDS = ['SiteConfig', 'ClusterInstance'] as const

/** New from a template. Replacing edited work asks first (loading clears the undo history). */
export function NewDialog() {
  const { t } = useTranslation()
  const [choice, setChoice] = useState(TEMPLATES[1]!.id)
  const dirty = useEditorStore((s) => s.file.text !== s.baseline)
  const create = () => void act('file.create', { template: choice })
  return (
    <ConfirmDialog
      title={t('New document')}
      confirmLabel={t('Create')}
      onConfirm={create}
      onCancel={() => void act('dialog.close')}
    >
      {KINDS.map((kind) => (
        <fieldset key={kind} className="templates">
          <legend>{kind}</legend>
          {TEMPLATES.filter((tp) => tp.kind === kind).map((tp) => (
            <Radio
              key={tp.id}
              id={`template-${tp.id}`}
              name="template"
              value={tp.id}
              isChecked={choice === tp.id}
              onChange={() => setChoice(tp.id)}
              label={<strong>{tp.name}</strong>}
              description={tp.description}
            />
          ))}
        </fieldset>
      ))}
      {dirty ? (
        <Alert
          isInline
          isPlain
          variant="warning"
          variantLabel={t('Warning alert:')}
          title={t(
            'The current document has changes since it was opened. Download it first if you need it: creating a new one replaces it.',
          )}
        />
      ) : null}
    </ConfirmDialog>
  )
}
