/** Reading SiteConfig values as siteconfig-converter's typed Go structs read them. */
import { isPlainObject } from '../site/siteModel.ts'

export type Obj = Record<string, unknown>

/** a Go string field: a scalar's text, else "" */
export const str = (v: unknown): string =>
  typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : ''

export const obj = (v: unknown): Obj => (isPlainObject(v) ? v : {})
export const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])
export const strList = (v: unknown): string[] => list(v).map(str)

/** a Go map[string]string: values as text; undefined when empty (omitempty) */
export function strMap(v: unknown): Record<string, string> | undefined {
  const entries = Object.entries(obj(v)).map(([k, x]) => [k, str(x)] as const)
  return entries.length ? Object.fromEntries(entries) : undefined
}

/** a Go map[string]map[string]string (crAnnotations.add → extraAnnotations) */
export function kindMap(v: unknown): Record<string, Record<string, string>> | undefined {
  const entries = Object.entries(obj(v)).map(([k, x]) => [k, strMap(x) ?? {}] as const)
  return entries.length ? Object.fromEntries(entries) : undefined
}

/** a non-empty Go map[string]interface{} (rootDeviceHints, nodeNetwork.config), as written */
export const anyMap = (v: unknown): Obj | undefined =>
  isPlainObject(v) && Object.keys(v).length ? v : undefined

/** drops undefined members, so omitempty fields are simply left out */
export const compact = (o: Obj): Obj =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined))

export const nonEmpty = (s: string): string | undefined => (s === '' ? undefined : s)
export const nonEmptyList = <T>(a: T[]): T[] | undefined => (a.length ? a : undefined)
