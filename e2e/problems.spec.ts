import { expect, openApp, test } from './support.ts'

test('a broken MAC shows under the field, in Problems and as a marker; a click goes to the field', async ({
  page,
}) => {
  await openApp(page)
  await page.getByRole('treeitem', { name: /^snonode/ }).click()
  const mac = page.locator('[name="spec.clusters.0.nodes.0.bootMACAddress"]')
  await expect(page.getByText('is not valid MAC address')).toHaveCount(0)
  await mac.fill('e4:43:4b:bd:90')
  const under = page.locator('.field').filter({ has: mac }).locator('.field-problems')
  await expect(under).toContainText('Value "e4:43:4b:bd:90" is not valid MAC address.')

  await expect
    .poll(() =>
      page.evaluate(() => {
        const { monaco, editor } = window.__studioMonaco!
        return monaco.editor
          .getModelMarkers({ resource: editor.getModel()!.uri })
          .filter((m) => m.code === 'net-mac-format')
          .map((m) => [m.startLineNumber, m.severity])
      }),
    )
    .toEqual([[82, 8]])

  await page.getByRole('treeitem', { name: 'example-5g-lab' }).click()
  await page.getByRole('tab', { name: 'Problems' }).click()
  const list = page.getByRole('list', { name: 'Problems' })
  const entry = list.getByRole('button').filter({ hasText: 'net-mac-format' })
  await expect(entry).toContainText('82:')
  await page.getByRole('checkbox', { name: /Warnings/ }).uncheck()
  await expect(list.getByRole('button')).toHaveCount(1)
  await entry.click()
  await expect(page.getByRole('heading', { name: /^Node snonode/ })).toBeVisible()
  await expect(mac).toBeFocused()
  await expect(page.getByTestId('problems.summary')).toHaveText('1 error, 3 warnings')
})
