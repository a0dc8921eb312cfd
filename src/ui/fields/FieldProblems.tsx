import { useShallow } from 'zustand/react/shallow'
import type { Path } from '../../core/document/path.ts'
import { formatPath } from '../../core/document/path.ts'
import type { Diagnostic } from '../../core/validate/diagnostic.ts'
import { useEditorStore } from '../../state/editorStore.ts'
import { runFix } from '../fixActions.ts'

const NONE: Diagnostic[] = []
const within = (p: Path, base: Path, exact: boolean) =>
  (exact ? p.length === base.length : p.length >= base.length) && base.every((s, i) => p[i] === s)

/**
 * The findings about one field, under it — once the user has changed it or been sent to it from
 * the Problems list, so a freshly opened file does not paint the whole form red.
 */
export function FieldProblems({ path, group, id }: { path: Path; group?: boolean; id: string }) {
  const key = formatPath(path)
  const mine = useEditorStore(
    useShallow((s) =>
      s.touched.has(key) ? s.diagnostics.filter((d) => within(d.path, path, !group)) : NONE,
    ),
  )
  if (mine.length === 0) return null
  return (
    <ul className="field-problems" id={id}>
      {mine.map((d, i) => (
        <li key={i} className={`sev-${d.severity}`}>
          {d.message}
          {d.fix ? (
            <button type="button" className="fix" onClick={() => void runFix(d.fix!)}>
              Fix: {d.fix.title}
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  )
}
