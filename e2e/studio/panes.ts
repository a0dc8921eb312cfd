/** The right pane's tabs, the Problems list, the Diff review and the command palette. */
import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'
import type { Downloaded, Toolbar } from './Toolbar.ts'

export type TabName = 'Sites' | 'YAML' | 'Preview' | 'Resources' | 'Diff' | 'Problems'

const LOCALIZED: Record<TabName, RegExp> = {
  Sites: /^(Sites|사이트)/,
  YAML: /^YAML/,
  Preview: /^(Preview|미리 보기)/,
  Resources: /^(Resources|리소스)/,
  Diff: /^(Diff|차이점)/,
  Problems: /^(Problems|문제)/,
}

export class Tabs {
  constructor(private readonly page: Page) {}

  tab(name: TabName | `${TabName} (changed)`): Locator {
    return this.page.getByRole('tab', { name, exact: true })
  }

  panel(name: TabName): Locator {
    return this.page.getByRole('tabpanel', { name })
  }

  /** Opens a tab by its English or Korean name (the language follows the browser). */
  async open(name: TabName): Promise<void> {
    await this.page.getByRole('tab', { name: LOCALIZED[name] }).click()
  }

  async expectSelected(name: TabName | `${TabName} (changed)`): Promise<void> {
    await expect(this.tab(name)).toHaveAttribute('aria-selected', 'true')
  }
}

export class Problems {
  /** the toolbar's "n errors, m warnings" */
  readonly summary: Locator
  readonly list: Locator
  /** one button per finding (and per fix) in the list */
  readonly entries: Locator
  readonly release: Locator

  constructor(
    private readonly page: Page,
    private readonly tabs: Tabs,
  ) {
    this.summary = page.getByTestId('problems.summary')
    // named in the language shown
    this.list = page.getByRole('list', { name: /^(Problems|문제)$/ })
    this.entries = this.list.getByRole('button')
    this.release = page.getByLabel('Target release')
  }

  async open(): Promise<void> {
    await this.tabs.open('Problems')
  }

  /** The list's entries of one rule. */
  entry(code: string): Locator {
    return this.entries.filter({ hasText: code })
  }

  /** The first quick fix titled `Fix: <title>` in the list. */
  fix(title: string): Locator {
    return this.fixes(title).first()
  }

  /** Every quick fix titled `Fix: <title>` in the list. */
  fixes(title: string): Locator {
    return this.list.getByRole('button', { name: `Fix: ${title}` })
  }

  /** Shows or hides one severity (the checkboxes "Errors", "Warnings", "Info"). */
  async show(severity: 'Errors' | 'Warnings' | 'Info', on: boolean): Promise<void> {
    await this.page.getByRole('checkbox', { name: new RegExp(severity) }).setChecked(on)
  }

  async setRelease(release: string): Promise<void> {
    await this.release.selectOption(release)
  }
}

export class Diff {
  /** "2 changes", "No changes" */
  readonly count: Locator
  readonly summary: Locator
  /** the rendered resources' changes */
  readonly resources: Locator
  readonly inlineOption: Locator

  constructor(
    private readonly page: Page,
    private readonly tabs: Tabs,
    private readonly toolbar: Toolbar,
  ) {
    this.count = page.getByTestId('diff.count')
    this.summary = page.getByRole('region', { name: 'Change summary' })
    this.resources = page.getByRole('region', { name: 'Resources the hub will change' })
    this.inlineOption = page.getByLabel('Inline')
  }

  async open(): Promise<void> {
    await this.tabs.open('Diff')
  }

  /** The diff editor's changed ranges on the modified side, as [first, last] lines. */
  lineChanges(): Promise<Array<[number, number]>> {
    return this.page.evaluate(() =>
      (window.__studioDiff?.getLineChanges() ?? []).map(
        (c) => [c.modifiedStartLineNumber, c.modifiedEndLineNumber] as [number, number],
      ),
    )
  }

  /** Whether the diff editor shows both sides or one. */
  async expectLayout(layout: 'side-by-side' | 'inline'): Promise<void> {
    const editor = this.page.locator('#panel-diff .monaco-diff-editor')
    if (layout === 'side-by-side') await expect(editor).toHaveClass(/side-by-side/)
    else await expect(editor).not.toHaveClass(/side-by-side/)
  }

  /** A summary item's button (it selects its node in the form). */
  item(text: string): Locator {
    return this.summary.getByRole('button', { name: text, exact: true })
  }

  /** A summary item's Revert button, by its accessible name ("Revert site: …"). */
  revertButton(name: string | RegExp): Locator {
    return this.summary.getByRole('button', { name })
  }

  downloadPatch(): Promise<Downloaded> {
    return this.toolbar.download('Download patch')
  }

  async copyPatch(): Promise<void> {
    await this.page.getByRole('button', { name: 'Copy patch' }).click()
  }

  async markCommitted(): Promise<void> {
    await this.page.getByRole('button', { name: 'Mark as committed' }).click()
  }

  /** Opens the decoded line diff of the summary item `item` for the file `path`; its added rows. */
  async decodedDiff(item: string, path: string): Promise<{ rows: Locator; added: Locator }> {
    const li = this.summary.getByRole('listitem').filter({ hasText: item })
    await li.getByText('Decoded diff').click()
    const rows = li.getByLabel(`Line changes of ${path}`)
    return { rows, added: rows.locator('.row-added') }
  }
}

/** The command palette (F1 or Ctrl/Cmd+Shift+P): a dialog with a combobox over the actions. */
export class Palette {
  readonly dialog: Locator
  readonly input: Locator
  /** the listed actions, named "<label> (<shortcut>)" */
  readonly options: Locator

  constructor(private readonly page: Page) {
    // named in the language shown
    this.dialog = page.getByRole('dialog', { name: /^(Command palette|명령 팔레트)$/ })
    this.input = this.dialog.getByRole('combobox')
    this.options = this.dialog.getByRole('option')
  }

  option(name: string | RegExp): Locator {
    return this.dialog.getByRole('option', { name })
  }

  async open(keys: 'F1' | 'Control+Shift+P' = 'F1'): Promise<void> {
    await this.page.keyboard.press(keys)
    await expect(this.input).toBeFocused()
  }

  /** Opens the palette, types `title` and runs the first match with Enter. */
  async run(title: string): Promise<void> {
    await this.open()
    await this.input.fill(title)
    await this.input.press('Enter')
    await expect(this.dialog).toHaveCount(0)
  }
}
