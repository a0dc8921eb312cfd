import { act, useEditorStore } from '../../state/editorStore.ts'
import type { Path } from '../../core/document/path.ts'
import { formatPath } from '../../core/document/path.ts'
import type { Diagnostic } from '../../core/validate/diagnostic.ts'

const NONE: Diagnostic[] = []

interface ByPath {
  exact: Map<string, Diagnostic[]>
  under: Map<string, Diagnostic[]>
}
const indexes = new WeakMap<readonly Diagnostic[], ByPath>()

/** Findings by path and by every ancestor path, built once per validation result. */
function byPath(diags: readonly Diagnostic[]): ByPath {
  let ix = indexes.get(diags)
  if (ix) return ix
  ix = { exact: new Map(), under: new Map() }
  const add = (m: Map<string, Diagnostic[]>, k: string, d: Diagnostic) => {
    const list = m.get(k)
    if (list) list.push(d)
    else m.set(k, [d])
  }
  for (const d of diags) {
    add(ix.exact, formatPath(d.path), d)
    for (let k = 1; k <= d.path.length; k++) add(ix.under, formatPath(d.path.slice(0, k)), d)
  }
  indexes.set(diags, ix)
  return ix
}

/**
 * The findings about one field, under it — once the user has changed it or been sent to it from
 * the Problems list, so a freshly opened file does not paint the whole form red.
 */
export function FieldProblems({ path, group, id }: { path: Path; group?: boolean; id: string }) {
  const key = formatPath(path)
  const mine = useEditorStore((s) =>
    s.touched.has(key)
      ? ((group ? byPath(s.diagnostics).under : byPath(s.diagnostics).exact).get(key) ?? NONE)
      : NONE,
  )
  if (mine.length === 0) return null
  return (
    <ul className="field-problems" id={id}>
      {mine.map((d, i) => (
        <li key={i} className={`sev-${d.severity}`}>
          {d.message}
          {d.fix ? (
            <button
              type="button"
              className="fix"
              onClick={() => void act('fix.apply', { fix: d.fix! })}
            >
              Fix: {d.fix.title}
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  )
}
