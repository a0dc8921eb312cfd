/**
 * One description of every SiteConfig field, used by the forms (and, later, the JSON Schema), so
 * the two cannot drift apart. Facts come from ../shared/docs/siteconfig-fields.md.
 */
export type FieldKind =
  | 'text' // a string
  | 'multiline' // a string edited in a text area (ssh keys)
  | 'enum' // a string from `options`
  | 'bool'
  | 'int'
  | 'strings' // a list of strings
  | 'objects' // a list of objects with `fields`
  | 'map' // string → string
  | 'group' // a nested object with `fields`
  | 'json' // a string that holds JSON
  | 'yaml' // an object or any value, edited as YAML text
  | 'args' // installerArgs: a string holding a JSON array of flags and values

export interface FieldDef {
  key: string
  label: string
  kind: FieldKind
  help?: string
  options?: readonly string[]
  /** enum/default shown when the field is absent */
  defaultValue?: string
  fields?: readonly FieldDef[]
  required?: boolean
  deprecated?: string
  /** only meaningful with apiVersion ran.openshift.io/v2 */
  v2Only?: boolean
  /** lists: the CRD's maxItems */
  maxItems?: number
  /** strings: the CRD's pattern (as the CRD writes it, anchored or not) */
  pattern?: string
  /** json fields: what the JSON must be */
  jsonShape?: 'object' | 'array'
}

export const text = (key: string, label: string, more: Partial<FieldDef> = {}): FieldDef => ({
  key,
  label,
  kind: 'text',
  ...more,
})

export const enumOf = (
  key: string,
  label: string,
  options: readonly string[],
  more: Partial<FieldDef> = {},
): FieldDef => ({ key, label, kind: 'enum', options, ...more })

export const group = (
  key: string,
  label: string,
  fields: readonly FieldDef[],
  more: Partial<FieldDef> = {},
): FieldDef => ({ key, label, kind: 'group', fields, ...more })

export const of = (
  kind: FieldKind,
  key: string,
  label: string,
  more: Partial<FieldDef> = {},
): FieldDef => ({ key, label, kind, ...more })
