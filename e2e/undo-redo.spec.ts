import { expect, seed, test } from './support.ts'

test('undo and redo walk form and YAML edits, one step per intent', async ({ studio, page }) => {
  await studio.open()
  const domain = studio.field('spec.baseDomain')
  const name = studio.field('metadata.name')
  const { toolbar } = studio
  // typing a whole word in one field is one step
  await domain.type('.lab')
  await expect.poll(() => studio.text()).toContain('baseDomain: "example.domain.redhat.com.lab"')
  const afterForm = await studio.text()
  await domain.blur()
  // then a YAML edit
  const afterYaml = afterForm.replace('name: "example-5g-lab"', 'name: "lab-2"')
  await studio.yaml.replaceAll(afterYaml)
  await name.expectValue('lab-2')

  await toolbar.undo()
  await expect.poll(() => studio.yaml.text()).toBe(afterForm)
  await name.expectValue('example-5g-lab')
  await toolbar.undo()
  await expect.poll(() => studio.yaml.text()).toBe(seed)
  await domain.expectValue('example.domain.redhat.com')
  await expect(toolbar.undoButton).toBeDisabled()

  await toolbar.redo()
  await expect.poll(() => studio.yaml.text()).toBe(afterForm)
  await page.keyboard.press('Control+Shift+z')
  await expect.poll(() => studio.yaml.text()).toBe(afterYaml)
  await expect(toolbar.redoButton).toBeDisabled()
  await page.keyboard.press('Control+z')
  await expect.poll(() => studio.text()).toBe(afterForm)
})

test('Ctrl+Z inside the YAML pane undoes the document step, keeping Monaco and the store equal', async ({
  studio,
  page,
}) => {
  await studio.open()
  await studio.field('metadata.namespace').fill('ns-1')
  await studio.field('metadata.namespace').blur()
  await studio.yaml.placeCursorAtStart()
  await studio.yaml.type('# top comment\n')
  await expect.poll(() => studio.text()).toMatch(/^# top comment\n/)
  await page.keyboard.press('Control+z')
  await expect
    .poll(() => studio.yaml.text())
    .toBe(seed.replace('namespace: "example-5g-lab"', 'namespace: "ns-1"'))
  await page.keyboard.press('Control+z')
  await expect.poll(() => studio.yaml.text()).toBe(seed)
  expect(await studio.text()).toBe(seed)
})

test('loading a template is not an undo step and clears the history', async ({ studio }) => {
  await studio.open()
  await studio.field('spec.baseDomain').fill('x.example.com')
  await expect(studio.toolbar.undoButton).toBeEnabled()
  await studio.toolbar.newDocument(/Bare single-node/)
  await expect(studio.tree.item('sno1')).toBeVisible()
  await expect(studio.toolbar.undoButton).toBeDisabled()
  await expect(studio.toolbar.redoButton).toBeDisabled()
})

test('two clicks on Add, or two removals, are two undo steps each', async ({ studio, page }) => {
  await studio.open()
  await studio.selectCluster('sno-worker-0')
  const add = studio.form.addButton('Additional NTP sources')
  const rows = page.getByRole('textbox', { name: /^Additional NTP sources \d+$/ })
  await add.click()
  await add.click()
  await expect(rows).toHaveCount(3)
  await studio.toolbar.undo()
  await expect(rows).toHaveCount(2)
  await studio.toolbar.undo()
  await expect(rows).toHaveCount(1)
  await expect.poll(() => studio.text()).toBe(seed)

  await add.click()
  const two = await studio.text()
  await studio.form.removeButton('Additional NTP sources 2').click()
  await studio.form.removeButton('Additional NTP sources 1').click()
  await expect(rows).toHaveCount(0)
  await studio.toolbar.undo()
  await expect(rows).toHaveCount(1)
  await studio.toolbar.undo()
  await expect.poll(() => studio.text()).toBe(two)
})
