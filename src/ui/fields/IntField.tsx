import { useState } from 'react'
import { formatPath } from '../../core/document/path.ts'
import { FieldFrame } from './FieldFrame.tsx'
import { sealStep, setValue } from './fieldActions.ts'
import type { FieldProps } from './fieldProps.ts'

/** A whole number; text that is not one stays in the box with a message and is not written. */
export function IntField({ def, path, value }: FieldProps) {
  const name = formatPath(path)
  const shown = value === undefined || value === null ? '' : String(value)
  const [draft, setDraft] = useState<string | null>(null)
  const bad = draft !== null && draft !== '' && !/^-?\d+$/.test(draft.trim())
  return (
    <FieldFrame def={def} path={path} present={value !== undefined}>
      <input
        id={`f:${name}`}
        name={name}
        type="text"
        inputMode="numeric"
        value={draft ?? shown}
        aria-invalid={bad || undefined}
        onChange={(e) => {
          const t = e.target.value
          setDraft(t)
          if (/^-?\d+$/.test(t.trim())) setValue(path, Number(t.trim()))
        }}
        onBlur={() => {
          setDraft(null)
          sealStep()
        }}
      />
      {bad ? <small className="field-error">Enter a whole number.</small> : null}
    </FieldFrame>
  )
}
