/**
 * The generator's instantiation (siteConfigBuilder.go getClusterCR): walk a parsed template, replace
 * each whole-string `{{ .Site|.Cluster|.Node.Field }}` with the SiteConfig's value, and drop the key
 * when the value is empty (Go's IsZero). Each replacement records its origin.
 */
import type { Path, PathSegment } from '../../document/path.ts'
import { isPlainObject as isObj } from '../../site/siteModel.ts'
import type { Obj, Origin } from '../types.ts'

export interface Value {
  value: unknown
  /** the document field it came from; absent when the generator computed or defaulted it */
  source?: Path
}

export type Resolve = (scope: 'Site' | 'Cluster' | 'Node', fields: string[]) => Value | undefined

const PLACEHOLDER = /^\{\{\s*\.(Site|Cluster|Node)\.([\w.]+)\s*\}\}$/

/** Go's reflect IsZero on what the SiteConfig struct would hold (an empty struct is zero; a `[]` is not) */
export const isZero = (v: unknown): boolean =>
  v === undefined ||
  v === null ||
  v === '' ||
  v === false ||
  v === 0 ||
  (isObj(v) && Object.keys(v).length === 0)

// the rendered CR must not share objects with the document's view (structuredClone is slower here)
const copy = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(copy)
    : isObj(v)
      ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, copy(x)]))
      : v

export function fill(template: Obj, resolve: Resolve, origins: Origin[], at: Path = []): Obj {
  const out: Obj = {}
  for (const [k, v] of Object.entries(template)) {
    const field: PathSegment[] = [...at, k]
    if (typeof v === 'string') {
      const m = PLACEHOLDER.exec(v)
      if (!m) {
        out[k] = v
        continue
      }
      const r = resolve(m[1] as 'Site' | 'Cluster' | 'Node', (m[2] as string).split('.'))
      if (!r || isZero(r.value)) continue
      out[k] = copy(r.value)
      if (r.source) origins.push({ field, source: r.source })
    } else if (Array.isArray(v))
      out[k] = v.map((x, i) => (isObj(x) ? fill(x, resolve, origins, [...field, i]) : x))
    else if (isObj(v)) out[k] = fill(v, resolve, origins, field)
    else out[k] = v
  }
  return out
}
