import { expect, openApp, test } from './support.ts'
import type { Page } from '@playwright/test'

const palette = (page: Page) => page.getByRole('dialog', { name: 'Command palette' })
const search = (page: Page) => palette(page).getByRole('combobox', { name: 'Command' })
const option = (page: Page, name: string | RegExp) => palette(page).getByRole('option', { name })

test('F1 lists the enabled actions, typing filters them, Enter runs one', async ({ page }) => {
  await openApp(page)
  await page.getByRole('treeitem', { name: 'sno-worker-0', exact: true }).click()
  await page.keyboard.press('F1')
  await expect(palette(page)).toBeVisible()
  await expect(search(page)).toBeFocused()
  await expect(option(page, 'Download YAML (Ctrl+S)')).toBeVisible()
  await expect(option(page, 'Add node to this cluster')).toBeVisible()
  // nothing was edited yet: neither Undo nor Redo is offered
  await expect(option(page, /^(Undo|Redo)\b/)).toHaveCount(0)

  await search(page).fill('add nod')
  await expect(palette(page).getByRole('option').first()).toHaveAccessibleName(
    'Add node to this cluster',
  )
  await expect(option(page, 'Download YAML (Ctrl+S)')).toHaveCount(0)
  await search(page).press('Enter')
  await expect(palette(page)).toHaveCount(0)
  // the new node is in the file and selected
  const added = page.getByRole('treeitem', { name: 'sno-worker-0-node-0', exact: true })
  await expect(added).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByRole('heading', { name: 'Node sno-worker-0-node-0' })).toBeVisible()

  // now Undo is offered (with its key), Redo still not; Undo runs from here too
  await page.keyboard.press('F1')
  await search(page).fill('undo')
  await expect(option(page, 'Undo (Ctrl+Z)')).toBeVisible()
  await expect(option(page, /^Redo\b/)).toHaveCount(0)
  await search(page).press('Enter')
  await expect(added).toHaveCount(0)
  await page.keyboard.press('F1')
  await search(page).fill('redo')
  await expect(option(page, 'Redo (Ctrl+Shift+Z)')).toBeVisible()
  await search(page).fill('no such command at all')
  await expect(palette(page).getByRole('option')).toHaveCount(0)
  await expect(palette(page).getByText('No command matches.')).toBeVisible()
})

test('Ctrl+Shift+P opens it inside the YAML editor; arrows move, Escape gives focus back', async ({
  page,
}) => {
  await openApp(page)
  const yaml = page.getByRole('textbox', { name: 'SiteConfig YAML' })
  await yaml.focus()
  await expect(yaml).toBeFocused()
  await page.keyboard.press('Control+Shift+P')
  await expect(palette(page)).toBeVisible()
  await expect(search(page)).toBeFocused()
  const options = palette(page).getByRole('option')
  await expect(options.first()).toHaveAttribute('aria-selected', 'true')
  await search(page).press('ArrowDown')
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true')
  await expect(options.first()).toHaveAttribute('aria-selected', 'false')
  await search(page).press('ArrowUp')
  await search(page).press('ArrowUp')
  await expect(options.last()).toHaveAttribute('aria-selected', 'true')
  await search(page).press('Escape')
  await expect(palette(page)).toHaveCount(0)
  await expect(yaml).toBeFocused()

  // F1 in the editor is ours too, not Monaco's own palette
  await page.keyboard.press('F1')
  await expect(palette(page)).toBeVisible()
  await search(page).fill('show the diff')
  await search(page).press('Enter')
  await expect(page.getByRole('tab', { name: /Diff/ })).toHaveAttribute('aria-selected', 'true')
})
