import { expect, test } from './support.ts'

test('F1 lists the enabled actions, typing filters them, Enter runs one', async ({ studio }) => {
  await studio.open()
  const { palette, tree } = studio
  await tree.selectCluster('sno-worker-0')
  await palette.open('F1')
  await expect(palette.dialog).toBeVisible()
  await expect(palette.input).toBeFocused()
  await expect(palette.option('Download YAML (Ctrl+S)')).toBeVisible()
  await expect(palette.option('Add node to this cluster')).toBeVisible()
  // nothing was edited yet: neither Undo nor Redo is offered
  await expect(palette.option(/^(Undo|Redo)\b/)).toHaveCount(0)

  await palette.input.fill('add nod')
  await expect(palette.options.first()).toHaveAccessibleName('Add node to this cluster')
  await expect(palette.option('Download YAML (Ctrl+S)')).toHaveCount(0)
  await palette.input.press('Enter')
  await expect(palette.dialog).toHaveCount(0)
  // the new node is in the file and selected
  const added = tree.item('sno-worker-0-node-0')
  await expect(added).toHaveAttribute('aria-selected', 'true')
  await expect(studio.form.heading('Node sno-worker-0-node-0')).toBeVisible()

  // now Undo is offered (with its key), Redo still not; Undo runs from here too
  await palette.open('F1')
  await palette.input.fill('undo')
  await expect(palette.option('Undo (Ctrl+Z)')).toBeVisible()
  await expect(palette.option(/^Redo\b/)).toHaveCount(0)
  await palette.input.press('Enter')
  await expect(added).toHaveCount(0)
  await palette.open('F1')
  await palette.input.fill('redo')
  await expect(palette.option('Redo (Ctrl+Shift+Z)')).toBeVisible()
  await palette.input.fill('no such command at all')
  await expect(palette.options).toHaveCount(0)
  await expect(palette.dialog.getByText('No command matches.')).toBeVisible()
})

test('Ctrl+Shift+P opens it inside the YAML editor; arrows move, Escape gives focus back', async ({
  studio,
  page,
}) => {
  await studio.open()
  const { palette } = studio
  const yaml = page.getByRole('textbox', { name: 'SiteConfig YAML' })
  await yaml.focus()
  await expect(yaml).toBeFocused()
  await palette.open('Control+Shift+P')
  await expect(palette.dialog).toBeVisible()
  await expect(palette.options.first()).toHaveAttribute('aria-selected', 'true')
  await palette.input.press('ArrowDown')
  await expect(palette.options.nth(1)).toHaveAttribute('aria-selected', 'true')
  await expect(palette.options.first()).toHaveAttribute('aria-selected', 'false')
  await palette.input.press('ArrowUp')
  await palette.input.press('ArrowUp')
  await expect(palette.options.last()).toHaveAttribute('aria-selected', 'true')
  await palette.input.press('Escape')
  await expect(palette.dialog).toHaveCount(0)
  await expect(yaml).toBeFocused()

  // F1 in the editor is ours too, not Monaco's own palette
  await palette.open('F1')
  await expect(palette.dialog).toBeVisible()
  await palette.input.fill('show the diff')
  await palette.input.press('Enter')
  await studio.tabs.expectSelected('Diff')
})
