/** The form pane: headings, list buttons, and checks over all of its controls. */
import type { Locator, Page } from '@playwright/test'

const CONTROLS = '.form-pane input, .form-pane select, .form-pane textarea'

/** A group's accessible name: its title, then maybe "(not set)" or "· v2 only". */
const titled = (label: string) =>
  new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( |$)`)

export class Form {
  readonly region: Locator

  constructor(private readonly page: Page) {
    this.region = page.locator('section.form-pane')
  }

  heading(name: string | RegExp): Locator {
    return this.page.getByRole('heading', { name, exact: typeof name === 'string' })
  }

  /** A list's "Add: <label>" button. */
  addButton(label: string): Locator {
    return this.page.getByRole('button', { name: `Add: ${label}` })
  }

  /** A list item's or field's "Remove <label>" button. */
  removeButton(label: string): Locator {
    return this.page.getByRole('button', { name: `Remove ${label}` })
  }

  /** Opens a collapsed group of fields (Proxy, Disk encryption, …) by its label. */
  async openGroup(label: string): Promise<void> {
    await this.groupToggle(label).click()
  }

  /** A group of fields (a nested object or a list), named by its title. */
  group(label: string): Locator {
    return this.region.getByRole('group', { name: titled(label) })
  }

  /** The open/close button of a group of fields, named by the group's title. */
  groupToggle(label: string): Locator {
    return this.region.getByRole('button', { name: titled(label) })
  }

  /** Controls without a document-path name (new-row inputs excepted), as HTML. */
  unnamedControls(): Promise<string[]> {
    return this.page
      .locator(CONTROLS)
      .evaluateAll((els) =>
        els
          .filter((e) => !(e as HTMLInputElement).name && !e.id.startsWith('new:'))
          .map((e) => e.outerHTML),
      )
  }

  /** Names of controls with neither a <label> nor an aria-label. */
  unlabelledControls(): Promise<string[]> {
    return this.page
      .locator(CONTROLS)
      .evaluateAll((els) =>
        (els as HTMLInputElement[])
          .filter((e) => !e.labels?.length && !e.getAttribute('aria-label'))
          .map((e) => e.name),
      )
  }

  /** Drops a file on the form, as from a file manager. */
  async drop(name: string, text: string): Promise<void> {
    const dt = await this.page.evaluateHandle(
      ([t, n]) => {
        const d = new DataTransfer()
        d.items.add(new File([t], n, { type: 'application/yaml' }))
        return d
      },
      [text, name] as const,
    )
    await this.page.dispatchEvent('.form-pane', 'drop', { dataTransfer: dt })
  }
}
