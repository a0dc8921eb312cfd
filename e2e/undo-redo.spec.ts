import { expect, monacoText, openApp, seed, storeText, test, typeIntoMonaco } from './support.ts'

test('undo and redo walk form and YAML edits, one step per intent', async ({ page }) => {
  await openApp(page)
  const domain = page.locator('[name="spec.baseDomain"]')
  // typing a whole word in one field is one step
  await domain.click()
  await domain.press('End')
  await domain.pressSequentially('.lab')
  await expect.poll(() => storeText(page)).toContain('baseDomain: "example.domain.redhat.com.lab"')
  const afterForm = await storeText(page)
  await domain.blur()
  // then a YAML edit
  const afterYaml = afterForm.replace('name: "example-5g-lab"', 'name: "lab-2"')
  await typeIntoMonaco(page, afterYaml)
  await expect(page.locator('[name="metadata.name"]')).toHaveValue('lab-2')

  await page.getByRole('button', { name: 'Undo' }).click()
  await expect.poll(() => monacoText(page)).toBe(afterForm)
  await expect(page.locator('[name="metadata.name"]')).toHaveValue('example-5g-lab')
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect.poll(() => monacoText(page)).toBe(seed)
  await expect(domain).toHaveValue('example.domain.redhat.com')
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled()

  await page.getByRole('button', { name: 'Redo' }).click()
  await expect.poll(() => monacoText(page)).toBe(afterForm)
  await page.keyboard.press('Control+Shift+z')
  await expect.poll(() => monacoText(page)).toBe(afterYaml)
  await expect(page.getByRole('button', { name: 'Redo' })).toBeDisabled()
  await page.keyboard.press('Control+z')
  await expect.poll(() => storeText(page)).toBe(afterForm)
})

test('Ctrl+Z inside the YAML pane undoes the document step, keeping Monaco and the store equal', async ({
  page,
}) => {
  await openApp(page)
  await page.locator('[name="metadata.namespace"]').fill('ns-1')
  await page.locator('[name="metadata.namespace"]').blur()
  await page.evaluate(() => {
    const { editor } = window.__studioMonaco!
    editor.focus()
    editor.setPosition({ lineNumber: 1, column: 1 })
  })
  await page.keyboard.type('# top comment\n')
  await expect.poll(() => storeText(page)).toMatch(/^# top comment\n/)
  await page.keyboard.press('Control+z')
  await expect
    .poll(() => monacoText(page))
    .toBe(seed.replace('namespace: "example-5g-lab"', 'namespace: "ns-1"'))
  await page.keyboard.press('Control+z')
  await expect.poll(() => monacoText(page)).toBe(seed)
  expect(await storeText(page)).toBe(seed)
})

test('loading a template is not an undo step and clears the history', async ({ page }) => {
  await openApp(page)
  await page.locator('[name="spec.baseDomain"]').fill('x.example.com')
  await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled()
  await page.getByRole('button', { name: 'New' }).click()
  await page.getByRole('radio', { name: /Bare single-node/ }).check()
  await page.getByRole('button', { name: 'Create' }).click()
  await expect(page.getByRole('treeitem', { name: 'sno1', exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled()
  await expect(page.getByRole('button', { name: 'Redo' })).toBeDisabled()
})

test('two clicks on Add, or two removals, are two undo steps each', async ({ page }) => {
  await openApp(page)
  await page.getByRole('treeitem', { name: 'sno-worker-0', exact: true }).click()
  const add = page.getByRole('button', { name: 'Add: Additional NTP sources' })
  const rows = page.getByRole('textbox', { name: /^Additional NTP sources \d+$/ })
  await add.click()
  await add.click()
  await expect(rows).toHaveCount(3)
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(rows).toHaveCount(2)
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(rows).toHaveCount(1)
  await expect.poll(() => storeText(page)).toBe(seed)

  await add.click()
  const two = await storeText(page)
  await page.getByRole('button', { name: 'Remove Additional NTP sources 2' }).click()
  await page.getByRole('button', { name: 'Remove Additional NTP sources 1' }).click()
  await expect(rows).toHaveCount(0)
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(rows).toHaveCount(1)
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect.poll(() => storeText(page)).toBe(two)
})
