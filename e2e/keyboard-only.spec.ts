import { expect, seedPath, test } from './support.ts'

// issue 13: a whole round trip without the mouse — open a file, reach a node, change a field, look at
// the Preview, apply a quick fix, review the Diff and download
test('open, edit, preview, fix, review and download with the keyboard only', async ({
  studio,
  page,
}) => {
  test.setTimeout(60_000)
  await studio.open()
  const { keyboard, palette, tabs, problems } = studio

  // open a file: the palette's Import… opens the file chooser
  const chooser = page.waitForEvent('filechooser')
  await palette.run('Import…')
  await (await chooser).setFiles(seedPath)
  await expect(studio.toolbar.notice).toHaveText('Imported seed-example.yaml.')

  // reach the first node: Tab into the navigator, arrows down the tree, Enter selects
  const site = studio.tree.items.first()
  await keyboard.tabTo(site)
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  const host = studio.field('spec.clusters.0.nodes.0.hostName')
  await expect(host.input).toBeVisible()

  // change a field
  await keyboard.tabTo(host.input)
  await page.keyboard.press('Control+A')
  await page.keyboard.type('kb-node.example.com')
  await expect.poll(() => studio.text()).toContain('hostName: "kb-node.example.com"')

  // the Preview, from the palette
  await palette.run('Show the Preview tab')
  await tabs.expectSelected('Preview')

  // a quick fix from the Problems list: Tab to it, Enter
  await palette.run('Show the Problems tab')
  await tabs.expectSelected('Problems')
  await keyboard.tabTo(problems.fix('Set mode 493 (0o755)'))
  await page.keyboard.press('Enter')
  await expect.poll(() => studio.text()).toContain('"mode": 493')

  // review: the Diff lists both changes
  await palette.run('Show the Diff tab')
  await expect(tabs.tab('Diff (changed)')).toHaveAttribute('aria-selected', 'true')
  await expect(studio.diff.summary).toContainText('kb-node.example.com')

  // download with Ctrl+S
  const file = await studio.toolbar.downloadWithKeys()
  expect(file.text).toContain('hostName: "kb-node.example.com"')
  expect(file.text).toContain('"mode": 493')
})
