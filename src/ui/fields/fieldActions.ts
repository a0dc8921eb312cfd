/** How every form control changes the document: through the named core commands, one intent each. */
import { addListItem, removeListItem, setField, unsetField } from '../../core/document/commands.ts'
import { formatPath } from '../../core/document/path.ts'
import type { Path } from '../../core/document/path.ts'
import { useEditorStore } from '../../state/editorStore.ts'

const run = (
  intent: string,
  path: Path,
  fn: Parameters<ReturnType<typeof useEditorStore.getState>['run']>[1],
) => useEditorStore.getState().run(`${intent}:${formatPath(path)}`, fn)

/** Typing in one field is one undo step (until it loses focus): the intent names the field. */
export function setValue(path: Path, value: unknown) {
  useEditorStore.getState().touch(formatPath(path))
  return run('form', path, (f) => setField(f, { path, value }))
}

// the layout-keeping JSON writer (jsonc-parser's modify and format) is loaded on first use, so it
// stays out of the JavaScript loaded before the form is usable
const jsonWriter = () => import('../../core/document/jsonField.ts')
export const preloadJsonWriter = () => void jsonWriter()

/** A JSON string field: the new JSON goes into the file's own layout (one member, one line). */
export const setJson = (path: Path, value: unknown, typed: string) =>
  void jsonWriter().then(({ setJsonField }) =>
    run('form', path, (f) => setJsonField(f, path, value, typed)),
  )

export const removeValue = (path: Path) => run('remove', path, (f) => unsetField(f, { path }))

export const addItem = (path: Path, value: unknown, exists: boolean) =>
  run('add', path, (f) =>
    exists ? addListItem(f, { path, value }) : setField(f, { path, value: [value] }),
  )

export const removeItem = (path: Path, index: number) =>
  run('remove', [...path, index], (f) => removeListItem(f, { path, index }))

export const sealStep = () => useEditorStore.getState().sealHistory()

export const describeType = (v: unknown): string =>
  v === null
    ? 'null'
    : Array.isArray(v)
      ? 'a list'
      : typeof v === 'object'
        ? 'a mapping'
        : `a ${typeof v}`
