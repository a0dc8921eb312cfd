import { changedLines, expect, lineOf, seed, test, upstreamFile } from './support.ts'

const modeLine = (text: string) =>
  lineOf(text, '"mode": 755', { after: '"path": "/usr/local/bin/extract-ai.sh"' })

test('a broken MAC shows under the field, in Problems and as a marker; a click goes to the field', async ({
  studio,
  page,
}) => {
  await studio.open()
  await studio.selectNode('sno-worker-0', /^snonode/)
  const mac = studio.field('spec.clusters.0.nodes.0.bootMACAddress')
  const macLine = lineOf(seed, 'bootMACAddress:')
  await expect(page.getByText('is not valid MAC address')).toHaveCount(0)
  await mac.fill('e4:43:4b:bd:90')
  await expect(mac.problems).toContainText('Value "e4:43:4b:bd:90" is not valid MAC address.')

  await expect
    .poll(() => studio.yaml.markers({ code: 'net-mac-format' }))
    .toEqual([{ line: macLine, severity: 'error' }])

  await studio.selectSite()
  await studio.problems.open()
  const entry = studio.problems.entry('net-mac-format')
  await expect(entry).toContainText(`${macLine}:`)
  await studio.problems.show('Warnings', false)
  await studio.problems.show('Info', false)
  // the MAC, and the seed's three decimal modes (755: errors, as the rule catalogue has them)
  // each with its quick-fix button
  await expect(studio.problems.entries).toHaveCount(7)
  await entry.click()
  await expect(studio.form.heading(/^Node snonode/)).toBeVisible()
  await expect(mac.input).toBeFocused()
  await expect(studio.problems.summary).toHaveText('4 errors, 9 warnings')

  // a MAC in dash form: the field offers the colon form; the fix is one undo step
  await mac.fill('e4-43-4b-bd-90-46')
  await mac.blur()
  const dashed = seed.replace('"e4:43:4b:bd:90:46"', '"e4-43-4b-bd-90-46"')
  await expect.poll(() => studio.text()).toBe(dashed)
  await mac.fix('Write e4:43:4b:bd:90:46').click()
  await expect.poll(() => studio.text()).toBe(seed)
  await expect(mac.problems).not.toContainText('not valid MAC address')
  await studio.toolbar.undo()
  await expect.poll(() => studio.text()).toBe(dashed)
})

test('quick fixes from the Problems list and under the field are one undo step each', async ({
  studio,
}) => {
  await studio.open()
  const uefi = seed.replace('bootMode: "UEFI"', 'bootMode: "uefi"')
  await studio.yaml.replaceAll(uefi)
  await expect.poll(() => studio.text()).toBe(uefi)
  await studio.problems.open()
  // one fix per decimal mode: their count tells which text's findings the list shows
  const modeFixes = studio.problems.fixes('Set mode 493 (0o755)')
  const decimalModes = uefi.split('"mode": 755').length - 1
  await expect(modeFixes).toHaveCount(decimalModes)
  await modeFixes.first().click()
  await expect.poll(async () => changedLines(uefi, await studio.text())).toEqual([modeLine(uefi)])
  await expect(modeFixes).toHaveCount(decimalModes - 1)
  await studio.toolbar.undo()
  await expect.poll(() => studio.text()).toBe(uefi)
  // the undone text's findings are back (its mode finding with them) before the list is used:
  // a click while they are being replaced would land on a button that is going away
  await expect(modeFixes).toHaveCount(decimalModes)

  // sent to the field from the list, the finding and its fix show under it
  await studio.problems.entry('node-boot-mode').click()
  await studio.field('spec.clusters.0.nodes.0.bootMode').fix('Use UEFI').click()
  await expect.poll(() => studio.text()).toBe(seed)
  expect(await studio.yaml.text()).toBe(seed)
  await studio.toolbar.undo()
  await expect.poll(() => studio.text()).toBe(uefi)
})

test('the YAML pane offers the same quick fix on the marker (Ctrl+.)', async ({ studio, page }) => {
  await studio.open()
  await expect(studio.problems.summary).toHaveText('3 errors, 10 warnings')
  // on the decimal mode of the first file
  await studio.yaml.placeCursor('"mode": 755', 'mode', 2, {
    after: '"path": "/usr/local/bin/extract-ai.sh"',
  })
  const action = await studio.yaml.quickFix('Fix: Set mode 493 (0o755)')
  await expect(action).toBeVisible()
  await action.click()
  await expect.poll(async () => changedLines(seed, await studio.text())).toEqual([modeLine(seed)])
  await page.keyboard.press('Control+z')
  await expect.poll(() => studio.text()).toBe(seed)
})

test('a target release reports fields it would ignore, and is remembered', async ({ studio }) => {
  await studio.open()
  const sno = upstreamFile('argocd__example__siteconfig__example-sno.yaml').text
  const before = await studio.autosave.saves()
  await studio.yaml.replaceAll(sno)
  await studio.problems.open()
  const release = studio.problems.entry('site-field-release')
  await expect(studio.problems.entries.first()).toBeVisible()
  await expect(release).toHaveCount(0)
  await studio.problems.setRelease('4.12')
  await expect(release).toHaveCount(1)
  await expect(release).toContainText('cpuPartitioningMode needs release 4.13+')
  // the document comes back from autosave: its write must have landed before the reload
  await studio.autosave.waitForSave(before)
  await studio.reload()
  await studio.problems.open()
  await expect(studio.problems.release).toHaveValue('4.12')
  await expect(release).toHaveCount(1)
  await studio.problems.setRelease('')
  await expect(release).toHaveCount(0)
})
