import { readFileSync } from 'node:fs'
import {
  FIXTURES,
  expect,
  openApp,
  seed,
  storeText,
  test,
  upstream,
  monacoText,
} from './support.ts'
import type { Page } from '@playwright/test'

async function download(page: Page): Promise<{ name: string; bytes: Buffer }> {
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download YAML' }).click(),
  ])
  return { name: dl.suggestedFilename(), bytes: readFileSync((await dl.path())!) }
}

test('every fixture imported and downloaded unedited comes back byte for byte', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await openApp(page)
  const input = page.getByLabel('Import SiteConfig file')
  const seedFile = {
    name: 'seed-example.yaml',
    path: new URL('seed-example.yaml', FIXTURES).pathname,
  }
  for (const f of [...upstream, seedFile]) {
    const original = readFileSync(f.path)
    await input.setInputFiles(f.path)
    await expect(page.getByTestId('notice')).toHaveText(`Imported ${f.name}.`)
    await expect.poll(() => monacoText(page)).toBe(original.toString('utf8'))
    const got = await download(page)
    expect(got.bytes.equals(original), f.name).toBe(true)
  }
})

test('the download is named after metadata.name, and Ctrl+S downloads too', async ({ page }) => {
  await openApp(page)
  const first = await download(page)
  expect(first.name).toBe('example-5g-lab.yaml')
  expect(first.bytes.toString('utf8')).toBe(seed)
  await page.locator('[name="metadata.name"]').fill('')
  const [dl] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+s')])
  expect(dl.suggestedFilename()).toBe('siteconfig.yaml')
})

test('a refused import says what and where and leaves the document as it was', async ({ page }) => {
  // handing a 21 MB buffer to the file input takes most of the default 30 s on a busy machine
  test.setTimeout(90_000)
  await openApp(page)
  await page.locator('[name="spec.baseDomain"]').fill('work.in.progress')
  const before = await storeText(page)
  const input = page.getByLabel('Import SiteConfig file')
  const cases: Array<[string, Buffer, RegExp]> = [
    [
      'broken.yaml',
      Buffer.from('apiVersion: ran.openshift.io/v1\nspec:\n  clusters: [\n'),
      /line \d+, column \d+/,
    ],
    [
      'image.png',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]),
      /binary file \(NUL byte at offset 4\)/,
    ],
    [
      'deploy.yaml',
      Buffer.from('apiVersion: apps/v1\nkind: Deployment\n'),
      /not a SiteConfig: the file holds a Deployment/,
    ],
    ['latin1.yaml', Buffer.from([0x61, 0x3a, 0x20, 0xe9, 0x0a]), /not UTF-8/],
    ['empty.yaml', Buffer.from(''), /empty/],
    ['huge.yaml', Buffer.alloc(21 * 1024 * 1024, 0x20), /up to 10 MB/],
  ]
  for (const [name, buffer, why] of cases) {
    await input.setInputFiles({ name, mimeType: 'application/yaml', buffer })
    const notice = page.getByTestId('notice')
    await expect(notice).toContainText(`Import of ${name} failed`)
    await expect(notice).toContainText(why)
    await expect(notice).toContainText('The document was not changed.')
    expect(await storeText(page)).toBe(before)
    expect(await monacoText(page)).toBe(before)
  }
  await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled()
})

test('dropping a file on the window imports it', async ({ page }) => {
  await openApp(page)
  const f = upstream.find((u) => u.name.includes('example-3node'))!
  const text = readFileSync(f.path, 'utf8')
  const dt = await page.evaluateHandle(
    ([t, n]) => {
      const d = new DataTransfer()
      d.items.add(new File([t], n, { type: 'application/yaml' }))
      return d
    },
    [text, f.name] as const,
  )
  await page.dispatchEvent('.form-pane', 'drop', { dataTransfer: dt })
  await expect.poll(() => storeText(page)).toBe(text)
  await expect.poll(() => monacoText(page)).toBe(text)
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled()
})

test('pasting a whole SiteConfig into the YAML pane fills the forms and can be undone', async ({
  page,
}) => {
  await openApp(page)
  const f = upstream.find((u) => u.name.includes('example-standard'))!
  const text = readFileSync(f.path, 'utf8')
  await page.evaluate(() => {
    const { editor } = window.__studioMonaco!
    editor.focus()
    editor.setSelection(editor.getModel()!.getFullModelRange())
  })
  await page.evaluate((t) => navigator.clipboard.writeText(t), text)
  await page.keyboard.press('Control+v')
  await expect.poll(() => storeText(page)).toBe(text)
  await expect(page.getByRole('tree').getByRole('treeitem')).toHaveCount(7)
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect.poll(() => monacoText(page)).toBe(seed)
})
