import { expect, test } from './support.ts'

test('the form is usable while Monaco is still loading', async ({ studio, page }) => {
  const release = await studio.holdYamlEditor()
  await studio.visit()
  await expect(page.getByText('Loading the YAML editor…')).toBeVisible()
  await studio.field('spec.baseDomain').fill('early.example.com')
  await expect.poll(() => studio.text()).toContain('baseDomain: "early.example.com"')
  release()
  await studio.yaml.ready()
  expect(await studio.yaml.text()).toBe(await studio.text())
})

test('light and dark themes follow the system, Monaco included', async ({ studio, page }) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await studio.open()
  await studio.yaml.expectTheme('dark')
  const darkBg = await studio.backgroundColor()
  await page.emulateMedia({ colorScheme: 'light' })
  await studio.yaml.expectTheme('light')
  expect(await studio.backgroundColor()).not.toBe(darkBg)
})

test('the right pane is resizable with the keyboard and remembers its width', async ({
  studio,
  page,
}) => {
  await studio.visit()
  const before = await studio.rightPaneWidth()
  await studio.resizer.focus()
  await page.keyboard.press('Shift+ArrowLeft')
  await expect.poll(() => studio.rightPaneWidth()).toBe(before + 80)
  await studio.waitForLayoutSaved()
  await page.reload()
  await expect.poll(() => studio.rightPaneWidth()).toBe(before + 80)
})
