/** Moving through the app the way a keyboard-only user does: Tab until a control has the focus. */
import type { Locator, Page } from '@playwright/test'

export class Keyboard {
  constructor(private readonly page: Page) {}

  /** Presses Tab (or Shift+Tab) until `target` is focused; fails after `max` presses. */
  async tabTo(target: Locator, o: { max?: number; back?: boolean } = {}): Promise<number> {
    const max = o.max ?? 80
    for (let presses = 0; presses <= max; presses++) {
      if (await target.evaluate((el) => el === document.activeElement).catch(() => false))
        return presses
      await this.page.keyboard.press(o.back ? 'Shift+Tab' : 'Tab')
    }
    throw new Error(`Tab did not reach ${String(target)} in ${max} presses`)
  }
}
