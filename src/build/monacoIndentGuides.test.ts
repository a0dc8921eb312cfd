import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { patchIndentGuides } from './monacoIndentGuides.ts'

// the installed file itself (the package's exports map hides its esm tree from resolve)
const source = readFileSync(
  new URL(
    '../../node_modules/monaco-editor/esm/vs/editor/browser/viewParts/indentGuides/indentGuides.js',
    import.meta.url,
  ),
  'utf8',
)

describe('the indentation guides patch', () => {
  it('replaces the column-1 measurement in the installed Monaco, and only that', () => {
    const patched = patchIndentGuides(source)
    expect(patched).not.toBe(source)
    expect(patched).toContain('firstChar === 32 || firstChar === 9 ? 0 :')
    // the measurement stays for lines that start with anything else
    expect(patched).toContain('ctx.visibleRangeForPosition(new Position(lineNumber, 1))')
    expect(patched.length - source.length).toBeLessThan(200)
  })

  it('fails the build when Monaco no longer has the line it patches', () => {
    expect(() => patchIndentGuides('export class IndentGuidesOverlay {}')).toThrow(/changed/)
  })
})
