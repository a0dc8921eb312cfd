import { useState } from 'react'
import type { Severity } from '../core/validate/diagnostic.ts'
import { act, useEditorStore } from '../state/editorStore.ts'
import { ReleaseSelect } from './ReleaseSelect.tsx'
import { revealProblem } from './revealProblem.ts'
import { useFindingText } from './useFindingText.ts'

const SEVERITIES: Severity[] = ['error', 'warning', 'info']
const PAGE = 300
const PLURAL: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Info' }

/** Every finding, sorted by place in the file, filterable by severity; a click goes to it. */
export function ProblemsPanel() {
  const diagnostics = useEditorStore((s) => s.diagnostics)
  const failed = useEditorStore((s) => s.validationError)
  const text = useFindingText()
  const [shown, setShown] = useState<Record<Severity, boolean>>({
    error: true,
    warning: true,
    info: true,
  })
  const [all, setAll] = useState(false)
  const matching = diagnostics.filter((d) => shown[d.severity])
  // a 1,000-node file can have thousands of findings: render a page of them unless asked
  const list = all ? matching : matching.slice(0, PAGE)
  const count = (s: Severity) => diagnostics.filter((d) => d.severity === s).length
  return (
    <div className="problems-panel">
      <fieldset className="problems-filter">
        <legend className="visually-hidden">Show</legend>
        {SEVERITIES.map((s) => (
          <label key={s}>
            <input
              type="checkbox"
              checked={shown[s]}
              onChange={(e) => setShown({ ...shown, [s]: e.target.checked })}
            />{' '}
            {PLURAL[s]} ({count(s)})
          </label>
        ))}
        <ReleaseSelect />
      </fieldset>
      {failed !== null ? (
        <p role="alert" className="shape-note">
          Validation failed: {failed}. The findings shown before are gone because they may no longer
          be true; fix or undo the last change and validation runs again.
        </p>
      ) : list.length === 0 ? (
        <p>{diagnostics.length ? 'Nothing with the chosen severities.' : 'No problems found.'}</p>
      ) : (
        <ul className="problem-list" aria-label="Problems">
          {list.map((d, i) => (
            <li key={i} className="problem">
              {d.fix ? (
                <button
                  type="button"
                  className="fix"
                  onClick={() => void act('fix.apply', { fix: d.fix! })}
                >
                  Fix: {d.fix.title}
                </button>
              ) : null}
              <button type="button" onClick={() => revealProblem(d)}>
                <span className={`sev sev-${d.severity}`}>{d.severity}</span>{' '}
                <span className="muted">
                  {d.line}:{d.column}
                </span>{' '}
                {text(d)} <code>{d.rule}</code>
              </button>
            </li>
          ))}
        </ul>
      )}
      {list.length < matching.length ? (
        <button type="button" onClick={() => setAll(true)}>
          Show all {matching.length} findings
        </button>
      ) : null}
    </div>
  )
}
