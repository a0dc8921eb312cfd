/**
 * A build-time patch of Monaco's indentation guides. To place a line's guides Monaco asks where
 * column 1 of that line is drawn, and on Linux (where it never trusts monospace widths) that is a
 * DOM read: every keystroke re-renders the edited line, so the read forces a synchronous layout
 * inside the render frame (measured: ~1.5 ms a key, the largest single cost of typing into a form
 * field on the seed; docs/PERFORMANCE.md). Column 1 of a line that starts with a space or a tab —
 * every line that has guides — is at 0 in a left-to-right line, so that answer needs no DOM; any
 * other line is still measured. The build fails if Monaco's code changed, so an upgrade cannot
 * silently drop the patch.
 */
import type { Plugin } from 'vite'

const FILE = /monaco-editor\/esm\/vs\/editor\/browser\/viewParts\/indentGuides\/indentGuides\.js$/
const MEASURE =
  'const leftOffset = ctx.visibleRangeForPosition(new Position(lineNumber, 1))?.left ?? 0;'
const PATCHED =
  'const firstChar = this._context.viewModel.getLineContent(lineNumber).charCodeAt(0);\n' +
  '            const leftOffset = firstChar === 32 || firstChar === 9 ? 0 : (ctx.visibleRangeForPosition(new Position(lineNumber, 1))?.left ?? 0);'

/** The patched source of indentGuides.js; throws when the measured line is not there once. */
export function patchIndentGuides(code: string): string {
  const at = code.indexOf(MEASURE)
  if (at < 0 || code.indexOf(MEASURE, at + 1) >= 0)
    throw new Error(
      'monaco-editor changed indentGuides.js: review src/build/monacoIndentGuides.ts against it',
    )
  return code.slice(0, at) + PATCHED + code.slice(at + MEASURE.length)
}

export const monacoIndentGuides: Plugin = {
  name: 'monaco-indent-guides-without-layout',
  enforce: 'pre',
  transform(code, id) {
    return FILE.test(id.split('?')[0]!) ? { code: patchIndentGuides(code), map: null } : undefined
  },
}
