import { useState } from 'react'
import { WrongShape } from './FieldFrame.tsx'
import { removeValue } from './fieldActions.ts'
import type { NestingProps } from './fieldProps.ts'
import { isMap } from './fieldProps.ts'

/** A nested object (proxy, diskEncryption, …): collapsed until the file has it or the user opens it. */
export function GroupField({ def, path, value, Child }: NestingProps) {
  const present = value !== undefined
  const [open, setOpen] = useState(present || !!def.required)
  if (present && value !== null && !isMap(value))
    return <WrongShape def={def} path={path} value={value} expected="a mapping" />
  const obj = isMap(value) ? value : {}
  return (
    <details
      className="group"
      open={open}
      onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}
    >
      <summary>
        {def.label}
        {present ? null : <span className="muted"> (not set)</span>}
        {def.v2Only ? <span className="muted"> · v2 only</span> : null}
      </summary>
      {present && !def.required ? (
        <button type="button" className="link" onClick={() => removeValue(path)}>
          Remove {def.label.toLowerCase()}
        </button>
      ) : null}
      {(def.fields ?? []).map((f) => (
        <Child key={f.key} def={f} path={[...path, f.key]} value={obj[f.key]} />
      ))}
    </details>
  )
}
