import { readFileSync } from 'node:fs'
import { expect, seed, seedPath, test, upstream, upstreamFile } from './support.ts'

test('every fixture imported and downloaded unedited comes back byte for byte', async ({
  studio,
}) => {
  test.setTimeout(120_000)
  await studio.open()
  for (const f of [...upstream, { name: 'seed-example.yaml', path: seedPath }]) {
    const original = readFileSync(f.path)
    await studio.toolbar.import(f.path)
    await expect.poll(() => studio.yaml.text()).toBe(original.toString('utf8'))
    const got = await studio.toolbar.download()
    expect(got.bytes.equals(original), f.name).toBe(true)
  }
})

test('the download is named after metadata.name, and Ctrl+S downloads too', async ({ studio }) => {
  await studio.open()
  const first = await studio.toolbar.download()
  expect(first.name).toBe('example-5g-lab.yaml')
  expect(first.text).toBe(seed)
  await studio.field('metadata.name').fill('')
  const byKeys = await studio.toolbar.downloadWithKeys()
  expect(byKeys.name).toBe('siteconfig.yaml')
})

test('a refused import says what and where and leaves the document as it was', async ({
  studio,
}) => {
  // handing a 21 MB buffer to the file input takes most of the default 30 s on a busy machine
  test.setTimeout(90_000)
  await studio.open()
  await studio.field('spec.baseDomain').fill('work.in.progress')
  const before = await studio.text()
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
  const { notice } = studio.toolbar
  for (const [name, buffer, why] of cases) {
    await studio.toolbar.importRaw({ name, buffer })
    await expect(notice).toContainText(`Import of ${name} failed`)
    await expect(notice).toContainText(why)
    await expect(notice).toContainText('The document was not changed.')
    expect(await studio.text()).toBe(before)
    expect(await studio.yaml.text()).toBe(before)
  }
  await expect(studio.toolbar.undoButton).toBeEnabled()
})

test('dropping a file on the window imports it', async ({ studio }) => {
  await studio.open()
  const f = upstreamFile('example-3node.yaml')
  await studio.form.drop(f.name, f.text)
  await expect.poll(() => studio.text()).toBe(f.text)
  await expect.poll(() => studio.yaml.text()).toBe(f.text)
  await expect(studio.toolbar.undoButton).toBeDisabled()
})

test('pasting a whole SiteConfig into the YAML pane fills the forms and can be undone', async ({
  studio,
}) => {
  await studio.open()
  const f = upstreamFile('example-standard.yaml')
  await studio.yaml.pasteOverAll(f.text)
  await expect.poll(() => studio.text()).toBe(f.text)
  await expect(studio.tree.items).toHaveCount(7)
  await studio.toolbar.undo()
  await expect.poll(() => studio.yaml.text()).toBe(seed)
})
