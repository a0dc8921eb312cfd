/** Plain-language descriptions of value changes: "img4.14 → img4.16", "label du added (4.14)". */
import { diffLines } from 'diff'
import { deepEqual } from '../codecs/json.ts'
import type { Path } from '../document/path.ts'

export interface FieldChange {
  /** the path of the change below the owner (site spec, cluster or node) */
  at: Path
  text: string
}

const isMap = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v)
const isScalar = (v: unknown) => v === null || typeof v !== 'object'

/** A value as an operator reads it: strings bare, long or multi-line ones by size. */
export function show(v: unknown): string {
  if (v === undefined) return 'unset'
  if (typeof v === 'string') {
    const lines = v.split('\n').length
    if (lines > 1) return `(${lines} lines)`
    return v.length > 60 ? `${v.slice(0, 57)}…` : v === '' ? '""' : v
  }
  if (Array.isArray(v))
    return v.every(isScalar) && v.length <= 4
      ? `[${v.map(show).join(', ')}]`
      : `(${v.length} items)`
  if (isMap(v)) return `(${Object.keys(v).length} keys)`
  return String(v)
}

const label = (at: Path) =>
  at.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${p}` : p), '')

/** Lines that changed between two texts: the larger of lines added and lines removed. */
export function changedLineCount(a: string, b: string): number {
  let added = 0
  let removed = 0
  for (const part of diffLines(a, b)) {
    if (part.added) added += part.count ?? 0
    else if (part.removed) removed += part.count ?? 0
  }
  return Math.max(added, removed)
}

/** What changed between two values under `at`, one entry per leaf worth naming. */
export function describeChange(a: unknown, b: unknown, at: Path = []): FieldChange[] {
  if (deepEqual(a, b)) return []
  const name = label(at)
  if (a === undefined) return [{ at, text: `${name} set to ${show(b)}` }]
  if (b === undefined) return [{ at, text: `${name} removed (was ${show(a)})` }]
  if (isMap(a) && isMap(b)) {
    const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])]
    return keys.flatMap((k) => describeChange(a[k], b[k], [...at, k]))
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length === b.length) return a.flatMap((x, i) => describeChange(x, b[i], [...at, i]))
    if ([...a, ...b].every(isScalar)) {
      const added = b.filter((x) => !a.some((y) => deepEqual(x, y)))
      const removed = a.filter((x) => !b.some((y) => deepEqual(x, y)))
      const parts = [
        ...(added.length ? [`added ${added.map(show).join(', ')}`] : []),
        ...(removed.length ? [`removed ${removed.map(show).join(', ')}`] : []),
      ]
      return [{ at, text: `${name}: ${parts.join('; ') || 'reordered'}` }]
    }
    return [{ at, text: `${name}: ${a.length} → ${b.length} items` }]
  }
  if (typeof a === 'string' && typeof b === 'string' && (a.includes('\n') || b.includes('\n')))
    return [{ at, text: `${name} changed (${changedLineCount(a, b)} lines)` }]
  return [{ at, text: `${name} ${show(a)} → ${show(b)}` }]
}
