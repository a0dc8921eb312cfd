import {
  Button,
  Toolbar as PfToolbar,
  ToolbarContent,
  ToolbarGroup,
  ToolbarItem,
  Tooltip,
} from '@patternfly/react-core'
import {
  CopyIcon,
  DownloadIcon,
  FileIcon,
  FolderOpenIcon,
  MigrationIcon,
  RedoIcon,
  SaveIcon,
  TerminalIcon,
  TimesIcon,
  TrashIcon,
  UndoIcon,
  UploadIcon,
} from '@patternfly/react-icons'
import { lazy, Suspense } from 'react'
import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { TextKey } from '../i18n/catalog.ts'
import { keyLabel } from '../state/commands/actions.ts'
import { actionOf } from '../state/commands/actionTable.ts'
import type { ActionId } from '../state/commands/actionTable.ts'
import { act, useEditorStore } from '../state/editorStore.ts'
import { setImportInput } from './actionEffects.ts'
import { setFolderInput } from './fleet/folderInput.ts'
import { ConfirmDialog } from './ConfirmDialog.tsx'
import { NewDialog } from './NewDialog.tsx'
import { Notice } from './Notice.tsx'
import { ProblemSummary } from './ProblemSummary.tsx'
import { useEnabled } from './useAction.ts'

// the converter's code loads with its dialog
const ConvertDialog = lazy(() => import('./convert/ConvertDialog.tsx'))

interface ToolProps {
  id: ActionId
  label: TextKey
  icon: ReactElement
  disabled?: boolean
}

/** A toolbar button running an action; one with a shortcut tells it in a tooltip. */
function Tool({ id, label, icon, disabled }: ToolProps) {
  const { t } = useTranslation()
  const key = actionOf(id).keys?.[0]
  const button = (
    <Button
      variant="secondary"
      size="sm"
      icon={icon}
      isDisabled={disabled}
      onClick={() => void act(id)}
    >
      {t(label)}
    </Button>
  )
  return (
    <ToolbarItem>
      {key ? (
        <Tooltip
          content={t('{{action}} ({{keys}})', {
            action: t(actionOf(id).label),
            keys: keyLabel(key),
          })}
          position="bottom"
        >
          {button}
        </Tooltip>
      ) : (
        button
      )}
    </ToolbarItem>
  )
}

type ToolDef = [ActionId, TextKey, ReactElement]
const GROUPS: ToolDef[][] = [
  [
    ['file.import', 'Import', <UploadIcon key="i" />],
    ['folder.open', 'Open folder', <FolderOpenIcon key="i" />],
    ['file.new', 'New', <FileIcon key="i" />],
    ['convert.open', 'Convert', <MigrationIcon key="i" />],
  ],
  [
    ['history.undo', 'Undo', <UndoIcon key="i" />],
    ['history.redo', 'Redo', <RedoIcon key="i" />],
  ],
  [
    ['file.copy', 'Copy YAML', <CopyIcon key="i" />],
    ['file.download', 'Download YAML', <DownloadIcon key="i" />],
    ['file.startOver', 'Start over', <TrashIcon key="i" />],
  ],
  [['palette.open', 'Commands…', <TerminalIcon key="i" />]],
]

// while a folder is open
const FOLDER_TOOLS: ToolDef[] = [
  ['folder.saveAll', 'Save all', <SaveIcon key="i" />],
  ['folder.close', 'Close folder', <TimesIcon key="i" />],
]

/** Import, New, Undo, Redo, Copy, Download, Start over, Commands; the problem count; notices. */
export function Toolbar() {
  const { t } = useTranslation()
  const canUndo = useEnabled('history.undo')
  const canRedo = useEnabled('history.redo')
  const canConvert = useEnabled('convert.open')
  const dialog = useEditorStore((s) => s.dialog)
  const folder = useEditorStore((s) => s.workspace !== null)
  const writable = useEditorStore((s) => !!s.workspace?.source.write)
  const canSave = useEnabled('folder.saveAll')
  return (
    <div className="frame-toolbar">
      <PfToolbar aria-label={t('Document')} role="toolbar" isStatic>
        <ToolbarContent>
          {GROUPS.map((g, i) => (
            <ToolbarGroup key={i}>
              {g.map(([id, label, icon]) => (
                <Tool
                  key={id}
                  id={id}
                  label={label}
                  icon={icon}
                  disabled={
                    (id === 'history.undo' && !canUndo) ||
                    (id === 'history.redo' && !canRedo) ||
                    (id === 'convert.open' && !canConvert)
                  }
                />
              ))}
            </ToolbarGroup>
          ))}
          {folder ? (
            <ToolbarGroup>
              {FOLDER_TOOLS.filter(([id]) => writable || id !== 'folder.saveAll').map(
                ([id, label, icon]) => (
                  <Tool
                    key={id}
                    id={id}
                    label={label}
                    icon={icon}
                    disabled={id === 'folder.saveAll' && !canSave}
                  />
                ),
              )}
            </ToolbarGroup>
          ) : null}
          <ToolbarItem>
            <ProblemSummary />
          </ToolbarItem>
        </ToolbarContent>
      </PfToolbar>
      <input
        ref={setImportInput}
        type="file"
        accept=".yaml,.yml,text/yaml,application/yaml"
        aria-label={t('Import SiteConfig file')}
        className="visually-hidden"
        tabIndex={-1}
        onChange={(e) => {
          const f = e.target.files?.[0]
          e.target.value = ''
          if (f) void act('file.import', { file: f })
        }}
      />
      <input
        ref={setFolderInput}
        type="file"
        // a directory input: Chromium and Firefox give every file below the chosen folder
        {...{ webkitdirectory: '' }}
        multiple
        aria-label={t('Open folder')}
        className="visually-hidden"
        tabIndex={-1}
        onChange={(e) => {
          // copied before the input is cleared (so the same folder can be chosen again)
          const files = Array.from(e.target.files ?? [])
          e.target.value = ''
          if (files.length) void act('folder.open', { files })
        }}
      />
      <Notice />
      {dialog === 'new' ? <NewDialog /> : null}
      {dialog === 'convert' ? (
        <Suspense fallback={null}>
          <ConvertDialog />
        </Suspense>
      ) : null}
      {dialog === 'start-over' ? (
        <ConfirmDialog
          title={t('Start over?')}
          confirmLabel={t('Discard and start over')}
          onCancel={() => void act('dialog.close')}
          onConfirm={() => void act('file.discard')}
        >
          <p>
            {t(
              'This discards the autosaved document and its undo history and opens the documentation example again. Download your work first if you need it.',
            )}
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  )
}
