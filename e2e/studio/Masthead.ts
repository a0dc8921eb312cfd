/** The masthead: product, file, save state; the language and theme switches. */
import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'

export type ThemeChoice = 'system' | 'light' | 'dark'

export class Masthead {
  readonly banner: Locator
  readonly product: Locator

  constructor(private readonly page: Page) {
    this.banner = page.getByRole('banner')
    this.product = this.banner.getByRole('heading', { level: 1 })
  }

  /** The language switch, by its name in the language shown ("Language", "언어"). */
  languageSwitch(name: string | RegExp = /^(Language|언어)$/): Locator {
    return this.page.getByRole('combobox', { name })
  }

  themeSwitch(name: string | RegExp = /^(Theme|테마)$/): Locator {
    return this.page.getByRole('combobox', { name })
  }

  /** Picks a language by the name it shows itself by ("English", "한국어"). */
  async setLanguage(label: 'English' | '한국어'): Promise<void> {
    await this.languageSwitch().selectOption({ label })
  }

  async setTheme(theme: ThemeChoice): Promise<void> {
    await this.themeSwitch().selectOption(theme)
  }

  /** Whether PatternFly's dark theme class is on <html>. */
  async expectDark(dark: boolean): Promise<void> {
    const html = this.page.locator('html')
    if (dark) await expect(html).toHaveClass(/\bpf-v6-theme-dark\b/)
    else await expect(html).not.toHaveClass(/\bpf-v6-theme-dark\b/)
  }

  async expectLang(lang: string): Promise<void> {
    await expect(this.page.locator('html')).toHaveAttribute('lang', lang)
  }
}
