import { expect, monacoText, openApp, seed, storeText, test, typeIntoMonaco } from './support.ts'

test('reloading the page restores the work, even YAML that does not parse yet', async ({
  page,
}) => {
  await openApp(page)
  await page.locator('[name="spec.baseDomain"]').fill('saved.example.com')
  await expect.poll(() => storeText(page)).toContain('saved.example.com')
  await page.waitForTimeout(700) // autosave waits for a 400 ms pause
  await page.reload()
  await page.waitForFunction(() => !!window.__studioMonaco?.editor.getModel())
  await expect(page.locator('[name="spec.baseDomain"]')).toHaveValue('saved.example.com')
  expect(await monacoText(page)).toContain('baseDomain: "saved.example.com"')

  const broken = (await storeText(page)) + 'oops: [\n'
  await typeIntoMonaco(page, broken)
  await expect(page.getByRole('alert').filter({ hasText: 'does not parse' })).toBeVisible()
  await page.waitForTimeout(700)
  await page.reload()
  await page.waitForFunction(() => !!window.__studioMonaco?.editor.getModel())
  expect(await monacoText(page)).toBe(broken)
  await expect(page.getByRole('alert').filter({ hasText: 'does not parse' })).toBeVisible()
})

test('Start over asks first, then discards the saved work and opens the seed example', async ({
  page,
}) => {
  await openApp(page)
  await page.locator('[name="spec.baseDomain"]').fill('gone.example.com')
  await page.getByRole('button', { name: 'Start over' }).click()
  const dialog = page.getByRole('dialog', { name: 'Start over?' })
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(page.locator('[name="spec.baseDomain"]')).toHaveValue('gone.example.com')
  await page.getByRole('button', { name: 'Start over' }).click()
  await dialog.getByRole('button', { name: 'Discard and start over' }).click()
  await expect.poll(() => monacoText(page)).toBe(seed)
  await page.waitForTimeout(500)
  await page.reload()
  await page.waitForFunction(() => !!window.__studioMonaco?.editor.getModel())
  expect(await monacoText(page)).toBe(seed)
})
