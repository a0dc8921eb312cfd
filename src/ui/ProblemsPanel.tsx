import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert, Button, Checkbox } from '@patternfly/react-core'
import type { Severity } from '../core/validate/diagnostic.ts'
import { useEditorStore } from '../state/editorStore.ts'
import { FindingAction } from './FindingAction.tsx'
import { ReleaseSelect } from './ReleaseSelect.tsx'
import { revealProblem } from './revealProblem.ts'
import { SeverityLabel } from './SeverityLabel.tsx'
import { useFindingText } from './useFindingText.ts'
import './side.css'

const SEVERITIES: Severity[] = ['error', 'warning', 'info']
const PAGE = 300

/** Every finding, sorted by place in the file, filterable by severity; a click goes to it. */
export function ProblemsPanel() {
  const { t } = useTranslation()
  const text = useFindingText()
  const diagnostics = useEditorStore((s) => s.diagnostics)
  const failed = useEditorStore((s) => s.validationError)
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
  const plural = {
    error: (n: number) => t('Errors ({{n}})', { n }),
    warning: (n: number) => t('Warnings ({{n}})', { n }),
    info: (n: number) => t('Info ({{n}})', { n }),
  }
  return (
    <div className="problems-panel">
      <fieldset className="problems-filter">
        <legend className="pf-v6-screen-reader">{t('Show')}</legend>
        {SEVERITIES.map((s) => (
          <Checkbox
            key={s}
            id={`problems-show-${s}`}
            label={plural[s](count(s))}
            isChecked={shown[s]}
            onChange={(_e, on) => setShown({ ...shown, [s]: on })}
          />
        ))}
        <ReleaseSelect />
      </fieldset>
      {failed !== null ? (
        <Alert
          variant="danger"
          isInline
          isPlain
          role="alert"
          title={t('Validation failed: {{reason}}', { reason: failed })}
          variantLabel={t('Error')}
        >
          {t(
            'The findings shown before are gone because they may no longer be true; fix or undo the last change and validation runs again.',
          )}
        </Alert>
      ) : list.length === 0 ? (
        <p>
          {diagnostics.length ? t('Nothing with the chosen severities.') : t('No problems found.')}
        </p>
      ) : (
        <ul className="problem-list" aria-label={t('Problems')}>
          {list.map((d, i) => (
            <li key={i} className="problem">
              <FindingAction d={d} variant="secondary" />
              <button type="button" className="problem-go" onClick={() => revealProblem(d)}>
                <SeverityLabel severity={d.severity} />{' '}
                <span className="problem-at">
                  {d.line}:{d.column}
                </span>{' '}
                {text(d)} <code>{d.rule}</code>
              </button>
            </li>
          ))}
        </ul>
      )}
      {list.length < matching.length ? (
        <Button variant="link" onClick={() => setAll(true)}>
          {t('Show all {{n}} findings', { n: matching.length })}
        </Button>
      ) : null}
    </div>
  )
}
