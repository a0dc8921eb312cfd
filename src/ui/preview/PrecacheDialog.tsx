import { useMemo, useState } from 'react'
import { enablePrecache } from '../../core/precache/precacheCommands.ts'
import { DEFAULT_PRECACHE } from '../../core/precache/preset.ts'
import type { PrecacheParams } from '../../core/precache/preset.ts'
import { stageChanges } from '../../core/precache/stageChanges.ts'
import '../../state/commands/precacheCommands.ts'
import { act, useEditorStore } from '../../state/editorStore.ts'
import { ConfirmDialog } from '../ConfirmDialog.tsx'

interface Props {
  cluster: number
  /** a node index: offer "this node only" as well */
  node?: number
  nodeName?: string
  onClose: () => void
}

type Version = '' | '3.1.0' | '3.2.0'

/** Enable image pre-caching: the preset's parameters, and what applying them will add. */
export function PrecacheDialog({ cluster, node, nodeName, onClose }: Props) {
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
  const text = (key: keyof PrecacheParams, label: string) => (
    <label className="dialog-field">
      {label}
      <input
        type="text"
        value={String(p[key])}
        onChange={(e) => setP({ ...p, [key]: e.target.value })}
      />
    </label>
  )
  return (
    <ConfirmDialog
      title="Enable image pre-caching"
      confirmLabel="Apply"
      onConfirm={() => void apply()}
      onCancel={onClose}
    >
      {node !== undefined ? (
        <fieldset className="templates">
          <legend>Where</legend>
          <label className="template">
            <input
              type="radio"
              checked={scope === 'cluster'}
              onChange={() => setScope('cluster')}
            />{' '}
            The cluster and all its nodes
          </label>
          <label className="template">
            <input type="radio" checked={scope === 'node'} onChange={() => setScope('node')} /> Only
            node {nodeName}
          </label>
        </fieldset>
      ) : null}
      <div className="dialog-grid">
        {text('label', 'Partition label (GPT)')}
        {text('mountPoint', 'Mount point')}
        {text('fsType', 'Filesystem')}
        {text('aiImageList', 'Discovery image list')}
        {text('ocpImageList', 'Install image list')}
        <label className="dialog-field">
          Ignition version
          <select value={version} onChange={(e) => setVersion(e.target.value as Version)}>
            <option value="">keep the override&apos;s (3.1.0 when new)</option>
            <option value="3.1.0">3.1.0</option>
            <option value="3.2.0">3.2.0</option>
          </select>
        </label>
      </div>
      {failed ? (
        <p className="shape-note" role="alert" data-testid="precache.error">
          Could not enable pre-caching: {failed}
        </p>
      ) : null}
      <h3>What will change</h3>
      {'error' in preview ? (
        <p className="shape-note" role="alert">
          {preview.error}
        </p>
      ) : preview.changes!.length === 0 ? (
        <p>Nothing: pre-caching is already set up like this.</p>
      ) : (
        <ul className="change-list" aria-label="What will change">
          {preview.changes!.map((c) => (
            <li key={c.target}>
              <strong>{c.target}</strong> ({c.stage} stage):{' '}
              {[
                ...c.added.map((x) => `+ ${x}`),
                ...c.changed.map((x) => `~ ${x}`),
                ...c.removed.map((x) => `− ${x}`),
                ...(c.args
                  ? [`installerArgs ${c.args.before ?? '(none)'} → ${c.args.after ?? '(none)'}`]
                  : []),
              ].join(', ')}
            </li>
          ))}
        </ul>
      )}
    </ConfirmDialog>
  )
}
