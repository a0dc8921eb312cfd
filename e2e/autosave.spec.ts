import { writeFileSync } from 'node:fs'
import { expect, seed, test } from './support.ts'

/** The seed's cluster with `nodes` nodes, each with its own host name and MACs. */
function manyNodes(nodes: number): string {
  const lines = seed.split('\n')
  const at = lines.findIndex((l) => l.startsWith('      - hostName:'))
  const node = lines.slice(at).join('\n').trimEnd()
  const mac = (i: number, k: number) =>
    `02:${k}0:${[i >> 16, (i >> 8) & 255, i & 255].map((b) => b.toString(16).padStart(2, '0')).join(':')}`
  const copies = Array.from({ length: nodes }, (_, i) =>
    node
      .replace(/snonode\.sno-worker-0/, `node-${i}.sno-worker-0`)
      .replace('e4:43:4b:bd:90:46', mac(i, 1))
      .replaceAll('AA:BB:CC:11:22:33', mac(i, 2)),
  )
  return `${lines.slice(0, at).join('\n')}\n${copies.join('\n')}\n`
}

test('reloading the page restores the work, even YAML that does not parse yet', async ({
  studio,
  page,
}) => {
  await studio.open()
  const { notice } = studio.toolbar
  const domain = studio.field('spec.baseDomain')
  await expect(notice).not.toContainText('Restored') // a first visit
  await domain.fill('saved.example.com')
  await expect.poll(() => studio.text()).toContain('saved.example.com')
  await studio.autosave.waitForSave(0)
  // the restore is read before the first render: the seed's value never shows, not even briefly
  const shown = await studio.recordValues('spec.baseDomain')
  await studio.reopen()
  await domain.expectValue('saved.example.com')
  expect(await shown()).toEqual(['saved.example.com'])
  expect(await studio.yaml.text()).toContain('baseDomain: "saved.example.com"')
  await expect(notice).toHaveText(/^Restored your work from \d\d:\d\d\.$/)

  const broken = (await studio.text()) + 'oops: [\n'
  await studio.yaml.replaceAll(broken)
  const banner = page.getByRole('alert').filter({ hasText: 'does not parse' })
  await expect(banner).toBeVisible()
  await studio.autosave.waitForSave(0)
  await studio.reopen()
  expect(await studio.yaml.text()).toBe(broken)
  await expect(banner).toBeVisible()
})

test('a 6 MB document imported through the file input keeps its edit over a reload', async ({
  studio,
}, info) => {
  test.setTimeout(180_000)
  const big = manyNodes(1500)
  expect(big.length).toBeGreaterThan(6_000_000)
  const path = info.outputPath('six-mb.yaml')
  writeFileSync(path, big)
  await studio.open()
  await studio.toolbar.import(path, 60_000)
  await studio.autosave.waitForSave(0)
  const before = await studio.autosave.saves()
  // a selection change is not a change of the document: nothing is written
  await studio.selectCluster('sno-worker-0')
  await studio.selectSite()
  await studio.field('spec.baseDomain').fill('six.example.com')
  await expect
    .poll(() => studio.text(), { timeout: 60_000 })
    .toContain('baseDomain: "six.example.com"')
  await studio.autosave.waitForSave(before)
  expect(await studio.autosave.saves()).toBe(before + 1)
  await studio.reopen()
  await studio.field('spec.baseDomain').expectValue('six.example.com')
  expect((await studio.text()).length).toBeGreaterThan(6_000_000)
  await expect(studio.toolbar.fileName).toHaveText('six-mb.yaml')
})

test('Start over asks first, then discards the saved work and opens the seed example', async ({
  studio,
}) => {
  await studio.open()
  const domain = studio.field('spec.baseDomain')
  await domain.fill('gone.example.com')
  await studio.autosave.waitForSave(0)
  const dialog = await studio.toolbar.openStartOver()
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await domain.expectValue('gone.example.com')
  await studio.toolbar.openStartOver()
  await dialog.getByRole('button', { name: 'Discard and start over' }).click()
  await expect.poll(() => studio.yaml.text()).toBe(seed)
  await expect(studio.autosave.marker).toHaveText('')
  await studio.reopen()
  expect(await studio.yaml.text()).toBe(seed)
  await expect(studio.toolbar.notice).not.toContainText('Restored')
})
