/** What the Preview's controls do: named core commands, one intent per box or button. */
import { formatPath } from '../../core/document/path.ts'
import type { Path } from '../../core/document/path.ts'
import {
  setOverrideFileMode,
  setOverrideFileText,
  setOverrideUnitContents,
} from '../../core/precache/overrideCommands.ts'
import { useEditorStore } from '../../state/editorStore.ts'

const st = () => useEditorStore.getState()

export const editScript = (path: Path, index: number, text: string) =>
  st().run(`preview:${formatPath(path)}:file:${index}`, (f) =>
    setOverrideFileText(f, { path, index, text }),
  )

export const editUnit = (path: Path, index: number, contents: string) =>
  st().run(`preview:${formatPath(path)}:unit:${index}`, (f) =>
    setOverrideUnitContents(f, { path, index, contents }),
  )

export function fixMode(path: Path, index: number, mode: number) {
  if (st().run('fix-mode', (f) => setOverrideFileMode(f, { path, index, mode }))) st().sealHistory()
}

export const endTyping = () => st().sealHistory()

export { copyText, downloadText } from '../fileIo.ts'

export const baseName = (p: string) => p.slice(p.lastIndexOf('/') + 1) || 'file.txt'
