/**
 * Paths that select list items by a member's value, for editing many files at once:
 * `spec.clusters[clusterName=sno-7].clusterImageSetNameRef`, `…nodes[hostName="a.b"]…`. Each file
 * resolves the selectors against its own data, so one path reaches the cluster wherever it sits.
 */
import { getIn, parsePath } from './path.ts'
import type { Path, PathSegment } from './path.ts'

type Step = { seg: PathSegment } | { key: string; value: string }

const SELECTOR = /^\[([A-Za-z_][\w.-]*)=(?:"((?:[^"\\]|\\.)*)"|([^\]]*))\]/

/** the steps of a path with selectors; a plain path is all `seg` steps */
export function parseSelectPath(s: string): Step[] {
  const out: Step[] = []
  let rest = s
  while (rest.length) {
    const m = SELECTOR.exec(rest)
    if (m) {
      out.push({
        key: m[1]!,
        value: m[2] !== undefined ? (JSON.parse(`"${m[2]}"`) as string) : m[3]!,
      })
      rest = rest.slice(m[0].length).replace(/^\./, '')
      continue
    }
    // up to the next selector, read as an ordinary path
    const next = rest.search(/\[[A-Za-z_][\w.-]*=/)
    const plain = next < 0 ? rest : rest.slice(0, next)
    for (const seg of parsePath(plain)) out.push({ seg })
    rest = next < 0 ? '' : rest.slice(next)
  }
  return out
}

export const hasSelector = (s: string): boolean => parseSelectPath(s).some((x) => 'key' in x)

/**
 * The document path the steps reach in `data`: each selector becomes the index of the one list
 * item whose member equals its value. `{ none }` when no item matches (the file is not one the
 * path selects); `{ error }` when the selector is ambiguous or stands where no list is.
 */
export function resolveSelectPath(
  steps: readonly Step[],
  data: unknown,
): { path: Path } | { none: string } | { error: string } {
  const path: PathSegment[] = []
  for (const step of steps) {
    if ('seg' in step) {
      path.push(step.seg)
      continue
    }
    const list = getIn(data, path)
    if (!Array.isArray(list)) return { none: `no list at ${path.join('.') || 'the top'}` }
    const hits = list.flatMap((item, i) =>
      item !== null &&
      typeof item === 'object' &&
      String((item as Record<string, unknown>)[step.key]) === step.value
        ? [i]
        : [],
    )
    if (hits.length === 0) return { none: `no item with ${step.key}=${step.value}` }
    if (hits.length > 1) return { error: `${hits.length} items have ${step.key}=${step.value}` }
    path.push(hits[0]!)
  }
  return { path }
}
