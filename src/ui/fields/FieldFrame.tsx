import { memo } from 'react'
import type { ReactNode } from 'react'
import { FormGroup, FormHelperText, HelperText, HelperTextItem } from '@patternfly/react-core'
import { useTranslation } from 'react-i18next'
import type { FieldDef } from '../../core/schema/fieldTypes.ts'
import type { Path } from '../../core/document/path.ts'
import { FieldProblems } from './FieldProblems.tsx'
import { describeType, removeValue } from './fieldActions.ts'
import { fieldIds, fieldText } from './fieldText.ts'
import type { T } from './fieldText.ts'
import { RemoveButton } from './RemoveButton.tsx'

interface Props {
  def: FieldDef
  path: Path
  present: boolean
  /** the field holds several controls (a list, a map): a labelled group instead of a label */
  group?: boolean
  /** prefix for element ids when the same field is shown twice (form and Preview) */
  scope?: string
  children: ReactNode
}

/** Label, help, deprecation note, findings and a remove button around one control. */
export function FieldFrame({ def, path, present, group, scope, children }: Props) {
  const { t } = useTranslation()
  const ids = fieldIds(path, scope)
  const label = fieldText(t, def.label)
  const remove =
    present && !def.required ? (
      <RemoveButton
        label={t('Remove {{label}}', { label })}
        onClick={() => void removeValue(path)}
      />
    ) : undefined
  return (
    <FormGroup
      className={`field field-${def.kind}`}
      label={<span id={ids.label}>{label}</span>}
      labelInfo={remove}
      isRequired={def.required}
      fieldId={group ? undefined : ids.control}
      role={group ? 'group' : undefined}
      aria-labelledby={group ? ids.label : undefined}
    >
      {children}
      <FieldNotes def={def} id={ids.help} t={t} />
      <FieldProblems path={path} def={def} id={ids.problems} />
    </FormGroup>
  )
}

/** Help, default and deprecation note under the control (its aria-describedby). */
const FieldNotes = memo(function FieldNotes({ def, id, t }: { def: FieldDef; id: string; t: T }) {
  if (!def.help && !def.defaultValue && !def.deprecated) return null
  return (
    <FormHelperText>
      <HelperText id={id}>
        {def.help || def.defaultValue ? (
          <HelperTextItem>
            {def.help ? fieldText(t, def.help) : null}
            {def.help && def.defaultValue ? ' ' : null}
            {def.defaultValue ? t('Default: {{value}}.', { value: def.defaultValue }) : null}
          </HelperTextItem>
        ) : null}
        {def.deprecated ? (
          <HelperTextItem variant="warning" className="deprecated">
            {t('Deprecated. {{note}}', { note: fieldText(t, def.deprecated) })}
          </HelperTextItem>
        ) : null}
      </HelperText>
    </FormHelperText>
  )
})

/** Shown instead of a control when the file holds a value of another shape. */
export function ShapeNote({ what, expected }: { what: string; expected: string }) {
  const { t } = useTranslation()
  return (
    <p className="shape-note" role="note">
      {t('The file holds {{what}} here, not {{expected}}; edit it in the YAML pane.', {
        what: fieldText(t, what),
        expected: fieldText(t, expected),
      })}
    </p>
  )
}

/** The whole field when the file's value has the wrong shape for a form control. */
export function WrongShape(props: { def: FieldDef; path: Path; value: unknown; expected: string }) {
  return (
    <FieldFrame def={props.def} path={props.path} present>
      <ShapeNote what={describeType(props.value)} expected={props.expected} />
    </FieldFrame>
  )
}
