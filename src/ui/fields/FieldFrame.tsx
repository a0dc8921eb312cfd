import type { ReactNode } from 'react'
import type { FieldDef } from '../../core/schema/fieldTypes.ts'
import { formatPath } from '../../core/document/path.ts'
import type { Path } from '../../core/document/path.ts'
import { FieldProblems } from './FieldProblems.tsx'
import { describeType, removeValue } from './fieldActions.ts'

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

/** Label, help, deprecation note and a remove button around one control. */
export function FieldFrame({ def, path, present, group, scope, children }: Props) {
  const id = (scope ?? '') + formatPath(path)
  return (
    <div
      className={`field field-${def.kind}`}
      role={group ? 'group' : undefined}
      aria-labelledby={group ? `l:${id}` : undefined}
    >
      <div className="field-head">
        {group ? (
          <span className="label" id={`l:${id}`}>
            {def.label}
          </span>
        ) : (
          <label htmlFor={`f:${id}`}>
            {def.label}
            {def.required ? <span aria-hidden="true"> *</span> : null}
          </label>
        )}
        {present && !def.required ? (
          <button
            type="button"
            className="icon"
            aria-label={`Remove ${def.label}`}
            title={`Remove ${def.key} from the file`}
            onClick={() => removeValue(path)}
          >
            ×
          </button>
        ) : null}
      </div>
      {children}
      {def.help ? (
        <small className="help" id={`h:${id}`}>
          {def.help}
          {def.defaultValue ? ` Default: ${def.defaultValue}.` : ''}
        </small>
      ) : def.defaultValue ? (
        <small className="help" id={`h:${id}`}>
          Default: {def.defaultValue}.
        </small>
      ) : null}
      {def.deprecated ? <small className="deprecated">Deprecated. {def.deprecated}</small> : null}
      <FieldProblems path={path} group={group || def.kind === 'group'} id={`p:${id}`} />
    </div>
  )
}

/** Shown instead of a control when the file holds a value of another shape. */
export function ShapeNote({ what, expected }: { what: string; expected: string }) {
  return (
    <p className="shape-note" role="note">
      The file holds {what} here, not {expected}; edit it in the YAML pane.
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
