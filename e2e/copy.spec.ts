import { expect, openApp, storeText, test } from './support.ts'

test('Copy YAML puts the current document on the clipboard and says so', async ({ page }) => {
  await openApp(page)
  await page.locator('[name="spec.baseDomain"]').fill('copied.example.com')
  await page.getByRole('button', { name: 'Copy YAML' }).click()
  await expect(page.getByTestId('notice')).toHaveText(/^Copied \d+ lines of YAML\.$/)
  const clip = await page.evaluate(() => navigator.clipboard.readText())
  expect(clip).toBe(await storeText(page))
  expect(clip).toContain('baseDomain: "copied.example.com"')
})
