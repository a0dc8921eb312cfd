import {
  ExclamationCircleIcon,
  ExclamationTriangleIcon,
  InfoCircleIcon,
} from '@patternfly/react-icons'
import { useTranslation } from 'react-i18next'
import type { Severity } from '../core/validate/diagnostic.ts'

const STATUS = { error: 'danger', warning: 'warning', info: 'info' } as const
const ICON = {
  error: <ExclamationCircleIcon />,
  warning: <ExclamationTriangleIcon />,
  info: <InfoCircleIcon />,
}

/**
 * A finding's severity as the consoles show it: a compact status label with its icon and word.
 * PatternFly's Label markup and classes, not its component: each Label component adds document-wide
 * key and mouse listeners (for editable labels), and the Problems list shows 300 of them, so every
 * keystroke anywhere ran 300 handlers.
 */
export function SeverityLabel({ severity }: { severity: Severity }) {
  const { t } = useTranslation()
  const word = { error: t('Error'), warning: t('Warning'), info: t('Info') }[severity]
  return (
    <span className={`pf-v6-c-label pf-m-filled pf-m-compact pf-m-${STATUS[severity]} sev-label`}>
      <span className="pf-v6-c-label__content">
        <span className="pf-v6-c-label__icon">{ICON[severity]}</span>
        <span className="pf-v6-c-label__text">{word}</span>
      </span>
    </span>
  )
}
