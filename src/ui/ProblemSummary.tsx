import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { ExclamationCircleIcon, ExclamationTriangleIcon } from '@patternfly/react-icons'
import { useEditorStore } from '../state/editorStore.ts'
import { StaticLabel } from './StaticLabel.tsx'
import './side.css'

const icons = { error: <ExclamationCircleIcon />, warning: <ExclamationTriangleIcon /> }

/** "0 errors, 3 warnings" for the toolbar as two status Labels, or that validation failed. */
export function ProblemSummary() {
  const { t } = useTranslation()
  const failed = useEditorStore((s) => s.validationError)
  // counted when the findings change, not in the selector: a selector runs on every store change,
  // and filtering 6,800 findings twice per keystroke cost half a millisecond
  const diagnostics = useEditorStore((s) => s.diagnostics)
  const counts = useMemo(
    () => ({
      errors: diagnostics.filter((d) => d.severity === 'error').length,
      warnings: diagnostics.filter((d) => d.severity === 'warning').length,
    }),
    [diagnostics],
  )
  return (
    <p
      className={`problems${failed === null ? '' : ' failed'}`}
      role="status"
      data-testid="problems.summary"
      title={failed ?? undefined}
    >
      {failed === null ? (
        <>
          <StaticLabel status={counts.errors ? 'danger' : undefined} icon={icons.error}>
            {t('{{count}} error', { count: counts.errors })}
          </StaticLabel>
          {/* read and copied as "0 errors, 3 warnings" */}
          <span className="pf-v6-screen-reader">, </span>
          <StaticLabel status={counts.warnings ? 'warning' : undefined} icon={icons.warning}>
            {t('{{count}} warning', { count: counts.warnings })}
          </StaticLabel>
        </>
      ) : (
        <StaticLabel status="danger" icon={icons.error}>
          {t('Validation failed: {{reason}}', {
            reason: failed.length > 80 ? `${failed.slice(0, 79)}…` : failed,
          })}
        </StaticLabel>
      )}
    </p>
  )
}
