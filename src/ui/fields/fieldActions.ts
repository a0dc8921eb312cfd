/** How every form control changes the document: named commands, whose undo policy they declare. */
import { formatPath } from '../../core/document/path.ts'
import type { Path } from '../../core/document/path.ts'
import { act, useEditorStore } from '../../state/editorStore.ts'

const st = () => useEditorStore.getState()

/** Typing in one field is one undo step (until it loses focus). */
export function setValue(path: Path, value: unknown) {
  st().touch(formatPath(path))
  return act('field.set', { path, value }) === null
}

// the layout-keeping JSON writer (jsonc-parser's modify and format) is loaded on first use, so it
// stays out of the JavaScript loaded before the form is usable
const jsonWriter = () => import('../../state/commands/jsonCommands.ts')
export const preloadJsonWriter = () => void jsonWriter()

/** A JSON string field: the new JSON goes into the file's own layout (one member, one line). */
export const setJson = (path: Path, value: unknown, typed: string) =>
  void act('field.setJson', { path, value, typed })

export const removeValue = (path: Path) => act('field.unset', { path }) === null

/** Each click is its own undo step. */
export const addItem = (path: Path, value: unknown, exists: boolean) =>
  act('list.add', { path, value, exists }) === null

export const removeItem = (path: Path, index: number) =>
  act('list.remove', { path, index }) === null

export const sealStep = () => st().sealHistory()

export const describeType = (v: unknown): string =>
  v === null
    ? 'null'
    : Array.isArray(v)
      ? 'a list'
      : typeof v === 'object'
        ? 'a mapping'
        : `a ${typeof v}`
