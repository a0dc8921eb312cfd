/** The opened folder: the Open folder input, the Sites tab's table, its bulk edit and the Diff tab's files. */
import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'
import type { Tabs } from './panes.ts'
import type { Downloaded, Toolbar } from './Toolbar.ts'

export class Sites {
  readonly table: Locator
  readonly count: Locator
  readonly summary: Locator
  readonly findings: Locator
  readonly changedFiles: Locator
  readonly readOnly: Locator

  constructor(
    private readonly page: Page,
    private readonly tabs: Tabs,
    private readonly toolbar: Toolbar,
  ) {
    this.table = page.getByRole('table', { name: 'Sites' })
    this.count = page.locator('.sites-count [role="status"]')
    this.summary = page.locator('.sites-summary')
    this.findings = page.getByRole('region', { name: /^Problems between files/ })
    this.changedFiles = page.getByRole('region', { name: /^Changed files/ })
    this.readOnly = page.getByText('Read only: changes leave as one patch or a zip.')
  }

  /** Chooses a folder with the directory input, as a browser without the picker does. */
  async openFolder(dir: string): Promise<void> {
    await this.page.getByLabel(/^(Open folder|폴더 열기)$/).setInputFiles(dir)
    await expect(this.page.getByRole('tab', { name: /^(Sites|사이트)$/ })).toHaveAttribute(
      'aria-selected',
      'true',
    )
  }

  /**
   * Waits until every site file has its row: the table is there, its progress bar is gone and no row
   * waits for its check (the bar alone is also absent while the tab is still loading).
   */
  async checked(): Promise<void> {
    // in either language: the accessibility journeys run this in Korean too
    const table = this.page.getByRole('table', { name: /^(Sites|사이트)$/ })
    await expect(table).toBeVisible({ timeout: 20_000 })
    await expect(this.page.getByRole('progressbar')).toHaveCount(0, { timeout: 20_000 })
    await expect(table.getByText(/^(not checked yet|아직 검사하지 않음)$/)).toHaveCount(0)
  }

  row(path: string): Locator {
    return this.table
      .getByRole('row')
      .filter({ has: this.page.getByRole('button', { name: `Open ${path}`, exact: true }) })
  }

  /** a row's cells as text: file, kind, clusters, nodes, errors, warnings, listed */
  async cells(path: string): Promise<string[]> {
    return (await this.row(path).getByRole('cell').allInnerTexts()).slice(1).map((s) => s.trim())
  }

  async openSite(path: string): Promise<void> {
    await this.tabs.open('Sites')
    await this.page.getByRole('button', { name: `Open ${path}`, exact: true }).click()
  }

  async choose(...paths: string[]): Promise<void> {
    for (const p of paths)
      await this.page.getByRole('checkbox', { name: `Choose ${p}`, exact: true }).check()
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Search the sites' }).fill(text)
  }

  /** the bulk edit's form: one field at one level of every chosen site */
  async bulkSet(
    level: 'Every cluster' | 'Every node' | 'The site',
    field: string,
    value: string,
  ): Promise<void> {
    await this.page.getByLabel('Where').selectOption({ label: level })
    await this.page.getByLabel('Field', { exact: true }).fill(field)
    await this.page.getByLabel('Value', { exact: true }).fill(value)
    await this.page.getByRole('button', { name: 'Set', exact: true }).click()
  }

  async undoBulk(): Promise<void> {
    await this.page.getByRole('button', { name: 'Undo the last bulk edit' }).click()
  }

  downloadPatch(): Promise<Downloaded> {
    return this.toolbar.download('Download one patch of all changed files')
  }
}
