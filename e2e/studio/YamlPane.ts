/**
 * The YAML pane (Monaco) as a user sees it: what they type, where the cursor goes, hovers,
 * completions and quick fixes. Specs find lines by their content, never by number.
 */
import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'
import { MonacoView } from './MonacoView.ts'
import type { Cursor } from './MonacoView.ts'
import { lineOf } from './text.ts'
import type { LineQuery } from './text.ts'

export type { Cursor, Severity } from './MonacoView.ts'

export class YamlPane extends MonacoView {
  /** the editor's text area, where a click puts the focus */
  readonly view: Locator
  /** the completion list */
  readonly suggestions: Locator
  /** the visible hover */
  readonly hover: Locator
  /** links (any <a>) inside the visible hover */
  readonly hoverAnchors: Locator
  /** marks of U+0085/U+2028/U+2029 */
  readonly oddLineBreaks: Locator

  constructor(page: Page) {
    super(page)
    this.view = page.locator('.yaml-editor .view-lines')
    this.suggestions = page.locator('.suggest-widget')
    this.hover = page.locator('.monaco-hover:not(.hidden)').first()
    this.hoverAnchors = this.hover.locator('a')
    this.oddLineBreaks = page.locator('.yaml-editor .odd-line-break')
  }

  /** The 1-based line of the current text that holds `needle` (see lineOf). */
  async lineOf(needle: string, q: LineQuery = {}): Promise<number> {
    return lineOf(await this.text(), needle, q)
  }

  /** Replaces the whole text the way a user's select-all + paste would. */
  async replaceAll(text: string): Promise<void> {
    await this.page.evaluate((t) => {
      const { editor } = window.__studioMonaco!
      const model = editor.getModel()!
      editor.executeEdits('test', [{ range: model.getFullModelRange(), text: t }])
    }, text)
  }

  /**
   * Focuses the editor with the cursor on the line holding `needle`, before `at` (default: the
   * needle) plus `offset` characters.
   */
  async placeCursor(needle: string, at = needle, offset = 0, q: LineQuery = {}): Promise<Cursor> {
    const line = await this.lineOf(needle, q)
    const content = await this.lineContent(line)
    const i = content.indexOf(at)
    if (i < 0) throw new Error(`"${at}" is not on the line of "${needle}"`)
    const cursor = { line, column: i + 1 + offset }
    await this.setCursor(cursor)
    return cursor
  }

  /** Focuses the editor with the cursor at the very start of the document. */
  async placeCursorAtStart(): Promise<void> {
    await this.setCursor({ line: 1, column: 1 })
  }

  /** Types at the cursor, key by key. */
  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text)
  }

  /** Deletes the value after `key: ` on the line holding it; the cursor stays where it was. */
  async clearValue(key: string): Promise<void> {
    const line = await this.lineOf(key)
    await this.page.evaluate(
      ({ line, key }) => {
        const { editor } = window.__studioMonaco!
        const content = editor.getModel()!.getLineContent(line)
        // the column just after "key: "
        const at = content.indexOf(':', content.indexOf(key)) + 3
        const range = { startLineNumber: line, endLineNumber: line }
        editor.executeEdits('test', [
          { range: { ...range, startColumn: at, endColumn: content.length + 1 }, text: '' },
        ])
        editor.setPosition({ lineNumber: line, column: at })
        editor.focus()
      },
      { line, key },
    )
  }

  /** Inserts a line holding `text` after the line holding `needle`, cursor at its end; returns its number. */
  async insertLineAfter(needle: string, text: string): Promise<number> {
    const line = await this.lineOf(needle)
    await this.page.evaluate(
      ({ line, text }) => {
        const { editor } = window.__studioMonaco!
        const end = editor.getModel()!.getLineMaxColumn(line)
        const range = {
          startLineNumber: line,
          startColumn: end,
          endLineNumber: line,
          endColumn: end,
        }
        editor.executeEdits('test', [{ range, text: `\n${text}` }])
        editor.setPosition({ lineNumber: line + 1, column: text.length + 1 })
        editor.focus()
      },
      { line, text },
    )
    return line + 1
  }

  /** Shows the hover at the cursor placed as placeCursor does. */
  async hoverOn(needle: string, at = needle, offset = 0): Promise<Locator> {
    await this.placeCursor(needle, at, offset)
    await this.page.evaluate(() =>
      window.__studioMonaco!.editor.trigger('test', 'editor.action.showHover', {}),
    )
    return this.hover
  }

  /** Opens the completion list at the cursor (Ctrl+Space). */
  async suggest(): Promise<Locator> {
    await this.page.keyboard.press('Control+Space')
    return this.suggestions
  }

  /**
   * Opens the quick-fix menu at the cursor (Ctrl+.) and returns the action titled `title`. Waits
   * for the line's markers first; asks again if the menu came up without it (the YAML worker's
   * own code actions can still be loading on a busy machine).
   */
  async quickFix(title: string): Promise<Locator> {
    const { line } = await this.cursor()
    await expect
      .poll(async () => (await this.markers({})).filter((m) => m.line === line).length)
      .toBeGreaterThan(0)
    const action = this.page.locator('.action-widget').getByText(title)
    await expect(async () => {
      if (!(await action.isVisible())) {
        await this.page.keyboard.press('Escape')
        await this.setCursor(await this.cursor())
        await this.page.keyboard.press('Control+.')
      }
      await expect(action).toBeVisible({ timeout: 5_000 })
    }).toPass({ timeout: 20_000 })
    return action
  }

  /** Selects all text and pastes `text` from the clipboard (Ctrl+V). */
  async pasteOverAll(text: string): Promise<void> {
    await this.page.evaluate(() => {
      const { editor } = window.__studioMonaco!
      editor.focus()
      editor.setSelection(editor.getModel()!.getFullModelRange())
    })
    await this.page.evaluate((t) => navigator.clipboard.writeText(t), text)
    await this.page.keyboard.press('Control+v')
  }

  /** Monaco's theme follows the colour scheme. */
  async expectTheme(scheme: 'dark' | 'light'): Promise<void> {
    const editor = this.page.locator('.monaco-editor').first()
    if (scheme === 'dark') await expect(editor).toHaveClass(/vs-dark/)
    else await expect(editor).not.toHaveClass(/vs-dark/)
  }
}
