/** Keys of a mapping that the field definitions do not know (shown, never dropped). */
import type { FieldDef } from './fieldTypes.ts'

export function unknownKeys(
  value: unknown,
  defs: readonly FieldDef[],
  alsoKnown: readonly string[] = [],
): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return []
  const known = new Set([...defs.map((d) => d.key), ...alsoKnown])
  return Object.keys(value).filter((k) => !known.has(k))
}
