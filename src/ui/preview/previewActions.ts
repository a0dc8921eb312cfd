/** What the Preview's controls do: named commands, one undo step per box or button. */
import type { Path } from '../../core/document/path.ts'
import '../../state/commands/previewCommands.ts'
import { useEditorStore } from '../../state/editorStore.ts'

const st = () => useEditorStore.getState()

export const editScript = (path: Path, index: number, text: string) =>
  st().dispatch('preview.fileText', { path, index, text }) === null

export const editUnit = (path: Path, index: number, contents: string) =>
  st().dispatch('preview.unitContents', { path, index, contents }) === null

export const fixMode = (path: Path, index: number, mode: number) =>
  st().dispatch('preview.fileMode', { path, index, mode }) === null

export const endTyping = () => st().sealHistory()

export { copyText, downloadText } from '../fileIo.ts'

export const baseName = (p: string) => p.slice(p.lastIndexOf('/') + 1) || 'file.txt'
