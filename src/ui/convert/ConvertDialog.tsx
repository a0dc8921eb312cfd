import {
  Alert,
  Button,
  Modal,
  ModalBody,
  ModalFooter,
  ModalHeader,
  Tab,
  Tabs,
  TabTitleText,
} from '@patternfly/react-core'
import { useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { convertSiteConfig } from '../../core/convert/convert.ts'
import { conversionZip } from '../../core/convert/layout.ts'
import type { ConvertOptions } from '../../core/convert/types.ts'
import { act, useEditorStore } from '../../state/editorStore.ts'
import { useFindingText } from '../useFindingText.ts'
import { ConvertOptionsForm } from './ConvertOptionsForm.tsx'
import { ConvertResult } from './ConvertResult.tsx'
import { NoteList } from './NoteList.tsx'
import '../frame.css'

// comments carried over by default: ours land on their own field (upstream's -c piles them up)
const DEFAULTS: ConvertOptions = { copyComments: true, notesAsComments: false }

/**
 * Convert to ClusterInstance: the upstream converter's options, then for each cluster its
 * ClusterInstance beside its SiteConfig source with that cluster's notes; download one or all
 * (zip with the kustomization snippet), or open one in the editor.
 */
export default function ConvertDialog() {
  const { t } = useTranslation()
  const text = useFindingText()
  const titleId = useId()
  const view = useEditorStore((s) => s.view)
  const fileName = useEditorStore((s) => s.fileName)
  const [options, setOptions] = useState(DEFAULTS)
  const [tab, setTab] = useState(0)
  const result = useMemo(
    () => convertSiteConfig(view, { ...options, fileName }),
    [view, options, fileName],
  )
  const close = () => void act('dialog.close')
  const stem = fileName.replace(/\.ya?ml$/i, '') || 'siteconfig'
  const zip = () =>
    void act('convert.downloadAll', {
      bytes: conversionZip(result),
      name: `${stem}-clusterinstances.zip`,
    })
  const shown = Math.min(tab, Math.max(0, result.clusters.length - 1))
  return (
    <Modal
      isOpen
      variant="large"
      aria-labelledby={titleId}
      onEscapePress={close}
      className="frame-dialog convert-dialog"
    >
      <ModalHeader title={t('Convert to ClusterInstance')} labelId={titleId} />
      <ModalBody>
        <ConvertOptionsForm value={options} onChange={setOptions} />
        {result.error ? (
          <Alert
            isInline
            variant="danger"
            variantLabel={t('Error:')}
            title={text({
              message: result.error.text,
              messageId: result.error.id,
              params: result.error.params,
            })}
          />
        ) : null}
        <NoteList notes={result.notes} label={t('Notes on the file')} />
        {result.clusters.length ? (
          <Tabs
            activeKey={shown}
            onSelect={(_e, k) => setTab(Number(k))}
            aria-label={t('Converted clusters')}
            mountOnEnter
            unmountOnExit
          >
            {result.clusters.map((c, i) => (
              <Tab
                key={c.index}
                eventKey={i}
                title={
                  <TabTitleText>
                    {c.clusterName || t('cluster {{n}} (no name)', { n: c.index + 1 })}
                  </TabTitleText>
                }
              >
                <ConvertResult cluster={c} />
              </Tab>
            ))}
          </Tabs>
        ) : null}
      </ModalBody>
      <ModalFooter>
        <Button
          variant="primary"
          onClick={zip}
          isDisabled={!result.clusters.some((c) => c.fileName)}
        >
          {t('Download all (zip with the kustomization snippet)')}
        </Button>
        <Button variant="link" onClick={close}>
          {t('Close')}
        </Button>
      </ModalFooter>
    </Modal>
  )
}
