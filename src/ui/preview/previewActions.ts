/** What the Preview's controls do: named commands, one undo step per box or button. */
import type { Path } from '../../core/document/path.ts'
import '../../state/commands/previewCommands.ts'
import { act, useEditorStore } from '../../state/editorStore.ts'

export const editScript = (path: Path, index: number, text: string) =>
  act('preview.fileText', { path, index, text }) === null

export const editUnit = (path: Path, index: number, contents: string) =>
  act('preview.unitContents', { path, index, contents }) === null

export const fixMode = (path: Path, index: number, mode: number) =>
  act('preview.fileMode', { path, index, mode }) === null

export const endTyping = () => useEditorStore.getState().sealHistory()

/** A decoded file or unit to the clipboard, or as a download. */
export const copyDecoded = (text: string, name: string) => void act('preview.copy', { text, name })
export const downloadDecoded = (text: string, name: string) =>
  void act('preview.download', { text, name })

export const baseName = (p: string) => p.slice(p.lastIndexOf('/') + 1) || 'file.txt'
