/**
 * Between the document and the rendered resources: which rendered fields a document field feeds
 * (the Resources tab highlights them) and which document field a rendered one came from (its link back).
 */
import type { Path } from '../document/path.ts'
import type { Origin, Resource } from './types.ts'

const startsWith = (p: Path, prefix: Path) =>
  prefix.length <= p.length && prefix.every((s, i) => p[i] === s)

/** the rendered fields fed by `source` or anything below it (or, for a leaf, by a field above it) */
export function fedBy(r: Resource, source: Path): Origin[] {
  if (source.length === 0) return []
  // a field inside a rendered subtree (an interface of nodeNetwork.config) lights its subtree; the
  // document root and `spec` alone are too broad to light anything
  return r.origins.filter(
    (o) => startsWith(o.source, source) || (o.source.length >= 2 && startsWith(source, o.source)),
  )
}

/** the document field a rendered field came from: the origin of the longest prefix of `field` */
export function sourceOf(r: Resource, field: Path): Path | undefined {
  let best: Origin | undefined
  for (const o of r.origins)
    if (startsWith(field, o.field) && (!best || o.field.length > best.field.length)) best = o
  return best?.source
}
