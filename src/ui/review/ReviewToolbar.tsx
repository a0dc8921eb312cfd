import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import { Button, Radio, Tooltip } from '@patternfly/react-core'
import {
  AngleDownIcon,
  AngleUpIcon,
  CheckIcon,
  CopyIcon,
  DownloadIcon,
} from '@patternfly/react-icons'
import { act, useEditorStore } from '../../state/editorStore.ts'
import type { TextKey } from '../../i18n/catalog.ts'
import { StaticLabel } from '../StaticLabel.tsx'

// the buttons that need changes to act on
const steps = [
  { id: 'review.previousChange', text: 'Previous change', icon: <AngleUpIcon /> },
  { id: 'review.nextChange', text: 'Next change', icon: <AngleDownIcon /> },
  { id: 'review.copyPatch', text: 'Copy patch', icon: <CopyIcon /> },
  { id: 'review.downloadPatch', text: 'Download patch', icon: <DownloadIcon /> },
] as const satisfies readonly { id: string; text: TextKey; icon: ReactElement }[]

/** Layout, change count and navigation, the patch, and "Mark as committed". */
export function ReviewToolbar({ changes }: { changes: number | null }) {
  const { t } = useTranslation()
  const inline = useEditorStore((s) => s.diffInline)
  const dirty = useEditorStore((s) => s.file.text !== s.baseline)
  const delivered = useEditorStore((s) => s.delivered === s.file.text)
  const markTip = delivered
    ? t('Make this text the new baseline')
    : t('Copy or download the YAML or the patch first')
  return (
    <div className="review-toolbar" role="toolbar" aria-label={t('Review')}>
      <fieldset className="segmented">
        <legend className="pf-v6-screen-reader">{t('Diff layout')}</legend>
        <Radio
          id="diff-layout-side"
          name="diff-layout"
          label={t('Side by side')}
          isChecked={!inline}
          onChange={() => void act('review.layout', { inline: false })}
        />
        <Radio
          id="diff-layout-inline"
          name="diff-layout"
          label={t('Inline')}
          isChecked={inline}
          onChange={() => void act('review.layout', { inline: true })}
        />
      </fieldset>
      <StaticLabel className="change-count" data-testid="diff.count" aria-live="polite">
        {!dirty
          ? t('No changes')
          : changes === null
            ? t('Comparing…')
            : t('{{count}} change', { count: changes })}
      </StaticLabel>
      {steps.map((b) => (
        <Button
          key={b.id}
          variant="secondary"
          size="sm"
          icon={b.icon}
          isDisabled={!dirty}
          onClick={() => void act(b.id)}
        >
          {t(b.text)}
        </Button>
      ))}
      <Tooltip content={markTip}>
        <Button
          variant="primary"
          size="sm"
          icon={<CheckIcon />}
          isAriaDisabled={!dirty || !delivered}
          onClick={() => void act('review.markCommitted')}
        >
          {t('Mark as committed')}
        </Button>
      </Tooltip>
    </div>
  )
}
