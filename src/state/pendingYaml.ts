/**
 * The YAML pane debounces typing before it reaches the store. Anything that reads or changes the
 * document first flushes what is still pending, so a form edit or an undo never works on text
 * older than what the user sees.
 */
let pending: (() => void) | null = null

export function setPendingYaml(flush: (() => void) | null): void {
  pending = flush
}

export function flushPendingYaml(): void {
  const f = pending
  pending = null
  f?.()
}
