import { TextArea, TextInput } from '@patternfly/react-core'
import { formatPath } from '../../core/document/path.ts'
import { FieldFrame, WrongShape } from './FieldFrame.tsx'
import { sealStep, setValue } from './fieldActions.ts'
import type { FieldProps } from './fieldProps.ts'
import { isScalar } from './fieldProps.ts'
import { describedBy, fieldIds } from './fieldText.ts'

/** A string field; an absent field is written only once the user types into it. */
export function TextField({ def, path, value }: FieldProps) {
  const present = value !== undefined
  if (!isScalar(value)) return <WrongShape def={def} path={path} value={value} expected="text" />
  const shown = value === undefined || value === null ? '' : String(value)
  const common = {
    id: fieldIds(path).control,
    name: formatPath(path),
    value: shown,
    'aria-describedby': describedBy(def, path),
    onBlur: sealStep,
    spellCheck: false,
    autoComplete: 'off',
  }
  const change = (v: string) => {
    if (!present && v === '') return
    setValue(path, v)
  }
  return (
    <FieldFrame def={def} path={path} present={present}>
      {def.kind === 'multiline' ? (
        <TextArea
          {...common}
          rows={3}
          resizeOrientation="vertical"
          onChange={(_e, v) => change(v)}
        />
      ) : (
        <TextInput {...common} type="text" onChange={(_e, v) => change(v)} />
      )}
    </FieldFrame>
  )
}
