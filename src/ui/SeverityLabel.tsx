import { Label } from '@patternfly/react-core'
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

/** A finding's severity as the consoles show it: a status Label with its icon and word. */
export function SeverityLabel({ severity }: { severity: Severity }) {
  const { t } = useTranslation()
  const word = { error: t('Error'), warning: t('Warning'), info: t('Info') }[severity]
  return (
    <Label isCompact status={STATUS[severity]} icon={ICON[severity]} className="sev-label">
      {word}
    </Label>
  )
}
