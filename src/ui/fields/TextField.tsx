import { formatPath } from '../../core/document/path.ts'
import { FieldFrame, WrongShape } from './FieldFrame.tsx'
import { sealStep, setValue } from './fieldActions.ts'
import type { FieldProps } from './fieldProps.ts'
import { isScalar } from './fieldProps.ts'

/** A string field; an absent field is written only once the user types into it. */
export function TextField({ def, path, value }: FieldProps) {
  const name = formatPath(path)
  const present = value !== undefined
  if (!isScalar(value)) return <WrongShape def={def} path={path} value={value} expected="text" />
  const shown = value === undefined || value === null ? '' : String(value)
  const common = {
    id: `f:${name}`,
    name,
    value: shown,
    'aria-describedby': def.help || def.defaultValue ? `h:${name}` : undefined,
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
        <textarea {...common} rows={3} onChange={(e) => change(e.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(e) => change(e.target.value)} />
      )}
    </FieldFrame>
  )
}
