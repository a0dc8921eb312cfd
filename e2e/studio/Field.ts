/** One form field, found by its document path (the control's `name`). */
import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'

export type FieldPath = string | ReadonlyArray<string | number>

export class Field {
  /** the control itself (input, select or textarea) */
  readonly input: Locator
  /** the findings shown under the field (its inputs' aria-describedby) */
  readonly problems: Locator

  constructor(page: Page, path: FieldPath) {
    const name = typeof path === 'string' ? path : path.join('.')
    this.input = page.locator(`[name="${name}"]`)
    this.problems = page.locator(`[id="p:${name}"]`)
  }

  async fill(value: string): Promise<void> {
    await this.input.fill(value)
  }

  /** Types `text` key by key at the end of the current value, as a user would. */
  async type(text: string): Promise<void> {
    await this.input.click()
    await this.input.press('End')
    await this.input.pressSequentially(text)
  }

  async select(option: string): Promise<void> {
    await this.input.selectOption(option)
  }

  async blur(): Promise<void> {
    await this.input.blur()
  }

  value(): Promise<string> {
    return this.input.inputValue()
  }

  async expectValue(value: string): Promise<void> {
    await expect(this.input).toHaveValue(value)
  }

  /** The quick-fix button under the field, titled `Fix: <title>`. */
  fix(title: string): Locator {
    return this.problems.getByRole('button', { name: `Fix: ${title}` })
  }
}
