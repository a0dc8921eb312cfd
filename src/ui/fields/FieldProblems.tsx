import { memo } from 'react'
import { FormHelperText, HelperText, HelperTextItem } from '@patternfly/react-core'
import { useEditorStore } from '../../state/editorStore.ts'
import { FindingAction } from '../FindingAction.tsx'
import type { Path } from '../../core/document/path.ts'
import { formatPath } from '../../core/document/path.ts'
import type { FieldDef } from '../../core/schema/fieldTypes.ts'
import type { Diagnostic } from '../../core/validate/diagnostic.ts'
import { useFindingText } from '../useFindingText.ts'

const NONE: Diagnostic[] = []

const indexes = new WeakMap<readonly Diagnostic[], Map<string, Diagnostic[]>>()

/** Findings by every path and ancestor path, built once per validation result. */
function under(diags: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  let ix = indexes.get(diags)
  if (ix) return ix
  ix = new Map()
  for (const d of diags)
    for (let k = 0; k <= d.path.length; k++) {
      const key = formatPath(d.path.slice(0, k))
      const list = ix.get(key)
      if (list) list.push(d)
      else ix.set(key, [d])
    }
  indexes.set(diags, ix)
  return ix
}

/**
 * Whether a finding at or below `path` is shown under this field: a field's own, and for lists
 * and maps their items' too, but not those of a nested field that shows them itself.
 */
export function ownFinding(def: FieldDef, path: Path, d: Pick<Diagnostic, 'path'>): boolean {
  const rest = d.path.slice(path.length)
  if (rest.length === 0) return true
  const child = def.kind === 'objects' ? rest[1] : def.kind === 'group' ? rest[0] : undefined
  if (def.kind !== 'objects' && def.kind !== 'group') return true
  return !(def.fields ?? []).some((f) => f.key === child)
}

const VARIANT = { error: 'error', warning: 'warning', info: 'indeterminate' } as const

/**
 * The findings about one field, under it (its inputs point here with aria-describedby) — once the
 * user has changed it or been sent to it from the Problems list, so a freshly opened file does not
 * paint the whole form red (`touched`: the caller knows, e.g. a group one of whose fields
 * changed). The list is always there, so a finding that appears is announced.
 */
interface Props {
  path: Path
  def: FieldDef
  id: string
  touched?: boolean
}

// typing re-renders the field around it: the findings only when their own inputs change
export const FieldProblems = memo(
  FieldProblemsOf,
  (a, b) => a.id === b.id && a.def === b.def && a.touched === b.touched,
)

function FieldProblemsOf(props: Props) {
  const { path, def, id } = props
  const key = formatPath(path)
  const text = useFindingText()
  const mine = useEditorStore((s) =>
    props.touched || s.touched.has(key) ? (under(s.diagnostics).get(key) ?? NONE) : NONE,
  )
  const shown = mine.filter((d) => ownFinding(def, path, d))
  return (
    <FormHelperText className="field-problems" aria-live="polite">
      <HelperText id={id}>
        {shown.map((d, i) => (
          <HelperTextItem key={i} variant={VARIANT[d.severity]} className={`sev-${d.severity}`}>
            {text(d)}
            <FindingAction d={d} variant="link" />
          </HelperTextItem>
        ))}
      </HelperText>
    </FormHelperText>
  )
}
