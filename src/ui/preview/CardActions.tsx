import { useTranslation } from 'react-i18next'
import { Button } from '@patternfly/react-core'
import { StaticLabel } from '../StaticLabel.tsx'
import { CopyIcon, DownloadIcon } from '@patternfly/react-icons'

/** Copy and Download of a card's decoded text; the names say which file. */
export function CardActions(p: { name: string; onCopy: () => void; onDownload: () => void }) {
  const { t } = useTranslation()
  const buttons = [
    {
      text: t('Copy'),
      name: t('Copy {{name}}', { name: p.name }),
      icon: <CopyIcon />,
      run: p.onCopy,
    },
    {
      text: t('Download'),
      name: t('Download {{name}}', { name: p.name }),
      icon: <DownloadIcon />,
      run: p.onDownload,
    },
  ]
  return buttons.map((b) => (
    <Button
      key={b.text}
      variant="secondary"
      size="sm"
      icon={b.icon}
      aria-label={b.name}
      onClick={b.run}
    >
      {b.text}
    </Button>
  ))
}

/** A card's heading (its id names the card and its code box) and whether it is pre-caching's. */
export function CardName(p: { id: string; name: string; precache?: boolean }) {
  const { t } = useTranslation()
  return (
    <>
      <h4 className="card-title" id={p.id}>
        {p.name}
      </h4>{' '}
      {p.precache ? <StaticLabel color="blue">{t('pre-cache')}</StaticLabel> : null}
    </>
  )
}
