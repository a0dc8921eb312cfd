/**
 * Hostile documents that one pane cannot show: that pane says so and offers a way back, the rest
 * of the app keeps working (error boundaries around each pane).
 */
import type { Page } from '@playwright/test'
import { bareSno, expect, importText, openApp, test } from './support.ts'

const bare = bareSno

/**
 * Valid JSON nested 5,000 levels deep inside the cluster's ignitionConfigOverride, its brackets
 * written as YAML escapes so the reader's bracket count does not see them.
 */
function deepOverride(): string {
  const json = `{"ignition":{"version":"3.2.0"},"storage":{"x":${'\\x5b'.repeat(5000)}${'\\x5d'.repeat(5000)}}}`
  const quoted = `"${json.replace(/"/g, '\\"')}"`
  return bare.replace('    nodes:\n', `    ignitionConfigOverride: ${quoted}\n    nodes:\n`)
}

/** A node's userData of 2 KB whose aliases expand to ~4 MB (44,000 values): under the reader's caps. */
function aliasUserData(): string {
  const pad = ' '.repeat(12)
  let defs = `${pad}l0: &l0 "${'x'.repeat(100)}"\n`
  for (let i = 1; i <= 4; i++)
    defs += `${pad}l${i}: &l${i} [${Array(10)
      .fill(`*l${i - 1}`)
      .join(', ')}]\n`
  const userData = `        userData:\n          defs:\n${defs}          top: [*l4, *l4, *l4]\n`
  return bare.replace('        role: "master"\n', `        role: "master"\n${userData}`)
}

/** A unit ordered before 20,000 others, and one after them. */
function manyUnits(): string {
  const many = Array.from({ length: 20_000 }, (_, i) => `u${i}.service`).join(' ')
  const units = [
    { name: 'a.service', contents: `[Unit]\nBefore=${many}\n` },
    { name: 'b.service', contents: `[Unit]\nAfter=${many}\n` },
  ]
  const json = JSON.stringify({ ignition: { version: '3.2.0' }, systemd: { units } })
  return bare.replace('    nodes:\n', `    ignitionConfigOverride: '${json}'\n    nodes:\n`)
}

/** The toolbar and the other views still answer. */
async function appStillWorks(page: Page) {
  await page.getByRole('tab', { name: 'Problems' }).click()
  await expect(page.getByRole('tabpanel', { name: 'Problems' })).toBeVisible()
  await page.getByRole('tab', { name: 'YAML' }).click()
  await expect(page.locator('.yaml-editor .view-lines')).toBeVisible()
  await page.getByRole('treeitem', { name: 'example-sno', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Site', exact: true })).toBeVisible()
  await page.getByRole('button', { name: 'New' }).click()
  await expect(page.getByRole('dialog')).toBeVisible()
  await page.keyboard.press('Escape')
}

test('a deep override: the Preview says it cannot show it, the rest works', async ({ page }) => {
  await openApp(page)
  await importText(page, 'deep.yaml', deepOverride())
  await page.getByRole('tab', { name: 'Preview' }).click()
  const panel = page.getByRole('tabpanel', { name: 'Preview' })
  // today the Preview's boundary catches the stack overflow; a reader that refuses such JSON
  // (depth-checked before parsing) says so in the same place
  await expect(panel.getByRole('alert').first()).toContainText(
    /This pane could not show the document: |too deep|nest/i,
  )
  const back = panel.getByRole('button', { name: 'Back to the YAML' })
  await ((await back.isVisible()) ? back : page.getByRole('tab', { name: 'YAML' })).click()
  await expect(page.getByRole('tab', { name: 'YAML' })).toHaveAttribute('aria-selected', 'true')
  await appStillWorks(page)
})

test('an alias-expanded userData: the form shows the node without dumping it', async ({ page }) => {
  test.setTimeout(60_000)
  await openApp(page)
  await importText(page, 'alias.yaml', aliasUserData())
  await page.getByRole('treeitem', { name: /sno1\.example\.com/ }).click()
  const form = page.getByRole('region', { name: 'Form' })
  await expect(form.getByRole('heading', { name: 'Node sno1.example.com' })).toBeVisible()
  await expect(form.getByRole('note')).toContainText('Too large to show here')
  await appStillWorks(page)
})

test('20,000 Before= names: the boot order draws the first 200 and says how many more', async ({
  page,
}) => {
  await openApp(page)
  await importText(page, 'many.yaml', manyUnits())
  await page.getByRole('tab', { name: 'Preview' }).click()
  const figure = page.locator('figure.boot-order')
  // generous: the uncapped diagram froze the page for 21 s
  await expect(figure).toContainText('…and 19,802 more units not drawn', { timeout: 20_000 })
  await expect(figure.locator('g.unit')).toHaveCount(200)
  await appStillWorks(page)
})
