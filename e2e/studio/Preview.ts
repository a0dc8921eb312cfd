/** The Preview tab: stages, decoded units and files, boot order, installer args, pre-caching. */
import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'
import type { Tabs } from './panes.ts'
import type { YamlPane } from './YamlPane.ts'

export class Preview {
  readonly units: Locator
  readonly files: Locator
  /** the node's installer args, on the install stage */
  readonly args: Locator
  readonly checks: Locator
  readonly panel: Locator

  constructor(
    private readonly page: Page,
    private readonly tabs: Tabs,
    private readonly yaml: YamlPane,
  ) {
    this.units = page.getByRole('region', { name: 'Systemd units' })
    this.files = page.getByRole('region', { name: 'Files' })
    this.args = page.getByRole('region', { name: 'Installer args of this node' })
    this.checks = page.getByRole('region', { name: 'Checks' })
    this.panel = tabs.panel('Preview')
  }

  /** Waits until the script boxes show their syntax colours (Monaco tokenizes a moment later). */
  async waitForColours(): Promise<void> {
    await expect(
      this.page.locator('.preview .view-line span[class^="mtk"]:not(.mtk1)').first(),
    ).toBeVisible()
  }

  /** Opens the tab and waits until it shows a document (its stage switch). */
  async open(): Promise<void> {
    await this.tabs.open('Preview')
    await expect(this.page.getByRole('radiogroup', { name: 'Stage' })).toBeVisible()
  }

  stage(name: string | RegExp): Locator {
    return this.page.getByRole('radio', { name })
  }

  async chooseStage(name: string | RegExp): Promise<void> {
    await this.stage(name).check()
  }

  /** The boot order diagram of a stage, named by its summary. */
  bootOrder(stage: 'discovery' | 'install'): Locator {
    return this.page.getByRole('img', { name: new RegExp(`^Boot order, ${stage} stage`) })
  }

  /** The boot-order figure and the units it draws (capped). */
  bootOrderFigure(): { figure: Locator; drawnUnits: Locator } {
    const figure = this.page.locator('figure.boot-order')
    return { figure, drawnUnits: figure.locator('g.unit') }
  }

  /** The code box (unit or file card) under the heading `name`. */
  box(name: string): Locator {
    return this.page
      .getByRole('article')
      .filter({ has: this.page.getByRole('heading', { name, exact: true }) })
  }

  /** The decoded text in the code box under `name`. */
  async boxText(name: string): Promise<string> {
    const id = await this.box(name).getAttribute('aria-labelledby')
    return this.yaml.modelText(id!.replace(/-h$/, ''))
  }

  /** Types a new line after the first line of a code box, the way a user would; then leaves it. */
  async addLineAfterFirst(name: string, line: string): Promise<void> {
    await this.box(name).locator('.view-lines').click()
    await this.page.keyboard.press('Control+Home')
    await this.page.keyboard.press('End')
    await this.page.keyboard.press('Enter')
    await this.page.keyboard.type(line)
    await this.page.getByRole('heading', { name: /stage ·/ }).click() // focus leaves the box
  }

  /** Enable image pre-caching…: returns the dialog (Apply is the caller's). */
  async openEnablePrecache(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Enable image pre-caching…' }).click()
    return this.page.getByRole('dialog', { name: 'Enable image pre-caching' })
  }

  async removePrecache(): Promise<void> {
    await this.page.getByRole('button', { name: 'Remove pre-caching' }).click()
  }

  /** A fix button on a card (e.g. "Set mode 493 (0755)"); the first when several cards offer it. */
  fix(name: string): Locator {
    return this.page.getByRole('button', { name }).first()
  }
}
