/**
 * The opened folder's effects: open it (the picker, else the directory input), save through the
 * File System Access API after checking the file on disk is still the one read, and the one
 * patch or zip of every changed file.
 */
import { decodeBytes } from '../../core/document/decode.ts'
import { parsePath } from '../../core/document/path.ts'
import type { Place } from '../../core/fleet/types.ts'
import { unifiedPatch } from '../../core/review/patch.ts'
import { act, useEditorStore } from '../../state/editorStore.ts'
import { loadFolder } from '../../state/fleet/loadFolder.ts'
import { downloadBytes, downloadText } from '../fileIo.ts'
import { revealInYaml } from '../monaco/editorRef.ts'
import { selectionOf } from '../revealProblem.ts'
import { canPickFolder, fromFileList, fromServer, pickFolder } from './folderSources.ts'
import { folderInput } from './folderInput.ts'

const st = () => useEditorStore.getState()
const fail = (e: unknown) =>
  st().notify('error', 'The folder could not be read: {{message}}', {
    message: e instanceof Error ? e.message : String(e),
  })

export async function openFolder(
  a: { files: readonly File[] } | { served: true } | undefined,
): Promise<void> {
  try {
    if (a && 'served' in a) {
      const source = await fromServer()
      return source ? await loadFolder(source, st) : undefined
    }
    if (a) return await loadFolder(fromFileList(a.files), st)
    if (!canPickFolder()) return void folderInput()?.click()
    const source = await pickFolder()
    if (source) await loadFolder(source, st)
  } catch (e) {
    fail(e)
  }
}

/** sites whose text differs from the file on disk (what Save writes) */
function unsaved(only?: string) {
  const ws = st().workspace
  if (!ws) return []
  return ws.sites.flatMap((p) => {
    if (only !== undefined && p !== only) return []
    const c = st().current(p)
    return c && c.file.text !== ws.texts.get(p) ? [{ path: p, text: c.file.text }] : []
  })
}

export async function save(all: boolean): Promise<void> {
  const ws = st().workspace
  if (!ws?.source.write) return
  let saved = 0
  for (const { path, text } of unsaved(all ? undefined : (ws.active ?? undefined))) {
    try {
      // the last check: someone (git checkout, another editor) may have changed it meanwhile
      const bytes = await ws.source.read(path)
      const d = bytes ? decodeBytes(bytes) : { error: 'gone' }
      if ('error' in d || d.text !== ws.texts.get(path)) {
        st().notify('error', '{{file}} changed on disk since it was read; it was not saved.', {
          file: path,
        })
        continue
      }
      await ws.source.write(path, text)
      st().markWritten(path, text)
      saved++
    } catch (e) {
      st().notify('error', '{{file}} could not be saved: {{message}}', {
        file: path,
        message: e instanceof Error ? e.message : String(e),
      })
      return
    }
  }
  st().notify('info', 'Saved {{n}} files.', { n: saved })
}

/** one patch for `git apply` from the folder's top: every site that differs from its baseline */
export function folderPatch(): string {
  return st()
    .changedSites()
    .map((c) => unifiedPatch(c.path, c.baseline, c.file.text))
    .join('')
}

export function downloadFolderPatch(): void {
  const ws = st().workspace
  if (!ws) return
  downloadText(folderPatch(), `${ws.source.name}.patch`, 'text/x-diff')
}

export async function downloadFolderZip(): Promise<void> {
  const ws = st().workspace
  if (!ws) return
  const { strToU8, zipSync } = await import('fflate')
  const entries = Object.fromEntries(
    st()
      .changedSites()
      .map((c) => [c.path, strToU8(c.file.text)]),
  )
  downloadBytes(zipSync(entries), `${ws.source.name}-changed.zip`, 'application/zip')
}

/** opens a site and shows the place a finding between files names */
export function goToPlace(place: Place): void {
  void act('folder.openSite', { path: place.file })
  void act('view.yaml')
  // the YAML pane shows the newly opened text first
  requestAnimationFrame(() => {
    if (place.path) void act('nav.select', selectionOf(parsePath(place.path)))
    revealInYaml(place.line, place.column)
  })
}
