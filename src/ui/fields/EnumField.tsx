import { formatPath } from '../../core/document/path.ts'
import { FieldFrame } from './FieldFrame.tsx'
import { removeValue, sealStep, setValue } from './fieldActions.ts'
import type { FieldProps } from './fieldProps.ts'

/** A choice among the field's allowed values; "not set" removes the key. */
export function EnumField({ def, path, value }: FieldProps) {
  const name = formatPath(path)
  const options = def.options ?? []
  const current = value === undefined ? '' : String(value)
  const unknown = current !== '' && !options.includes(current)
  return (
    <FieldFrame def={def} path={path} present={value !== undefined}>
      <select
        id={`f:${name}`}
        name={name}
        value={current}
        onBlur={sealStep}
        onChange={(e) =>
          e.target.value === '' ? removeValue(path) : setValue(path, e.target.value)
        }
      >
        <option value="">{def.defaultValue ? `not set (${def.defaultValue})` : 'not set'}</option>
        {unknown ? <option value={current}>{`${current} (not allowed)`}</option> : null}
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </FieldFrame>
  )
}
