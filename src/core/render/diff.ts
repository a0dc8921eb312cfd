/**
 * What a change does on the hub: the rendered resources of the baseline against the current text,
 * paired by kind/namespace/name, as changed fields with their known consequences. Hand-written
 * (no diff library): the leaves are ours to choose — maps are walked, a list or a string is one
 * field (an override changes as a whole, an interface list as a whole).
 */
import { isPlainObject as isObj } from '../site/siteModel.ts'
import type { Path } from '../document/path.ts'
import type { Message } from '../messages/message.ts'
import { consequences } from './consequences.ts'
import { resourceKey } from './types.ts'
import type { ChangeKind, FieldChange, Resource, RenderResult } from './types.ts'

export type { ChangeKind, FieldChange }

export interface ResourceChange {
  key: string
  kind: string
  name: string
  namespace?: string
  clusterName: string
  change: ChangeKind
  /** empty for an added or removed resource */
  fields: FieldChange[]
  consequences: Message[]
  /** the current resource (the baseline's when removed) */
  resource: Resource
}

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b)

function fieldChanges(a: unknown, b: unknown, path: Path, out: FieldChange[]): void {
  if (isObj(a) && isObj(b)) {
    for (const k of Object.keys(a)) {
      if (!(k in b)) out.push({ path: [...path, k], change: 'removed', before: a[k] })
      else fieldChanges(a[k], b[k], [...path, k], out)
    }
    for (const k of Object.keys(b))
      if (!(k in a)) out.push({ path: [...path, k], change: 'added', after: b[k] })
  } else if (!same(a, b)) out.push({ path, change: 'changed', before: a, after: b })
}

export function diffResources(before: RenderResult, after: RenderResult): ResourceChange[] {
  const old = new Map(before.resources.map((r) => [resourceKey(r), r]))
  const out: ResourceChange[] = []
  const entry = (r: Resource, change: ChangeKind, fields: FieldChange[]): ResourceChange => ({
    key: resourceKey(r),
    kind: r.kind,
    name: r.name,
    ...(r.namespace !== undefined ? { namespace: r.namespace } : {}),
    clusterName: r.clusterName,
    change,
    fields,
    consequences: consequences(r.kind, change, fields),
    resource: r,
  })
  for (const r of after.resources) {
    const key = resourceKey(r)
    const was = old.get(key)
    old.delete(key)
    if (!was) {
      out.push(entry(r, 'added', []))
      continue
    }
    const fields: FieldChange[] = []
    fieldChanges(was.body, r.body, [], fields)
    if (fields.length) out.push(entry(r, 'changed', fields))
  }
  for (const r of old.values()) out.push(entry(r, 'removed', []))
  return out
}
