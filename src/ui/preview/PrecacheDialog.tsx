import { useMemo, useState } from 'react'
import { fileKind } from '../../core/document/siteFile.ts'
import { useTranslation } from 'react-i18next'
import {
  Alert,
  Button,
  Form,
  FormGroup,
  FormSelect,
  FormSelectOption,
  Modal,
  ModalBody,
  ModalFooter,
  ModalHeader,
  Radio,
  TextInput,
} from '@patternfly/react-core'
import { enablePrecache } from '../../core/precache/precacheCommands.ts'
import { DEFAULT_PRECACHE } from '../../core/precache/preset.ts'
import type { PrecacheParams } from '../../core/precache/preset.ts'
import { stageChanges } from '../../core/precache/stageChanges.ts'
import '../../state/commands/precacheCommands.ts'
import { act, useEditorStore } from '../../state/editorStore.ts'
import type { TextKey } from '../../i18n/catalog.ts'
import { PrecacheChanges } from './PrecacheChanges.tsx'

interface Props {
  cluster: number
  /** a node index: offer "this node only" as well */
  node?: number
  nodeName?: string
  onClose: () => void
}

type Version = '' | '3.1.0' | '3.2.0'
const TEXT_FIELDS: [keyof PrecacheParams, TextKey][] = [
  ['label', 'Partition label (GPT)'],
  ['mountPoint', 'Mount point'],
  ['fsType', 'Filesystem'],
  ['aiImageList', 'Discovery image list'],
  ['ocpImageList', 'Install image list'],
]

/** Enable image pre-caching: the preset's parameters, and what applying them will add. */
export function PrecacheDialog({ cluster, node, nodeName, onClose }: Props) {
  const { t } = useTranslation()
  const file = useEditorStore((s) => s.view)
  const [p, setP] = useState({ ...DEFAULT_PRECACHE })
  const [version, setVersion] = useState<Version>('')
  const [scope, setScope] = useState<'cluster' | 'node'>('cluster')
  const [failed, setFailed] = useState<string | null>(null)
  const target = useMemo(
    () => ({ cluster, node: scope === 'node' ? node : undefined }),
    [cluster, node, scope],
  )
  const params: Partial<PrecacheParams> = version ? { ...p, ignitionVersion: version } : p
  const preview = useMemo(() => {
    try {
      const after = enablePrecache(file, target, params)
      return { changes: stageChanges(file, after, cluster) }
    } catch (e) {
      return { error: (e as Error).message }
    }
    // params is rebuilt each render from p and version
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [file, target, p, version, cluster])
  const apply = async () => {
    const r = await act('precache.enable', { target, params })
    // a refused command keeps the dialog open and says why, next to the Apply button
    if (r) return setFailed(r.error)
    onClose()
  }
  const title = t('Enable image pre-caching')
  return (
    <Modal
      isOpen
      variant="medium"
      aria-labelledby="precache-title"
      onEscapePress={onClose}
      className="precache-dialog"
    >
      <ModalHeader title={title} labelId="precache-title" />
      <ModalBody>
        <Form onSubmit={(e) => e.preventDefault()}>
          {node !== undefined ? (
            <FormGroup role="radiogroup" isInline fieldId="precache-scope" label={t('Where')}>
              <Radio
                id="precache-scope-cluster"
                name="precache-scope"
                isChecked={scope === 'cluster'}
                onChange={() => setScope('cluster')}
                label={t('The cluster and all its nodes')}
              />
              <Radio
                id="precache-scope-node"
                name="precache-scope"
                isChecked={scope === 'node'}
                onChange={() => setScope('node')}
                label={t('Only node {{name}}', { name: nodeName ?? '' })}
              />
            </FormGroup>
          ) : null}
          <div className="dialog-grid">
            {TEXT_FIELDS.map(([key, label]) => (
              <FormGroup key={key} label={t(label)} fieldId={`precache-${key}`}>
                <TextInput
                  id={`precache-${key}`}
                  value={String(p[key])}
                  onChange={(_e, v) => setP({ ...p, [key]: v })}
                />
              </FormGroup>
            ))}
            <FormGroup label={t('Ignition version')} fieldId="precache-version">
              <FormSelect
                id="precache-version"
                value={version}
                onChange={(_e, v) => setVersion(v as Version)}
              >
                <FormSelectOption
                  value=""
                  label={t("keep the override's ({{version}} when new)", {
                    // a ClusterInstance's new override takes 3.2.0, as the 4.21 docs' example
                    version: fileKind(file) === 'ClusterInstance' ? '3.2.0' : '3.1.0',
                  })}
                />
                <FormSelectOption value="3.1.0" label="3.1.0" />
                <FormSelectOption value="3.2.0" label="3.2.0" />
              </FormSelect>
            </FormGroup>
          </div>
        </Form>
        {failed ? (
          <Alert
            variant="danger"
            isInline
            role="alert"
            data-testid="precache.error"
            variantLabel={t('Error')}
            title={t('Could not enable pre-caching: {{reason}}', { reason: failed })}
          />
        ) : null}
        <PrecacheChanges preview={preview} />
      </ModalBody>
      <ModalFooter>
        <Button variant="primary" onClick={() => void apply()}>
          {t('Apply')}
        </Button>
        <Button variant="link" onClick={onClose}>
          {t('Cancel')}
        </Button>
      </ModalFooter>
    </Modal>
  )
}
