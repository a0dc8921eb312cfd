import { useState } from 'react'
import { formatPath } from '../../core/document/path.ts'
import { FieldFrame, ShapeNote, WrongShape } from './FieldFrame.tsx'
import { describeType, removeValue, sealStep, setValue } from './fieldActions.ts'
import { RemoveButton } from './RemoveButton.tsx'
import type { FieldProps } from './fieldProps.ts'
import { isMap } from './fieldProps.ts'

/** Key → value pairs (labels, crTemplates). A key is fixed once added; remove and re-add to rename. */
export function MapField({ def, path, value }: FieldProps) {
  const name = formatPath(path)
  const [newKey, setNewKey] = useState('')
  if (value !== undefined && value !== null && !isMap(value))
    return <WrongShape def={def} path={path} value={value} expected="a mapping" />
  const entries = Object.entries(value ?? {})
  const taken = newKey !== '' && entries.some(([k]) => k === newKey)
  const add = () => {
    if (newKey === '' || taken) return
    setValue([...path, newKey], '')
    sealStep()
    setNewKey('')
  }
  return (
    <FieldFrame def={def} path={path} present={value !== undefined} group>
      <dl className="map-rows">
        {entries.map(([k, v]) => {
          const p = formatPath([...path, k])
          return (
            <div key={k} className="map-row">
              <dt>
                <label htmlFor={`f:${p}`}>{k}</label>
              </dt>
              <dd>
                {v !== null && typeof v === 'object' ? (
                  <ShapeNote what={describeType(v)} expected="text" />
                ) : (
                  <input
                    id={`f:${p}`}
                    name={p}
                    type="text"
                    value={v === null || v === undefined ? '' : String(v)}
                    spellCheck={false}
                    onChange={(e) => setValue([...path, k], e.target.value)}
                    onBlur={sealStep}
                  />
                )}
                <RemoveButton label={`Remove ${k}`} onClick={() => removeValue([...path, k])} />
              </dd>
            </div>
          )
        })}
      </dl>
      <div className="map-add">
        <input
          id={`new:${name}`}
          type="text"
          aria-label={`New ${def.label.toLowerCase()} key`}
          placeholder="new key"
          value={newKey}
          aria-invalid={taken || undefined}
          onChange={(e) => setNewKey(e.target.value.trim())}
          onKeyDown={(e) => {
            if (e.key === 'Enter') add()
          }}
        />
        <button type="button" onClick={add} disabled={newKey === '' || taken}>
          Add key
        </button>
      </div>
    </FieldFrame>
  )
}
