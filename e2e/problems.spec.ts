import { readFileSync } from 'node:fs'
import {
  FIXTURES,
  changedLines,
  expect,
  monacoText,
  openApp,
  seed,
  storeText,
  test,
  typeIntoMonaco,
  saves,
  waitForSave,
} from './support.ts'

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
  await page.getByRole('checkbox', { name: /Info/ }).uncheck()
  // the MAC, and the seed's three decimal modes (755: errors, as the rule catalogue has them)
  // each with its quick-fix button
  await expect(list.getByRole('button')).toHaveCount(7)
  await entry.click()
  await expect(page.getByRole('heading', { name: /^Node snonode/ })).toBeVisible()
  await expect(mac).toBeFocused()
  await expect(page.getByTestId('problems.summary')).toHaveText('4 errors, 9 warnings')

  // a MAC in dash form: the field offers the colon form; the fix is one undo step
  await mac.fill('e4-43-4b-bd-90-46')
  await mac.blur()
  const dashed = seed.replace('"e4:43:4b:bd:90:46"', '"e4-43-4b-bd-90-46"')
  await expect.poll(() => storeText(page)).toBe(dashed)
  await under.getByRole('button', { name: 'Fix: Write e4:43:4b:bd:90:46' }).click()
  await expect.poll(() => storeText(page)).toBe(seed)
  await expect(under).not.toContainText('not valid MAC address')
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect.poll(() => storeText(page)).toBe(dashed)
})

test('quick fixes from the Problems list and under the field are one undo step each', async ({
  page,
}) => {
  await openApp(page)
  const uefi = seed.replace('bootMode: "UEFI"', 'bootMode: "uefi"')
  await typeIntoMonaco(page, uefi)
  await expect.poll(() => storeText(page)).toBe(uefi)
  await page.getByRole('tab', { name: 'Problems' }).click()
  const list = page.getByRole('list', { name: 'Problems' })
  await list.getByRole('button', { name: 'Fix: Set mode 493 (0o755)' }).first().click()
  await expect.poll(async () => changedLines(uefi, await storeText(page))).toEqual([54])
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect.poll(() => storeText(page)).toBe(uefi)
  // the undone text's findings are back (its mode finding with them) before the list is used
  await expect(
    list.getByRole('button', { name: 'Fix: Set mode 493 (0o755)' }).first(),
  ).toBeVisible()

  // sent to the field from the list, the finding and its fix show under it
  await list.getByRole('button').filter({ hasText: 'node-boot-mode' }).click()
  const field = page
    .locator('.field')
    .filter({ has: page.locator('[name="spec.clusters.0.nodes.0.bootMode"]') })
  await field.getByRole('button', { name: 'Fix: Use UEFI' }).click()
  await expect.poll(() => storeText(page)).toBe(seed)
  expect(await monacoText(page)).toBe(seed)
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect.poll(() => storeText(page)).toBe(uefi)
})

test('the YAML pane offers the same quick fix on the marker (Ctrl+.)', async ({ page }) => {
  await openApp(page)
  await expect(page.getByTestId('problems.summary')).toHaveText('3 errors, 10 warnings')
  await page.evaluate(() => {
    const { editor } = window.__studioMonaco!
    editor.focus()
    editor.setPosition({ lineNumber: 54, column: 18 })
  })
  await page.keyboard.press('Control+.')
  const action = page.locator('.action-widget').getByText('Fix: Set mode 493 (0o755)')
  await expect(action).toBeVisible()
  await action.click()
  await expect.poll(async () => changedLines(seed, await storeText(page))).toEqual([54])
  await page.keyboard.press('Control+z')
  await expect.poll(() => storeText(page)).toBe(seed)
})

test('a target release reports fields it would ignore, and is remembered', async ({ page }) => {
  await openApp(page)
  const sno = readFileSync(
    new URL(
      'upstream/openshift-kni__cnf-features-deploy__ztp__gitops-subscriptions__argocd__example__siteconfig__example-sno.yaml',
      FIXTURES,
    ),
    'utf8',
  )
  const before = await saves(page)
  await typeIntoMonaco(page, sno)
  await page.getByRole('tab', { name: 'Problems' }).click()
  const list = page.getByRole('list', { name: 'Problems' })
  const release = list.getByRole('button').filter({ hasText: 'site-field-release' })
  await expect(list.getByRole('button').first()).toBeVisible()
  await expect(release).toHaveCount(0)
  await page.getByLabel('Target release').selectOption('4.12')
  await expect(release).toHaveCount(1)
  await expect(release).toContainText('cpuPartitioningMode needs release 4.13+')
  // the document comes back from autosave: its write must have landed before the reload
  await waitForSave(page, before)
  await page.reload()
  await page.getByRole('tab', { name: 'Problems' }).click()
  await expect(page.getByLabel('Target release')).toHaveValue('4.12')
  await expect(release).toHaveCount(1)
  await page.getByLabel('Target release').selectOption('')
  await expect(release).toHaveCount(0)
})
