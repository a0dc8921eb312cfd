import {
  ExclamationCircleIcon,
  ExclamationTriangleIcon,
  InfoCircleIcon,
} from '@patternfly/react-icons'
import { useTranslation } from 'react-i18next'
import type { Severity } from '../core/validate/diagnostic.ts'
import { StaticLabel } from './StaticLabel.tsx'

const STATUS = { error: 'danger', warning: 'warning', info: 'info' } as const
const ICON = {
  error: <ExclamationCircleIcon />,
  warning: <ExclamationTriangleIcon />,
  info: <InfoCircleIcon />,
}

/**
 * A finding's severity as the consoles show it: a compact status label with its icon and word.
 * A StaticLabel, not PatternFly's component: each Label component adds document-wide key and mouse
 * listeners (for editable labels), and the Problems list shows 300 of them, so every keystroke
 * anywhere ran 300 handlers.
 */
export function SeverityLabel({ severity }: { severity: Severity }) {
  const { t } = useTranslation()
  const word = { error: t('Error'), warning: t('Warning'), info: t('Info') }[severity]
  return (
    <StaticLabel status={STATUS[severity]} icon={ICON[severity]} className="sev-label">
      {word}
    </StaticLabel>
  )
}
