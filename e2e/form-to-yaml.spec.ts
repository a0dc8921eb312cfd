import { ALLOWED_INSTALLER_FLAGS } from '../src/core/codecs/installerArgs.ts'
import { changedLines, expect, lineOf, seed, test } from './support.ts'

test('editing the cluster name in the form changes exactly that YAML line', async ({ studio }) => {
  await studio.open()
  await studio.selectCluster('sno-worker-0')
  const name = studio.field('spec.clusters.0.clusterName')
  await name.expectValue('sno-worker-0')
  // put the YAML cursor somewhere first: a form edit must not move it
  const cursor = await studio.yaml.placeCursor('"name": "precache-ocp-images.service"', '"name"')
  await name.fill('sno-worker-9')
  await expect.poll(() => studio.yaml.text()).toContain('clusterName: "sno-worker-9"')
  const text = await studio.yaml.text()
  expect(changedLines(seed, text)).toEqual([lineOf(seed, 'clusterName: "sno-worker-0"')])
  expect(await studio.text()).toBe(text)
  expect(await studio.yaml.cursor()).toEqual(cursor)
  await expect(studio.tree.item('sno-worker-9')).toBeVisible()
})

test('an absent field is written only when filled, and a list item is added in place', async ({
  studio,
  page,
}) => {
  await studio.open()
  await studio.selectCluster('sno-worker-0')
  const proxy = studio.field('spec.clusters.0.proxy.httpProxy')
  await expect(proxy.input).toBeHidden()
  expect(await studio.yaml.text()).toBe(seed)
  await studio.form.openGroup('Proxy')
  await proxy.fill('http://proxy.example.com:3128')
  await expect
    .poll(() => studio.yaml.text())
    .toContain('    proxy:\n      httpProxy: http://proxy.example.com:3128\n    nodes:')
  await studio.form.addButton('Additional NTP sources').click()
  await studio.field('spec.clusters.0.additionalNTPSources.1').fill('ntp2.example.com')
  await expect
    .poll(() => studio.yaml.text())
    .toContain(
      '    additionalNTPSources:\n      - clock.corp.redhat.com\n      - "ntp2.example.com"\n',
    )
  await page.getByRole('combobox', { name: 'CPU partitioning' }).selectOption('AllNodes')
  await expect.poll(() => studio.yaml.text()).toContain('cpuPartitioningMode: AllNodes')
})

test('navigator adds, duplicates, reorders and removes nodes, each one undo step', async ({
  studio,
}) => {
  await studio.open()
  const { tree, toolbar } = studio
  await studio.selectCluster('sno-worker-0')
  await tree.act('Add node')
  await expect(tree.items).toHaveCount(4)
  await expect(studio.field('spec.clusters.0.nodes.1.hostName').input).toBeVisible()
  await tree.act('Move up')
  await expect(tree.items.nth(2)).toHaveAttribute('aria-selected', 'true')
  await tree.act('Duplicate node')
  await expect(tree.items).toHaveCount(5)
  await tree.act('Remove node')
  await expect(tree.items).toHaveCount(4)
  await toolbar.undo(3)
  await expect(tree.items).toHaveCount(4)
  await toolbar.undo()
  await expect.poll(() => studio.yaml.text()).toBe(seed)
  await expect(toolbar.undoButton).toBeDisabled()
})

test('the tree is keyboard reachable', async ({ studio, page }) => {
  await studio.open()
  await studio.tree.item('example-5g-lab').focus()
  await page.keyboard.press('ArrowDown')
  await expect(studio.form.heading('Cluster sno-worker-0')).toBeVisible()
  await page.keyboard.press('ArrowDown')
  await expect(studio.form.heading(/^Node snonode/)).toBeVisible()
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.press('ArrowLeft')
  await expect(studio.tree.item(/^snonode/)).toBeHidden()
  await page.keyboard.press('ArrowRight')
  await expect(studio.tree.item(/^snonode/)).toBeVisible()
})

test('JSON fields in the form keep the file layout: one changed member, one changed line', async ({
  studio,
}) => {
  await studio.open()
  await studio.selectCluster('sno-worker-0')
  const ign = studio.field('spec.clusters.0.ignitionConfigOverride')
  const folded = await ign.value()
  expect(folded).toContain('"version": "3.1.0"')
  await ign.fill(folded.replace('"version": "3.1.0"', '"version": "3.2.0"'))
  const version = lineOf(seed, '"version": "3.1.0"', { after: 'ignitionConfigOverride:' })
  await expect.poll(async () => changedLines(seed, await studio.yaml.text())).toEqual([version])

  await studio.selectNode('sno-worker-0', /^snonode/)
  await studio.field('spec.clusters.0.nodes.0.installerArgs.1').fill('cache')
  const args = lineOf(seed, 'installerArgs:')
  await expect
    .poll(async () => changedLines(seed, await studio.yaml.text()))
    .toEqual([version, args])
  expect(await studio.yaml.text()).toContain(`installerArgs: '["--save-partlabel", "cache"]'`)
})

test('a YAML-valued field (nmstate config) is written as a minimal edit, only while it parses', async ({
  studio,
  page,
}) => {
  await studio.open()
  await studio.selectNode('sno-worker-0', /^snonode/)
  const cfg = studio.field('spec.clusters.0.nodes.0.nodeNetwork.config')
  const draft = await cfg.value()
  expect(draft).toContain('dhcp: true')
  await cfg.fill(draft.replace('dhcp: true', 'dhcp: [true'))
  await expect(page.getByText(/^Not valid YAML at line \d+, column \d+/)).toBeVisible()
  expect(await studio.yaml.text()).toBe(seed)
  await cfg.fill(draft.replace('dhcp: true', 'dhcp: false'))
  await expect
    .poll(async () => changedLines(seed, await studio.yaml.text()))
    .toEqual([lineOf(seed, 'dhcp: true')])
})

test('installerArgs is edited as flag/value rows from the allow-list', async ({ studio, page }) => {
  await studio.open()
  await studio.selectNode('sno-worker-0', /^snonode/)
  const group = page.getByRole('group', { name: 'Installer args' })
  const flag1 = group.getByRole('combobox', { name: 'Flag 1' })
  await expect(flag1).toHaveValue('--save-partlabel')
  const flags = await flag1.getByRole('option').allTextContents()
  expect(flags).toEqual([...ALLOWED_INSTALLER_FLAGS])
  await group.getByRole('button', { name: 'Add argument' }).click()
  await group.getByRole('combobox', { name: 'Flag 2' }).selectOption('--append-karg')
  await group.getByRole('textbox', { name: 'Value 2' }).fill('ip=dhcp')
  await group.getByRole('button', { name: 'Add argument' }).click()
  await group.getByRole('combobox', { name: 'Flag 3' }).selectOption('-n')
  await expect(group.getByRole('textbox', { name: 'Value 3' })).toBeDisabled()
  await expect
    .poll(() => studio.yaml.text())
    .toContain(`installerArgs: '["--save-partlabel", "data", "--append-karg", "ip=dhcp", "-n"]'`)
  await group.getByRole('button', { name: 'Remove argument 2' }).click()
  await expect
    .poll(() => studio.yaml.text())
    .toContain(`installerArgs: '["--save-partlabel", "data", "-n"]'`)
})
