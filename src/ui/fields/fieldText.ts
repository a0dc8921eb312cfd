/** Ids and texts shared by the field components. */
import type { useTranslation } from 'react-i18next'
import { formatPath } from '../../core/document/path.ts'
import type { Path } from '../../core/document/path.ts'
import type { FieldDef } from '../../core/schema/fieldTypes.ts'
import type { TextKey } from '../../i18n/catalog.ts'

export type T = ReturnType<typeof useTranslation>['t']

/** A catalogue text chosen at run time (its values are checked by the catalogue test). */
export const textOf = (t: T, key: TextKey, values?: Record<string, string | number>): string =>
  (t as unknown as (k: string, v?: object) => string)(key, values)

/** A text of the field table (English data in core): its catalogue entry, else itself. */
export const fieldText = (t: T, s: string): string => textOf(t, s as TextKey, { defaultValue: s })

/** The element ids of one field: control, label, help and findings. */
export function fieldIds(path: Path, scope = '') {
  const id = scope + formatPath(path)
  return { control: `f:${id}`, label: `l:${id}`, help: `h:${id}`, problems: `p:${id}` }
}

/** What a field's control is described by: its help (when it has one) and its findings. */
export function describedBy(def: FieldDef, path: Path, scope?: string): string {
  const ids = fieldIds(path, scope)
  return def.help || def.defaultValue || def.deprecated
    ? `${ids.help} ${ids.problems}`
    : ids.problems
}
