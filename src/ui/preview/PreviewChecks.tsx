import type { Path } from '../../core/document/path.ts'
import type { Diagnostic } from '../../core/validate/diagnostic.ts'

/** Findings listed here at most: a hostile override can have tens of thousands. */
const MAX_LISTED = 200

const samePrefix = (p: Path, prefix: Path) => prefix.every((s, i) => p[i] === s)

/** The findings about this override (and, for a node, its installerArgs), with their lines. */
export function PreviewChecks({
  diagnostics,
  paths,
}: {
  diagnostics: Diagnostic[]
  paths: Path[]
}) {
  const mine = diagnostics.filter((d) => paths.some((p) => samePrefix(d.path, p)))
  return (
    <section className="preview-checks" aria-label="Checks">
      <h3>Checks</h3>
      {mine.length === 0 ? (
        <p className="muted">No problems found in this stage.</p>
      ) : (
        <ul>
          {mine.slice(0, MAX_LISTED).map((d, i) => (
            <li key={i}>
              <span className={`sev sev-${d.severity}`}>{d.severity}</span>{' '}
              <span className="muted">line {d.line}</span> {d.message} <code>{d.rule}</code>
            </li>
          ))}
          {mine.length > MAX_LISTED ? (
            <li className="muted">
              …and {(mine.length - MAX_LISTED).toLocaleString('en')} more (see the Problems tab)
            </li>
          ) : null}
        </ul>
      )}
    </section>
  )
}
