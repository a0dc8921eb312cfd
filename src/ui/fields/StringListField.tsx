import { TextInput } from '@patternfly/react-core'
import { useTranslation } from 'react-i18next'
import { formatPath } from '../../core/document/path.ts'
import { FieldFrame, WrongShape } from './FieldFrame.tsx'
import { addItem, removeItem, sealStep, setValue } from './fieldActions.ts'
import { AddButton, RemoveButton } from './RemoveButton.tsx'
import type { FieldProps } from './fieldProps.ts'
import { describedBy, fieldText } from './fieldText.ts'

/** A list of strings: one text box per item, add and remove. */
export function StringListField({ def, path, value }: FieldProps) {
  const { t } = useTranslation()
  const name = formatPath(path)
  if (value !== undefined && value !== null && !Array.isArray(value))
    return <WrongShape def={def} path={path} value={value} expected="a list" />
  const items = (value ?? []) as unknown[]
  const label = fieldText(t, def.label)
  return (
    <FieldFrame def={def} path={path} present={value !== undefined} group>
      <ul className="list-rows">
        {items.map((item, i) => (
          <li key={i}>
            <TextInput
              type="text"
              name={`${name}.${i}`}
              aria-label={t('{{label}} {{n}}', { label, n: i + 1 })}
              aria-describedby={describedBy(def, path)}
              value={item === null || item === undefined ? '' : String(item)}
              spellCheck={false}
              onChange={(_e, v) => setValue([...path, i], v)}
              onBlur={sealStep}
            />
            <RemoveButton
              label={t('Remove {{label}} {{n}}', { label, n: i + 1 })}
              onClick={() => removeItem(path, i)}
            />
          </li>
        ))}
      </ul>
      <AddButton
        id={`add:${name}`}
        text={t('Add: {{label}}', { label })}
        onClick={() => addItem(path, '', Array.isArray(value))}
      />
    </FieldFrame>
  )
}
