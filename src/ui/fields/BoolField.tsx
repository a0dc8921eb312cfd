import { Checkbox } from '@patternfly/react-core'
import { formatPath } from '../../core/document/path.ts'
import { FieldFrame } from './FieldFrame.tsx'
import { sealStep, setValue } from './fieldActions.ts'
import type { FieldProps } from './fieldProps.ts'
import { describedBy, fieldIds } from './fieldText.ts'

/** A true/false field. An absent field shows unchecked and is written on the first click. */
export function BoolField({ def, path, value }: FieldProps) {
  return (
    <FieldFrame def={def} path={path} present={value !== undefined}>
      <Checkbox
        id={fieldIds(path).control}
        name={formatPath(path)}
        isChecked={value === true || value === 'true'}
        aria-describedby={describedBy(def, path)}
        onChange={(_e, checked) => {
          setValue(path, checked)
          sealStep()
        }}
      />
    </FieldFrame>
  )
}
