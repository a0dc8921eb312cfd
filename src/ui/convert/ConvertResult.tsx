import { Button } from '@patternfly/react-core'
import { DownloadIcon, PencilAltIcon } from '@patternfly/react-icons'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { ClusterResult } from '../../core/convert/types.ts'
import { rangeOf } from '../../core/document/positions.ts'
import { siteConfigModel } from '../../core/site/siteModel.ts'
import { act, useEditorStore } from '../../state/editorStore.ts'
import { NoteList } from './NoteList.tsx'

/** One cluster: its notes, its SiteConfig source beside its ClusterInstance, and what to do with it. */
export function ConvertResult({ cluster }: { cluster: ClusterResult }) {
  const { t } = useTranslation()
  const view = useEditorStore((s) => s.view)
  const source = useMemo(() => {
    const r = rangeOf(view, siteConfigModel.cluster(cluster.index))
    return r ? view.text.slice(r.start, r.end) : ''
  }, [view, cluster.index])
  const name = cluster.fileName
  return (
    <div className="convert-result">
      <NoteList
        notes={cluster.notes}
        label={t('Conversion notes for {{name}}', { name: cluster.clusterName })}
      />
      <div className="convert-sides">
        <section aria-label={t('SiteConfig source')}>
          <h3>{t('SiteConfig source')}</h3>
          <pre tabIndex={0}>{source}</pre>
        </section>
        <section aria-label={t('ClusterInstance')}>
          <h3>{name ?? t('ClusterInstance')}</h3>
          <pre tabIndex={0}>{cluster.text}</pre>
        </section>
      </div>
      {name ? (
        <div className="convert-actions">
          <Button
            variant="secondary"
            icon={<DownloadIcon />}
            onClick={() => void act('convert.download', { text: cluster.text, name })}
          >
            {t('Download {{name}}', { name })}
          </Button>
          <Button
            variant="secondary"
            icon={<PencilAltIcon />}
            onClick={() => void act('convert.openResult', { text: cluster.text, name })}
          >
            {t('Open in the editor')}
          </Button>
        </div>
      ) : null}
    </div>
  )
}
