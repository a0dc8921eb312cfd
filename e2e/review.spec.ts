import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readSiteFile } from '../src/core/document/siteFile.ts'
import { setOverrideFileText } from '../src/core/precache/overrideCommands.ts'
import { overrideView } from '../src/core/precache/overrideView.ts'
import type { Studio } from './support.ts'
import { changedLines, expect, lineOf, seed, test, upstreamFile } from './support.ts'
import { siteConfigModel } from '../src/core/site/siteModel.ts'

const fixture = upstreamFile('example-standard.yaml')
const original = fixture.text
// the two lines twoChanges edits
const imageLine = lineOf(original, 'clusterImageSetNameRef:')
const bootLine = lineOf(original, 'bootMode:', { after: 'hostName: "example-node2' })

/** Imports the standard-cluster example and changes two fields in the form. */
async function twoChanges(studio: Studio): Promise<void> {
  await studio.open({ fixture: fixture.path })
  const image = studio.field('spec.clusterImageSetNameRef')
  await image.fill('openshift-4.18')
  await image.blur()
  await studio.selectNode(0, /^example-node2/)
  await studio.field('spec.clusters.0.nodes.1.bootMode').select('UEFI')
  await expect
    .poll(async () => changedLines(original, await studio.text()))
    .toEqual([imageLine, bootLine])
}

test('the Diff tab shows exactly the two changed lines and names both in the summary', async ({
  studio,
}) => {
  await twoChanges(studio)
  const { diff } = studio
  await diff.open()
  await expect(diff.count).toHaveText('2 changes')
  await expect
    .poll(() => diff.lineChanges())
    .toEqual([
      [imageLine, imageLine],
      [bootLine, bootLine],
    ])
  await expect(diff.summary).toContainText('clusterImageSetNameRef openshift-4.16 → openshift-4.18')
  await expect(diff.summary).toContainText('bootMode UEFISecureBoot → UEFI')
  await expect(
    diff.summary.getByRole('heading', { name: 'node example-node2.example.com' }),
  ).toBeVisible()

  // inline or side by side is remembered
  await diff.expectLayout('side-by-side')
  await diff.inlineOption.check()
  await studio.reload()
  await diff.open()
  await expect(diff.inlineOption).toBeChecked()
  await diff.expectLayout('inline')

  // a summary item selects its node in the form
  await diff.open()
  await diff.item('bootMode UEFISecureBoot → UEFI').click()
  await expect(studio.field('spec.clusters.0.nodes.1.bootMode').input).toBeFocused()
})

test('the downloaded patch, applied with git to the original file, gives the downloaded YAML', async ({
  studio,
  page,
}) => {
  await twoChanges(studio)
  const { diff } = studio
  await diff.open()
  const patch = await diff.downloadPatch()
  expect(patch.name).toBe(fixture.name.replace(/\.yaml$/, '.patch'))
  expect(patch.text.split('\n').slice(0, 3)).toEqual([
    `diff --git a/${fixture.name} b/${fixture.name}`,
    `--- a/${fixture.name}`,
    `+++ b/${fixture.name}`,
  ])
  await diff.copyPatch()
  await expect.poll(() => studio.clipboard()).toBe(patch.text)
  const yaml = await studio.toolbar.download()
  const dir = mkdtempSync(join(tmpdir(), 'scs-e2e-'))
  execFileSync('git', ['init', '-q'], { cwd: dir })
  writeFileSync(join(dir, fixture.name), original)
  writeFileSync(join(dir, patch.name), patch.text)
  execFileSync('git', ['apply', patch.name], { cwd: dir })
  expect(readFileSync(join(dir, fixture.name), 'utf8')).toBe(yaml.text)

  // delivered: it can become the new baseline
  await expect(studio.tabs.tab('Diff (changed)')).toBeVisible()
  await diff.markCommitted()
  await expect(studio.tabs.tab('Diff (changed)')).toHaveCount(0)
  await expect(diff.count).toHaveText('No changes')
  await expect(page.getByText('No changes since the baseline')).toBeVisible()
})

test('reverting one item leaves only the other change, as one undo step', async ({ studio }) => {
  await twoChanges(studio)
  const both = await studio.text()
  const { diff } = studio
  await diff.open()
  await diff
    .revertButton('Revert site: clusterImageSetNameRef openshift-4.16 → openshift-4.18')
    .click()
  await expect.poll(async () => changedLines(original, await studio.text())).toEqual([bootLine])
  await expect(diff.count).toHaveText('1 change')
  await expect(diff.summary).not.toContainText('clusterImageSetNameRef')
  await studio.toolbar.undo()
  await expect.poll(() => studio.text()).toBe(both)
})

test('two Reverts are two undo steps', async ({ studio }) => {
  await twoChanges(studio)
  const both = await studio.text()
  const { diff } = studio
  await diff.open()
  await diff.revertButton(/^Revert site: clusterImageSetNameRef/).click()
  await expect(diff.count).toHaveText('1 change')
  await diff.revertButton(/^Revert .*bootMode/).click()
  await expect(diff.count).toHaveText('No changes')
  expect(await studio.text()).toBe(original)
  await studio.toolbar.undo()
  await expect.poll(async () => changedLines(original, await studio.text())).toEqual([bootLine])
  await studio.toolbar.undo()
  await expect.poll(() => studio.text()).toBe(both)
})

test('leaving with changes that never left the app asks first; after a copy it does not', async ({
  studio,
  page,
}) => {
  await twoChanges(studio)
  const prompts = studio.countLeavePrompts()
  await page.reload()
  expect(prompts.count).toBe(1)
  await studio.toolbar.copy()
  await expect(studio.toolbar.notice).toContainText('Copied')
  await page.reload()
  await expect(studio.toolbar.button('Copy YAML')).toBeVisible()
  expect(prompts.count).toBe(1)
})

test('an edited pre-cache script shows as a decoded line diff, not as a data URL', async ({
  studio,
}) => {
  await studio.open()
  const file = readSiteFile(seed)
  const path = [...siteConfigModel.node(0, 0), 'ignitionConfigOverride']
  const ocp = overrideView(file, 'install', path).files.find((f) => f.path.endsWith('ocp.sh'))!
  const text = ocp.text!.replace('#!/bin/bash\n', '#!/bin/bash\nset -euo pipefail\n')
  await studio.yaml.replaceAll(setOverrideFileText(file, { path, index: ocp.index, text }).text)
  await studio.diff.open()
  const { rows, added } = await studio.diff.decodedDiff(
    'extract-ocp.sh changed (1 line)',
    '/usr/local/bin/extract-ocp.sh',
  )
  await expect(added).toHaveText(['+ added: set -euo pipefail'])
  await expect(rows).not.toContainText('data:')
})
