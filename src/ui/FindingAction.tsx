import { Button } from '@patternfly/react-core'
import { MigrationIcon, WrenchIcon } from '@patternfly/react-icons'
import { useTranslation } from 'react-i18next'
import type { Diagnostic } from '../core/validate/diagnostic.ts'
import type { TextKey } from '../i18n/catalog.ts'
import type { ActionId } from '../state/commands/actionTable.ts'
import { act } from '../state/editorStore.ts'
import { useEnabled } from './useAction.ts'

/** Findings whose remedy is an action, not an edit: the deprecation notice's is the converter. */
const REMEDY: Readonly<Record<string, { action: ActionId; label: TextKey }>> = {
  'site-deprecated-api': { action: 'convert.open', label: 'Convert to ClusterInstance…' },
}

/** A finding's quick fix (an edit), or the action that answers it, as a button. */
export function FindingAction({ d, variant }: { d: Diagnostic; variant: 'secondary' | 'link' }) {
  const { t } = useTranslation()
  const remedy = REMEDY[d.rule]
  if (d.fix)
    return (
      <Button
        variant={variant}
        size="sm"
        className="fix"
        icon={<WrenchIcon />}
        onClick={() => void act('fix.apply', { fix: d.fix! })}
      >
        {t('Fix: {{title}}', { title: d.fix.title })}
      </Button>
    )
  return remedy ? <Remedy {...remedy} variant={variant} /> : null
}

// apart, so only the rare finding with a remedy watches whether its action is enabled
function Remedy({
  action,
  label,
  variant,
}: {
  action: ActionId
  label: TextKey
  variant: 'secondary' | 'link'
}) {
  const { t } = useTranslation()
  if (!useEnabled(action)) return null
  return (
    <Button
      variant={variant}
      size="sm"
      className="fix"
      icon={<MigrationIcon />}
      onClick={() => void act(action)}
    >
      {t(label)}
    </Button>
  )
}
