/**
 * Editors (the YAML pane, the Preview's script boxes) debounce typing before it reaches the
 * store. Anything that reads or changes the document first flushes what is still pending, so a
 * form edit or an undo never works on text older than what the user sees.
 */
const pending = new Map<string, () => void>()

/** Registers (or, with null, withdraws) the flush of an editor's pending typing. */
export function setPending(editor: string, flush: (() => void) | null): void {
  if (flush) pending.set(editor, flush)
  else pending.delete(editor)
}

export function flushPendingYaml(): void {
  const all = [...pending.values()]
  pending.clear()
  for (const f of all) f()
}
