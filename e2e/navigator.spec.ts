import { expect } from '@playwright/test'
import { test } from './support.ts'

test('a tree row is named by its visible text, error and warning counts included', async ({
  studio,
}) => {
  await studio.open()
  const cluster = studio.tree.item('sno-worker-0')
  // axe's label-content-name-mismatch: no aria-label that differs from what the row shows
  await expect(cluster).not.toHaveAttribute('aria-label')
  await expect(cluster).toHaveAccessibleName(/^sno-worker-0 · 1 node( \d+ (error|warning)s?)*$/)
  const counted = studio.tree.root.getByRole('img', { name: /^\d+ warnings?$/ })
  await expect(counted.first()).toBeVisible()
})

test('the structure buttons name what they act on and keep their tooltips', async ({ studio }) => {
  await studio.open()
  await studio.selectNode(0, 0)
  const bar = studio.page.getByRole('toolbar', { name: 'Structure' })
  await expect(bar.getByRole('button', { name: 'Duplicate node' })).toContainText('Duplicate')
  await expect(bar.getByRole('button', { name: 'Remove node' })).toContainText('Remove')
  await bar.getByRole('button', { name: 'Move down' }).hover()
  await expect(studio.page.getByRole('tooltip')).toHaveText('Move down')
})
