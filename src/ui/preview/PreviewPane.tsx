import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert, Button } from '@patternfly/react-core'
import { MinusCircleIcon, PlusCircleIcon } from '@patternfly/react-icons'
import { getIn } from '../../core/document/path.ts'
import { fileModel, siteData } from '../../core/document/siteFile.ts'
import { bootOrder } from '../../core/precache/bootOrder.ts'
import '../../state/commands/precacheCommands.ts'
import { overridePath, overrideView } from '../../core/precache/overrideView.ts'
import type { Stage } from '../../core/precache/preset.ts'
import { act, useEditorStore } from '../../state/editorStore.ts'
import { NODE_FIELDS } from '../../core/schema/fields.ts'
import { InstallerArgsField } from '../fields/InstallerArgsField.tsx'
import { BootOrderDiagram } from './BootOrderDiagram.tsx'
import { FileCard } from './FileCard.tsx'
import { PrecacheDialog } from './PrecacheDialog.tsx'
import { PreviewChecks } from './PreviewChecks.tsx'
import { StageSwitch } from './StageSwitch.tsx'
import { UnitCard } from './UnitCard.tsx'
import '../side.css'

const ARGS_DEF = NODE_FIELDS.find((f) => f.key === 'installerArgs')!

const names = (v: unknown, key: string): string[] =>
  Array.isArray(v) ? v.map((x, i) => String((x as Record<string, unknown>)?.[key] ?? i + 1)) : []

/** The pre-cache workbench: one stage's units and decoded files side by side, editable. */
export default function PreviewPane() {
  const { t } = useTranslation()
  const view = useEditorStore((s) => s.view)
  const selection = useEditorStore((s) => s.selection)
  const diagnostics = useEditorStore((s) => s.diagnostics)
  const dialog = useEditorStore((s) => s.dialog === 'precache')
  const [chosen, setChosen] = useState<{ stage: Stage; node: number } | null>(null)
  const data = siteData(view)
  const site = fileModel(view)
  const clusters = names(site.clusterList(data), 'clusterName')
  const cluster = selection.kind === 'site' ? 0 : selection.cluster
  const nodes = names(site.nodeList(data, cluster), 'hostName')
  // the navigator's selection picks the stage; the switch overrides it until the selection moves
  const key = JSON.stringify(selection)
  const [chosenFor, setChosenFor] = useState(key)
  if (chosenFor !== key) {
    setChosenFor(key)
    setChosen(null)
  }
  const stage: Stage = chosen?.stage ?? (selection.kind === 'node' ? 'install' : 'discovery')
  const node = chosen?.node ?? (selection.kind === 'node' ? selection.node : 0)
  const path = overridePath(stage, cluster, node, site)
  const raw = getIn(data, path)
  const ov = useMemo(() => overrideView(view, stage, path), [raw, stage, cluster, node]) // eslint-disable-line react-hooks/exhaustive-deps
  const graph = useMemo(() => bootOrder(ov.units), [ov])
  if (clusters.length === 0) return <p className="placeholder">{t('The file has no clusters.')}</p>
  const hooked = ov.units.some((u) => u.precache) || ov.files.some((f) => f.precache)
  const boxBase = `inmemory://preview/${cluster}/${stage}/${stage === 'install' ? node : 'c'}`
  const argsPath = [...site.node(cluster, node), 'installerArgs']
  const target =
    stage === 'discovery'
      ? t('cluster {{name}}', { name: clusters[cluster] ?? '' })
      : t('node {{name}}', { name: nodes[node] ?? node + 1 })
  const remove = () =>
    void act('precache.disable', {
      target: stage === 'discovery' ? { cluster } : { cluster, node },
    })
  return (
    <div className="preview">
      <StageSwitch
        stage={stage}
        node={node}
        nodes={nodes}
        clusterName={clusters[cluster] ?? ''}
        onChange={(s, n) => setChosen({ stage: s, node: n })}
      />
      <div className="preview-actions">
        <h3>
          {stage === 'discovery' ? t('Discovery stage') : t('Install stage')} · {target}
        </h3>
        <Button
          variant="primary"
          icon={<PlusCircleIcon />}
          onClick={() => void act('precache.enableHere')}
        >
          {t('Enable image pre-caching…')}
        </Button>
        <Button
          variant="secondary"
          icon={<MinusCircleIcon />}
          onClick={remove}
          isDisabled={!hooked}
        >
          {t('Remove pre-caching')}
        </Button>
      </div>
      <p className="muted">
        {stage === 'discovery'
          ? t('The cluster’s ignitionConfigOverride, baked into the discovery ISO.')
          : t('The node’s ignitionConfigOverride, merged into the installed host’s ignition.')}
        {ov.version ? ` Ignition ${ov.version}.` : ''}
      </p>
      {ov.error ? (
        <Alert
          variant="warning"
          isInline
          role="alert"
          variantLabel={t('Warning')}
          title={t('{{error}}; fix it in the YAML pane.', { error: ov.error })}
        />
      ) : null}
      {!ov.present ? (
        <p>
          {stage === 'discovery'
            ? t('This cluster has no ignitionConfigOverride.')
            : t('This node has no ignitionConfigOverride.')}
        </p>
      ) : null}
      <BootOrderDiagram
        graph={graph}
        title={
          stage === 'discovery' ? t('Boot order, discovery stage') : t('Boot order, install stage')
        }
      />
      {stage === 'install' && nodes.length ? (
        <section className="preview-args" aria-label={t('Installer args of this node')}>
          <InstallerArgsField
            def={ARGS_DEF}
            path={argsPath}
            value={getIn(data, argsPath)}
            scope="preview:"
          />
        </section>
      ) : null}
      <PreviewChecks
        diagnostics={diagnostics}
        paths={stage === 'install' ? [path, argsPath] : [path]}
      />
      <div className="preview-columns">
        <section aria-label={t('Systemd units')}>
          <h3>{t('Systemd units')}</h3>
          {ov.units.map((u) => (
            <UnitCard
              key={`${u.index}:${u.name}`}
              unit={u}
              path={path}
              boxPath={`${boxBase}/unit/${u.index}`}
            />
          ))}
          {ov.units.length === 0 ? <p className="muted">{t('None.')}</p> : null}
        </section>
        <section aria-label={t('Files')}>
          <h3>{t('Files')}</h3>
          {ov.files.map((f) => (
            <FileCard
              key={`${f.index}:${f.path}`}
              file={f}
              path={path}
              boxPath={`${boxBase}/file/${f.index}`}
            />
          ))}
          {ov.files.length === 0 ? <p className="muted">{t('None.')}</p> : null}
        </section>
      </div>
      {ov.other ? (
        <section aria-label={t('Other settings')}>
          <h3>{t('Other settings in this override')}</h3>
          <pre className="other-json">{ov.other}</pre>
        </section>
      ) : null}
      {dialog ? (
        <PrecacheDialog
          cluster={cluster}
          node={stage === 'install' ? node : undefined}
          nodeName={nodes[node]}
          onClose={() => void act('dialog.close')}
        />
      ) : null}
    </div>
  )
}
