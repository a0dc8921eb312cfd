import { ALLOWED_INSTALLER_FLAGS } from '../src/core/codecs/installerArgs.ts'
import { changedLines, expect, monacoText, openApp, seed, storeText, test } from './support.ts'

test('editing the cluster name in the form changes exactly that YAML line', async ({ page }) => {
  await openApp(page)
  await page.getByRole('treeitem', { name: 'sno-worker-0', exact: true }).click()
  const input = page.locator('[name="spec.clusters.0.clusterName"]')
  await expect(input).toHaveValue('sno-worker-0')
  // put the YAML cursor somewhere first: a form edit must not move it
  await page.evaluate(() =>
    window.__studioMonaco!.editor.setPosition({ lineNumber: 100, column: 5 }),
  )
  await input.fill('sno-worker-9')
  await expect.poll(() => monacoText(page)).toContain('clusterName: "sno-worker-9"')
  const text = await monacoText(page)
  expect(changedLines(seed, text)).toEqual([13])
  expect(await storeText(page)).toBe(text)
  expect(await page.evaluate(() => window.__studioMonaco!.editor.getPosition())).toMatchObject({
    lineNumber: 100,
    column: 5,
  })
  await expect(page.getByRole('treeitem', { name: 'sno-worker-9', exact: true })).toBeVisible()
})

test('an absent field is written only when filled, and a list item is added in place', async ({
  page,
}) => {
  await openApp(page)
  await page.getByRole('treeitem', { name: 'sno-worker-0', exact: true }).click()
  await page.locator('[name="spec.clusters.0.proxy.httpProxy"]').isHidden()
  expect(await monacoText(page)).toBe(seed)
  await page.locator('summary', { hasText: /^Proxy/ }).click()
  await page
    .locator('[name="spec.clusters.0.proxy.httpProxy"]')
    .fill('http://proxy.example.com:3128')
  await expect
    .poll(() => monacoText(page))
    .toContain('    proxy:\n      httpProxy: http://proxy.example.com:3128\n    nodes:')
  await page.getByRole('button', { name: 'Add: Additional NTP sources' }).click()
  await page.locator('[name="spec.clusters.0.additionalNTPSources.1"]').fill('ntp2.example.com')
  await expect
    .poll(() => monacoText(page))
    .toContain(
      '    additionalNTPSources:\n      - clock.corp.redhat.com\n      - "ntp2.example.com"\n',
    )
  await page.getByRole('combobox', { name: 'CPU partitioning' }).selectOption('AllNodes')
  await expect.poll(() => monacoText(page)).toContain('cpuPartitioningMode: AllNodes')
})

test('navigator adds, duplicates, reorders and removes nodes, each one undo step', async ({
  page,
}) => {
  await openApp(page)
  await page.getByRole('treeitem', { name: 'sno-worker-0', exact: true }).click()
  await page.getByRole('button', { name: 'Add node' }).click()
  const tree = page.getByRole('tree')
  await expect(tree.getByRole('treeitem')).toHaveCount(4)
  await expect(page.locator('[name="spec.clusters.0.nodes.1.hostName"]')).toBeVisible()
  await page.getByRole('button', { name: 'Move up' }).click()
  await expect(tree.getByRole('treeitem').nth(2)).toHaveAttribute('aria-selected', 'true')
  await page.getByRole('button', { name: 'Duplicate node' }).click()
  await expect(tree.getByRole('treeitem')).toHaveCount(5)
  await page.getByRole('button', { name: 'Remove node' }).click()
  await expect(tree.getByRole('treeitem')).toHaveCount(4)
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Undo' }).click()
  await expect(tree.getByRole('treeitem')).toHaveCount(4)
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect.poll(() => monacoText(page)).toBe(seed)
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled()
})

test('the tree is keyboard reachable', async ({ page }) => {
  await openApp(page)
  await page.getByRole('treeitem', { name: 'example-5g-lab' }).focus()
  await page.keyboard.press('ArrowDown')
  await expect(page.getByRole('heading', { name: 'Cluster sno-worker-0' })).toBeVisible()
  await page.keyboard.press('ArrowDown')
  await expect(page.getByRole('heading', { name: /^Node snonode/ })).toBeVisible()
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.press('ArrowLeft')
  await expect(page.getByRole('treeitem', { name: /^snonode/ })).toBeHidden()
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('treeitem', { name: /^snonode/ })).toBeVisible()
})

test('JSON fields in the form keep the file layout: one changed member, one changed line', async ({
  page,
}) => {
  await openApp(page)
  await page.getByRole('treeitem', { name: 'sno-worker-0', exact: true }).click()
  const ign = page.locator('[name="spec.clusters.0.ignitionConfigOverride"]')
  const folded = await ign.inputValue()
  expect(folded).toContain('"version": "3.1.0"')
  await ign.fill(folded.replace('"version": "3.1.0"', '"version": "3.2.0"'))
  await expect.poll(async () => changedLines(seed, await monacoText(page))).toEqual([33])

  await page.getByRole('treeitem', { name: /^snonode/ }).click()
  await page.locator('[name="spec.clusters.0.nodes.0.installerArgs.1"]').fill('cache')
  await expect.poll(async () => changedLines(seed, await monacoText(page))).toEqual([33, 86])
  expect(await monacoText(page)).toContain(`installerArgs: '["--save-partlabel", "cache"]'`)
})

test('a YAML-valued field (nmstate config) is written as a minimal edit, only while it parses', async ({
  page,
}) => {
  await openApp(page)
  await page.getByRole('treeitem', { name: /^snonode/ }).click()
  const cfg = page.locator('[name="spec.clusters.0.nodes.0.nodeNetwork.config"]')
  const draft = await cfg.inputValue()
  expect(draft).toContain('dhcp: true')
  await cfg.fill(draft.replace('dhcp: true', 'dhcp: [true'))
  await expect(page.getByText(/^Not valid YAML at line \d+, column \d+/)).toBeVisible()
  expect(await monacoText(page)).toBe(seed)
  await cfg.fill(draft.replace('dhcp: true', 'dhcp: false'))
  await expect.poll(async () => changedLines(seed, await monacoText(page))).toEqual([131])
})

test('installerArgs is edited as flag/value rows from the allow-list', async ({ page }) => {
  await openApp(page)
  await page.getByRole('treeitem', { name: /^snonode/ }).click()
  const group = page.getByRole('group', { name: 'Installer args' })
  await expect(group.getByRole('combobox', { name: 'Flag 1' })).toHaveValue('--save-partlabel')
  const flags = await group
    .getByRole('combobox', { name: 'Flag 1' })
    .locator('option')
    .allTextContents()
  expect(flags).toEqual([...ALLOWED_INSTALLER_FLAGS])
  await group.getByRole('button', { name: 'Add argument' }).click()
  await group.getByRole('combobox', { name: 'Flag 2' }).selectOption('--append-karg')
  await group.getByRole('textbox', { name: 'Value 2' }).fill('ip=dhcp')
  await group.getByRole('button', { name: 'Add argument' }).click()
  await group.getByRole('combobox', { name: 'Flag 3' }).selectOption('-n')
  await expect(group.getByRole('textbox', { name: 'Value 3' })).toBeDisabled()
  await expect
    .poll(() => monacoText(page))
    .toContain(`installerArgs: '["--save-partlabel", "data", "--append-karg", "ip=dhcp", "-n"]'`)
  await group.getByRole('button', { name: 'Remove argument 2' }).click()
  await expect
    .poll(() => monacoText(page))
    .toContain(`installerArgs: '["--save-partlabel", "data", "-n"]'`)
})
