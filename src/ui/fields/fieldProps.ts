import type { ComponentType } from 'react'
import type { Path } from '../../core/document/path.ts'
import type { FieldDef } from '../../core/schema/fieldTypes.ts'

export interface FieldProps {
  def: FieldDef
  path: Path
  /** the value in the document (undefined when the key is absent) */
  value: unknown
  /** prefix for element ids when the same field is shown twice (form and Preview) */
  scope?: string
}

/** A field that holds fields (group, list of objects): `Child` renders each one (Field passes itself). */
export interface NestingProps extends FieldProps {
  Child: ComponentType<FieldProps>
}

export const isScalar = (v: unknown) => v === null || typeof v !== 'object'
export const isMap = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v)
