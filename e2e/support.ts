/**
 * Shared by every spec: a `test` that records every request of the browser context and fails the
 * test if one leaves 127.0.0.1/localhost, so the whole suite proves the app is offline.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { expect, test as base } from '@playwright/test'
import type { Page } from '@playwright/test'

export const FIXTURES = new URL('../../shared/fixtures/', import.meta.url)
export const seed = readFileSync(new URL('seed-example.yaml', FIXTURES), 'utf8')
export const upstream = readdirSync(new URL('upstream/', FIXTURES))
  .filter((f) => f.endsWith('.yaml'))
  .map((name) => ({ name, path: new URL(`upstream/${name}`, FIXTURES).pathname }))

const local = (u: string) =>
  /^(https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/|data:|blob:http:\/\/127\.0\.0\.1)/.test(u)

export const test = base.extend<{ onlyLocalRequests: void }>({
  onlyLocalRequests: [
    async ({ context }, use) => {
      const outside: string[] = []
      context.on('request', (r) => {
        if (!local(r.url())) outside.push(r.url())
      })
      await use()
      expect(outside, 'requests that left 127.0.0.1').toEqual([])
    },
    { auto: true },
  ],
})
export { expect }

/** Opens the app and waits until Monaco holds the document. */
export async function openApp(page: Page): Promise<void> {
  await page.goto('/')
  await page.waitForFunction(() => !!window.__studioMonaco?.editor.getModel())
}

export const storeText = (page: Page) =>
  page.evaluate(() => window.__studio!.store.getState().file.text)

export const monacoText = (page: Page) =>
  page.evaluate(() => window.__studioMonaco!.editor.getValue())

/** Replaces the whole Monaco text the way a user's select-all + paste would. */
export async function typeIntoMonaco(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => {
    const { editor } = window.__studioMonaco!
    const model = editor.getModel()!
    editor.executeEdits('test', [{ range: model.getFullModelRange(), text: t }])
  }, text)
}

/** The bare SNO template: the base most hostile test documents are built from. */
export const bareSno = readFileSync(
  new URL('../src/templates/bare-sno.yaml', import.meta.url),
  'utf8',
)

/** Imports `text` through the Import button as a file called `name`; waits until it is loaded. */
export async function importText(page: Page, name: string, text: string): Promise<void> {
  await page.getByLabel('Import SiteConfig file').setInputFiles({
    name,
    mimeType: 'application/yaml',
    buffer: Buffer.from(text),
  })
  await expect(page.getByTestId('notice')).toHaveText(`Imported ${name}.`)
  await expect.poll(() => storeText(page)).toBe(text)
}

/** Lines that differ between two texts of the same line count. */
export function changedLines(a: string, b: string): number[] {
  const x = a.split('\n')
  const y = b.split('\n')
  if (x.length !== y.length) return [-1]
  return x.flatMap((l, i) => (l === y[i] ? [] : [i + 1]))
}

/** Writes that autosave finished since the page loaded (the toolbar's "Saved" marker). */
export const saves = async (page: Page) =>
  Number(await page.getByTestId('autosave').getAttribute('data-saves'))

/** Waits until a write that started after `before` writes has finished. */
export async function waitForSave(page: Page, before: number): Promise<void> {
  await expect.poll(() => saves(page), { timeout: 30_000 }).toBeGreaterThan(before)
  await expect(page.getByTestId('autosave')).toHaveText(/^Saved \d\d:\d\d$/)
}
