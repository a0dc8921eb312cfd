import { useEditorStore } from '../state/editorStore.ts'

/** Until the Problems panel (issue 5): the current findings as a plain list, with line:column. */
export function ProblemsPlaceholder() {
  const diagnostics = useEditorStore((s) => s.diagnostics)
  return (
    <div className="problems-placeholder">
      <p className="placeholder">
        Filtering, quick fixes and jump-to-field come with issue 5. Current findings:
      </p>
      {diagnostics.length === 0 ? (
        <p>No problems found.</p>
      ) : (
        <ul>
          {diagnostics.map((d, i) => (
            <li key={i}>
              <span className={`sev sev-${d.severity}`}>{d.severity}</span> {d.line}:{d.column}{' '}
              {d.message} <code>{d.rule}</code>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
