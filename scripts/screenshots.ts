/**
 * `npm run screenshots`: every tab of the right pane in English and Korean, light and dark, from the
 * build, into docs/screenshots/ (linked from the README), so the pictures follow the app. The language
 * and theme come from the browser (locale, prefers-color-scheme), as a user's would. The Sites tab
 * shows once a folder is open: a generated repository of twelve sites and three ClusterInstances.
 */
import { mkdirSync, rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'
import { generateRepo, writeRepo } from '../src/test/fleetRepo.ts'
import { openWhenServed, startPreview } from './previewServer.ts'

const PORT = Number(process.env.PW_PORT ?? 4185)
const out = fileURLToPath(new URL('../docs/screenshots/', import.meta.url))
const TABS = ['yaml', 'preview', 'resources', 'diff', 'problems'] as const
const LANGS = { en: 'en-US', ko: 'ko-KR' } as const
const THEMES = ['light', 'dark'] as const

const repository = writeRepo(generateRepo(12, 3).files)
const server = startPreview(PORT)
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
})
try {
  mkdirSync(out, { recursive: true })
  for (const [lang, locale] of Object.entries(LANGS))
    for (const theme of THEMES) {
      const context = await browser.newContext({
        locale,
        colorScheme: theme,
        viewport: { width: 1440, height: 900 },
      })
      const page = await context.newPage()
      await openWhenServed(page, PORT)
      await page.locator('.monaco-editor .view-lines').first().waitFor()
      await page
        .getByRole('treeitem', { name: /sno-worker-0/ })
        .first()
        .click()
      const tabs = page.getByRole('tab')
      for (const [i, tab] of TABS.entries()) {
        await tabs.nth(i).click()
        await page.waitForTimeout(400) // editors and diffs settle
        await page.screenshot({ path: `${out}${tab}-${lang}-${theme}.png` })
      }
      await page.getByLabel(/^(Open folder|폴더 열기)$/).setInputFiles(repository)
      await page.getByRole('tab', { name: /^(Sites|사이트)$/, selected: true }).waitFor()
      await page.getByRole('progressbar').waitFor({ state: 'detached', timeout: 60_000 })
      await page.waitForTimeout(400)
      await page.screenshot({ path: `${out}sites-${lang}-${theme}.png` })
      await context.close()
    }
  console.log(`wrote ${(TABS.length + 1) * 4} screenshots to docs/screenshots/`)
} finally {
  await browser.close()
  server.kill()
  rmSync(repository, { recursive: true, force: true })
}
