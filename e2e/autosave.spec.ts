import { writeFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import {
  expect,
  monacoText,
  openApp,
  saves,
  seed,
  storeText,
  test,
  typeIntoMonaco,
  waitForSave,
} from './support.ts'

/** Opens the app again, as a reload would, leaving past the "unsaved changes" prompt. */
async function reload(page: Page): Promise<void> {
  page.once('dialog', (d) => void d.accept())
  await openApp(page)
}

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
  page,
}) => {
  await openApp(page)
  await expect(page.getByTestId('notice')).not.toContainText('Restored') // a first visit
  await page.locator('[name="spec.baseDomain"]').fill('saved.example.com')
  await expect.poll(() => storeText(page)).toContain('saved.example.com')
  await waitForSave(page, 0)
  // the restore is read before the first render: the seed's value never shows, not even briefly
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { seenDomains: string[] }).seenDomains = [])
    new MutationObserver(() => {
      const v = document.querySelector<HTMLInputElement>('[name="spec.baseDomain"]')?.value
      if (v !== undefined && seen.at(-1) !== v) seen.push(v)
    }).observe(document, { subtree: true, childList: true, attributes: true })
  })
  await reload(page)
  await expect(page.locator('[name="spec.baseDomain"]')).toHaveValue('saved.example.com')
  expect(
    await page.evaluate(() => (window as unknown as { seenDomains: string[] }).seenDomains),
  ).toEqual(['saved.example.com'])
  expect(await monacoText(page)).toContain('baseDomain: "saved.example.com"')
  await expect(page.getByTestId('notice')).toHaveText(/^Restored your work from \d\d:\d\d\.$/)

  const broken = (await storeText(page)) + 'oops: [\n'
  await typeIntoMonaco(page, broken)
  await expect(page.getByRole('alert').filter({ hasText: 'does not parse' })).toBeVisible()
  await waitForSave(page, 0)
  await reload(page)
  expect(await monacoText(page)).toBe(broken)
  await expect(page.getByRole('alert').filter({ hasText: 'does not parse' })).toBeVisible()
})

test('a 6 MB document imported through the file input keeps its edit over a reload', async ({
  page,
}, info) => {
  test.setTimeout(180_000)
  const big = manyNodes(1500)
  expect(big.length).toBeGreaterThan(6_000_000)
  const path = info.outputPath('six-mb.yaml')
  writeFileSync(path, big)
  await openApp(page)
  await page.getByLabel('Import SiteConfig file').setInputFiles(path)
  await expect(page.getByTestId('notice')).toHaveText('Imported six-mb.yaml.', { timeout: 60_000 })
  await waitForSave(page, 0)
  const before = await saves(page)
  // a selection change is not a change of the document: nothing is written
  await page.getByRole('treeitem', { name: 'sno-worker-0', exact: true }).click()
  await page.getByRole('treeitem', { name: 'example-5g-lab', exact: true }).click()
  await page.locator('[name="spec.baseDomain"]').fill('six.example.com')
  await expect
    .poll(() => storeText(page), { timeout: 60_000 })
    .toContain('baseDomain: "six.example.com"')
  await waitForSave(page, before)
  expect(await saves(page)).toBe(before + 1)
  await reload(page)
  await expect(page.locator('[name="spec.baseDomain"]')).toHaveValue('six.example.com')
  expect((await storeText(page)).length).toBeGreaterThan(6_000_000)
  await expect(page.locator('.file-name')).toHaveText('six-mb.yaml')
})

test('Start over asks first, then discards the saved work and opens the seed example', async ({
  page,
}) => {
  await openApp(page)
  await page.locator('[name="spec.baseDomain"]').fill('gone.example.com')
  await waitForSave(page, 0)
  await page.getByRole('button', { name: 'Start over' }).click()
  const dialog = page.getByRole('dialog', { name: 'Start over?' })
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(page.locator('[name="spec.baseDomain"]')).toHaveValue('gone.example.com')
  await page.getByRole('button', { name: 'Start over' }).click()
  await dialog.getByRole('button', { name: 'Discard and start over' }).click()
  await expect.poll(() => monacoText(page)).toBe(seed)
  await expect(page.getByTestId('autosave')).toHaveText('')
  await reload(page)
  expect(await monacoText(page)).toBe(seed)
  await expect(page.getByTestId('notice')).not.toContainText('Restored')
})
