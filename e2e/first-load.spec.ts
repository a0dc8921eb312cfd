import { expect, monacoText, storeText, test } from './support.ts'

test('the form is usable while Monaco is still loading', async ({ page }) => {
  let release: () => void = () => {}
  const gate = new Promise<void>((r) => (release = r))
  await page.route(/\/assets\/YamlPane-[^/]+\.js$/, async (route) => {
    await gate
    await route.continue()
  })
  await page.goto('/')
  await expect(page.getByText('Loading the YAML editor…')).toBeVisible()
  await page.locator('[name="spec.baseDomain"]').fill('early.example.com')
  await expect.poll(() => storeText(page)).toContain('baseDomain: "early.example.com"')
  release()
  await page.waitForFunction(() => !!window.__studioMonaco?.editor.getModel())
  expect(await monacoText(page)).toBe(await storeText(page))
})

test('light and dark themes follow the system, Monaco included', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.goto('/')
  await page.waitForFunction(() => !!window.__studioMonaco?.editor.getModel())
  await expect(page.locator('.monaco-editor').first()).toHaveClass(/vs-dark/)
  const darkBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
  await page.emulateMedia({ colorScheme: 'light' })
  await expect(page.locator('.monaco-editor').first()).not.toHaveClass(/vs-dark/)
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(
    darkBg,
  )
})

test('the right pane is resizable with the keyboard and remembers its width', async ({ page }) => {
  await page.goto('/')
  const pane = page.getByRole('region', { name: 'Document views' })
  const before = (await pane.boundingBox())!.width
  await page.getByRole('separator', { name: 'Resize the YAML pane' }).focus()
  await page.keyboard.press('Shift+ArrowLeft')
  await expect.poll(async () => (await pane.boundingBox())!.width).toBe(before + 80)
  await page.waitForTimeout(500)
  await page.reload()
  await expect.poll(async () => (await pane.boundingBox())!.width).toBe(before + 80)
})
