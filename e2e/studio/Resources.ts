/** The Resources tab: the rendered resources, the pre-cache landings, the lit fields and the link back. */
import type { Locator, Page } from '@playwright/test'
import type { Tabs } from './panes.ts'

export class Resources {
  readonly search: Locator
  readonly landings: Locator
  /** "… is rendered into:" and its list */
  readonly lit: Locator
  readonly source: Locator
  readonly acm: Locator
  readonly notes: Locator

  constructor(
    private readonly page: Page,
    private readonly tabs: Tabs,
  ) {
    this.search = page.getByRole('searchbox', { name: 'Search the rendered resources' })
    this.landings = page.getByRole('region', { name: 'Where the pre-cache fields land' })
    this.lit = page.getByRole('region', { name: 'Rendered from the selected field' })
    this.source = page.locator('.resources-source')
    this.acm = page.getByLabel('ACM release of the templates')
    this.notes = page.getByRole('list', { name: 'Rendering notes' })
  }

  async open(): Promise<void> {
    await this.tabs.open('Resources')
  }

  /** the rendered stream's text */
  text(): Promise<string> {
    return this.page.evaluate(() => window.__studioResources?.getValue() ?? '')
  }

  /** the 1-based lines highlighted as fed by the selected field */
  litLines(): Promise<number[]> {
    return this.page.evaluate(() => {
      const ed = window.__studioResources
      const model = ed?.getModel()
      if (!ed || !model) return []
      return model
        .getAllDecorations()
        .filter((d) => d.options.className === 'resource-lit')
        .map((d) => d.range.startLineNumber)
    })
  }

  /** the text of a 1-based line */
  line(n: number): Promise<string> {
    return this.page.evaluate(
      (k) => window.__studioResources?.getModel()?.getLineContent(k) ?? '',
      n,
    )
  }

  /** puts the cursor of the rendered stream on the first line holding `needle` */
  async cursorOn(needle: string): Promise<void> {
    await this.page.evaluate((s) => {
      const ed = window.__studioResources
      const m = ed?.getModel()
      const hit = m?.findMatches(s, false, false, true, null, false)[0]
      if (ed && hit) ed.setPosition(hit.range.getStartPosition())
    }, needle)
  }

  decoded(): Locator {
    return this.landings.getByRole('button', { name: 'Decoded' })
  }
}
