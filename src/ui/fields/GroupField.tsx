import { useState } from 'react'
import { FormFieldGroupExpandable, FormFieldGroupHeader } from '@patternfly/react-core'
import { useTranslation } from 'react-i18next'
import { formatPath } from '../../core/document/path.ts'
import { useEditorStore } from '../../state/editorStore.ts'
import { WrongShape } from './FieldFrame.tsx'
import { FieldProblems } from './FieldProblems.tsx'
import { removeValue } from './fieldActions.ts'
import type { NestingProps } from './fieldProps.ts'
import { isMap } from './fieldProps.ts'
import { fieldIds, fieldText } from './fieldText.ts'
import { RemoveButton } from './RemoveButton.tsx'

/** Whether the user changed or was sent to the group or something in it (it then opens). */
const touchedIn = (touched: ReadonlySet<string>, key: string) => {
  for (const k of touched) if (k === key || k.startsWith(`${key}.`)) return true
  return false
}

/**
 * A nested object (proxy, diskEncryption, …): collapsed until the file has it, the user opens it,
 * or a finding inside it is revealed. Findings about the group itself show under its header.
 */
export function GroupField({ def, path, value, Child }: NestingProps) {
  const { t } = useTranslation()
  const key = formatPath(path)
  const ids = fieldIds(path)
  const revealed = useEditorStore((s) => touchedIn(s.touched, key))
  const present = value !== undefined
  // PatternFly's group keeps its own open state; `open` mirrors it so that revealing a finding in
  // a closed group can open it (by mounting it anew), while typing in an open one never remounts
  const [open, setOpen] = useState(present || !!def.required)
  const [mount, setMount] = useState({ n: 0, revealed })
  if (mount.revealed !== revealed) {
    setMount({ n: mount.n + (revealed && !open ? 1 : 0), revealed })
    if (revealed) setOpen(true)
  }
  if (present && value !== null && !isMap(value))
    return <WrongShape def={def} path={path} value={value} expected="a mapping" />
  const obj = isMap(value) ? value : {}
  const label = fieldText(t, def.label)
  const title = [label, present ? '' : ` ${t('(not set)')}`, def.v2Only ? ` · ${t('v2 only')}` : '']
  return (
    <FormFieldGroupExpandable
      key={mount.n}
      className="field group"
      isExpanded={open}
      onClickCapture={(e) => {
        const toggle = (e.target as Element).closest('button[aria-expanded]')
        if (toggle?.closest('.group') === e.currentTarget) setOpen(!open)
      }}
      aria-describedby={ids.problems}
      header={
        <FormFieldGroupHeader
          titleText={{ text: title.join(''), id: ids.label }}
          actions={
            present && !def.required ? (
              <RemoveButton
                label={t('Remove {{label}}', { label })}
                onClick={() => void removeValue(path)}
              />
            ) : undefined
          }
        />
      }
    >
      <FieldProblems path={path} def={def} id={ids.problems} touched={revealed} />
      {(def.fields ?? []).map((f) => (
        <Child key={f.key} def={f} path={[...path, f.key]} value={obj[f.key]} />
      ))}
    </FormFieldGroupExpandable>
  )
}
