import { readFileSync } from 'node:fs'
import { expect, monacoText, openApp, seed, test } from './support.ts'

const template = (f: string) =>
  readFileSync(new URL(`../src/templates/${f}`, import.meta.url), 'utf8')

const cases = [
  {
    radio: /Documentation example/,
    text: seed,
    tree: ['example-5g-lab', 'sno-worker-0'],
    nodes: 1,
  },
  {
    radio: /Bare single-node/,
    text: template('bare-sno.yaml'),
    tree: ['example-sno', 'sno1'],
    nodes: 1,
  },
  {
    radio: /3-node compact/,
    text: template('compact-3node.yaml'),
    tree: ['example-compact', 'compact1'],
    nodes: 3,
  },
  {
    radio: /Standard cluster/,
    text: template('standard.yaml'),
    tree: ['example-standard', 'standard1'],
    nodes: 5,
  },
]

for (const c of cases)
  test(`New → ${c.radio.source} opens that template with no errors`, async ({ page }) => {
    await openApp(page)
    await page.getByRole('button', { name: 'New' }).click()
    const dialog = page.getByRole('dialog', { name: 'New SiteConfig' })
    await dialog.getByRole('radio', { name: c.radio }).check()
    await dialog.getByRole('button', { name: 'Create' }).click()
    await expect(dialog).toBeHidden()
    await expect.poll(() => monacoText(page)).toBe(c.text)
    for (const name of c.tree)
      await expect(page.getByRole('treeitem', { name, exact: true })).toBeVisible()
    await expect(page.getByRole('treeitem')).toHaveCount(2 + c.nodes)
    await expect(page.getByTestId('problems.summary')).toHaveText(/^0 errors/)
  })

test('New warns before replacing edited work, and Cancel keeps it', async ({ page }) => {
  await openApp(page)
  await page.locator('[name="spec.baseDomain"]').fill('keep.example.com')
  await page.getByRole('button', { name: 'New' }).click()
  const dialog = page.getByRole('dialog', { name: 'New SiteConfig' })
  await expect(dialog).toContainText('has changes since it was opened')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.locator('[name="spec.baseDomain"]')).toHaveValue('keep.example.com')
})
