import { FormSelect, FormSelectOption } from '@patternfly/react-core'
import { useTranslation } from 'react-i18next'
import { formatPath } from '../../core/document/path.ts'
import { FieldFrame } from './FieldFrame.tsx'
import { removeValue, sealStep, setValue } from './fieldActions.ts'
import type { FieldProps } from './fieldProps.ts'
import { describedBy, fieldIds } from './fieldText.ts'

/** A choice among the field's allowed values; "not set" removes the key. */
export function EnumField({ def, path, value }: FieldProps) {
  const { t } = useTranslation()
  const options = def.options ?? []
  const current = value === undefined ? '' : String(value)
  const unknown = current !== '' && !options.includes(current)
  return (
    <FieldFrame def={def} path={path} present={value !== undefined}>
      <FormSelect
        id={fieldIds(path).control}
        name={formatPath(path)}
        value={current}
        aria-describedby={describedBy(def, path)}
        onBlur={sealStep}
        onChange={(_e, v) => void (v === '' ? removeValue(path) : setValue(path, v))}
      >
        <FormSelectOption
          value=""
          label={
            def.defaultValue ? t('not set ({{value}})', { value: def.defaultValue }) : t('not set')
          }
        />
        {unknown ? (
          <FormSelectOption
            value={current}
            label={t('{{value}} (not allowed)', { value: current })}
          />
        ) : null}
        {options.map((o) => (
          <FormSelectOption key={o} value={o} label={o} />
        ))}
      </FormSelect>
    </FieldFrame>
  )
}
