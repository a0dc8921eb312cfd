/** Reads of the app's state through the e2e build's `window.__studio` hook (page objects only). */
import type { Page } from '@playwright/test'

/** The document text as the store holds it (what autosave, download and copy see). */
export const documentText = (page: Page): Promise<string> =>
  page.evaluate(() => window.__studio!.store.getState().file.text)

/** The layout preferences as stored in localStorage (pane width, release, diff layout). */
export const storedPrefs = (page: Page): Promise<Record<string, unknown>> =>
  page.evaluate(() => JSON.parse(localStorage.getItem('siteconfig-studio:prefs') ?? '{}'))
