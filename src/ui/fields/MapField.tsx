import { useState } from 'react'
import { TextInput } from '@patternfly/react-core'
import { useTranslation } from 'react-i18next'
import { formatPath } from '../../core/document/path.ts'
import { FieldFrame, ShapeNote, WrongShape } from './FieldFrame.tsx'
import { describeType, removeValue, sealStep, setValue } from './fieldActions.ts'
import { AddButton, RemoveButton } from './RemoveButton.tsx'
import { describedBy, fieldText } from './fieldText.ts'
import type { FieldProps } from './fieldProps.ts'
import { isMap } from './fieldProps.ts'

/** Key → value pairs (labels, crTemplates). A key is fixed once added; remove and re-add to rename. */
export function MapField({ def, path, value }: FieldProps) {
  const { t } = useTranslation()
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
                  <TextInput
                    id={`f:${p}`}
                    name={p}
                    type="text"
                    value={v === null || v === undefined ? '' : String(v)}
                    aria-describedby={describedBy(def, path)}
                    spellCheck={false}
                    onChange={(_e, next) => setValue([...path, k], next)}
                    onBlur={sealStep}
                  />
                )}
                <RemoveButton
                  label={t('Remove {{label}}', { label: k })}
                  onClick={() => removeValue([...path, k])}
                />
              </dd>
            </div>
          )
        })}
      </dl>
      <div className="map-add">
        <TextInput
          id={`new:${name}`}
          type="text"
          aria-label={t('New {{label}} key', { label: fieldText(t, def.label) })}
          placeholder={t('new key')}
          value={newKey}
          validated={taken ? 'error' : 'default'}
          onChange={(_e, next) => setNewKey(next.trim())}
          onKeyDown={(e) => {
            if (e.key === 'Enter') add()
          }}
        />
        <AddButton text={t('Add key')} onClick={add} disabled={newKey === '' || taken} />
      </div>
    </FieldFrame>
  )
}
