/** Which lines of the rendered stream show the fields a document field feeds, and the pre-cache fields. */
import type { Path } from '../../core/document/path.ts'
import type { Display } from '../../core/render/display.ts'
import { fedBy } from '../../core/render/origins.ts'
import type { Resource } from '../../core/render/types.ts'

export interface LitField {
  resource: number
  field: Path
  line: number
}

const under = (p: Path, prefix: Path) =>
  prefix.length <= p.length && prefix.every((s, i) => p[i] === s)

/** the first line of each field in `want`, per resource (lines are in field order) */
function linesOf(d: Display, i: number, fields: readonly Path[], all: boolean): number[] {
  const out: number[] = []
  const end = d.starts[i + 1] ?? d.lines.length
  for (let k = d.starts[i] ?? 0; k < end; k++) {
    const f = d.lines[k]!.field
    if (fields.some((w) => under(f, w) && (all || f.length === w.length))) out.push(k)
  }
  return out
}

export function litFields(d: Display, shown: readonly Resource[], source: Path | null): LitField[] {
  if (!source) return []
  const out: LitField[] = []
  shown.forEach((r, i) => {
    for (const o of fedBy(r, source)) {
      const line = linesOf(d, i, [o.field], false)[0]
      if (line !== undefined) out.push({ resource: i, field: o.field, line })
    }
  })
  return out
}

/** every line of the lit fields (a map or a block scalar spans several) */
export function litLines(d: Display, lit: readonly LitField[]): number[] {
  const byRes = new Map<number, Path[]>()
  for (const l of lit) byRes.set(l.resource, [...(byRes.get(l.resource) ?? []), l.field])
  return [...byRes].flatMap(([i, fields]) => linesOf(d, i, fields, true))
}

export function precacheLines(d: Display, shown: readonly Resource[]): number[] {
  return shown.flatMap((r, i) =>
    r.precache.length
      ? linesOf(
          d,
          i,
          r.precache.map((p) => p.field),
          false,
        )
      : [],
  )
}
