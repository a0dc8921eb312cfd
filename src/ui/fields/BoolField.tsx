import { formatPath } from '../../core/document/path.ts'
import { FieldFrame } from './FieldFrame.tsx'
import { sealStep, setValue } from './fieldActions.ts'
import type { FieldProps } from './fieldProps.ts'

/** A true/false field. An absent field shows unchecked and is written on the first click. */
export function BoolField({ def, path, value }: FieldProps) {
  const name = formatPath(path)
  return (
    <FieldFrame def={def} path={path} present={value !== undefined}>
      <input
        id={`f:${name}`}
        name={name}
        type="checkbox"
        checked={value === true || value === 'true'}
        onChange={(e) => {
          setValue(path, e.target.checked)
          sealStep()
        }}
      />
    </FieldFrame>
  )
}
