/** Reads of Monaco through the e2e build's `window.__studioMonaco` hook: page objects only. */
import type { Page } from '@playwright/test'

export type Severity = 'error' | 'warning' | 'info' | 'hint'
// monaco.MarkerSeverity
const SEVERITY: Record<number, Severity> = { 8: 'error', 4: 'warning', 2: 'info', 1: 'hint' }

export interface Cursor {
  line: number
  column: number
}

export class MonacoView {
  constructor(protected readonly page: Page) {}

  /** Waits until Monaco holds the document. */
  async ready(): Promise<void> {
    await this.page.waitForFunction(() => !!window.__studioMonaco?.editor.getModel())
  }

  text(): Promise<string> {
    return this.page.evaluate(() => window.__studioMonaco!.editor.getValue())
  }

  lineContent(line: number): Promise<string> {
    return this.page.evaluate(
      (l) => window.__studioMonaco!.editor.getModel()!.getLineContent(l),
      line,
    )
  }

  /** Focuses the editor with the cursor at `c`. */
  protected async setCursor(c: Cursor): Promise<void> {
    await this.page.evaluate(({ line, column }) => {
      const { editor } = window.__studioMonaco!
      editor.focus()
      editor.setPosition({ lineNumber: line, column })
    }, c)
  }

  async cursor(): Promise<Cursor> {
    const p = await this.page.evaluate(() => window.__studioMonaco!.editor.getPosition()!)
    return { line: p.lineNumber, column: p.column }
  }

  /** The editor's markers, as lines and severities, of one rule (`code`) or one source. */
  markers(of: {
    code?: string
    source?: string
  }): Promise<Array<{ line: number; severity: Severity }>> {
    return this.page
      .evaluate(({ code, source }) => {
        const { monaco, editor } = window.__studioMonaco!
        return monaco.editor
          .getModelMarkers({ resource: editor.getModel()!.uri })
          .filter(
            (m) =>
              (code === undefined || m.code === code) &&
              (source === undefined || m.source === source),
          )
          .map((m) => [m.startLineNumber, m.severity] as const)
      }, of)
      .then((ms) => ms.map(([line, s]) => ({ line, severity: SEVERITY[s] ?? 'hint' })))
  }

  /** Lines that carry a Unicode-highlight decoration (bidi controls, odd line breaks). */
  unicodeMarkedLines(): Promise<number[]> {
    return this.page.evaluate(() =>
      window
        .__studioMonaco!.editor.getModel()!
        .getAllDecorations()
        .filter((d) =>
          /unicode-highlight/.test(d.options.inlineClassName ?? d.options.className ?? ''),
        )
        .map((d) => d.range.startLineNumber),
    )
  }

  /** The text of another Monaco model (the Preview's code boxes), by its URI. */
  modelText(uri: string): Promise<string> {
    return this.page.evaluate((u) => {
      const { monaco } = window.__studioMonaco!
      return monaco.editor.getModel(monaco.Uri.parse(u))!.getValue()
    }, uri)
  }
}
