import { useState } from 'react'
import { FormHelperText, HelperText, HelperTextItem, TextInput } from '@patternfly/react-core'
import { useTranslation } from 'react-i18next'
import { formatPath } from '../../core/document/path.ts'
import { FieldFrame } from './FieldFrame.tsx'
import { sealStep, setValue } from './fieldActions.ts'
import type { FieldProps } from './fieldProps.ts'
import { describedBy, fieldIds } from './fieldText.ts'

const WHOLE = /^-?\d+$/

/** A whole number; text that is not one stays in the box with a message and is not written. */
export function IntField({ def, path, value }: FieldProps) {
  const { t } = useTranslation()
  const ids = fieldIds(path)
  const shown = value === undefined || value === null ? '' : String(value)
  const [draft, setDraft] = useState<string | null>(null)
  const bad = draft !== null && draft !== '' && !WHOLE.test(draft.trim())
  return (
    <FieldFrame def={def} path={path} present={value !== undefined}>
      <TextInput
        id={ids.control}
        name={formatPath(path)}
        type="text"
        inputMode="numeric"
        value={draft ?? shown}
        validated={bad ? 'error' : 'default'}
        aria-describedby={`${describedBy(def, path)} ${ids.control}:bad`}
        onChange={(_e, v) => {
          setDraft(v)
          if (WHOLE.test(v.trim())) setValue(path, Number(v.trim()))
        }}
        onBlur={() => {
          setDraft(null)
          sealStep()
        }}
      />
      <FormHelperText>
        <HelperText id={`${ids.control}:bad`}>
          {bad ? (
            <HelperTextItem variant="error" className="field-error">
              {t('Enter a whole number.')}
            </HelperTextItem>
          ) : null}
        </HelperText>
      </FormHelperText>
    </FieldFrame>
  )
}
