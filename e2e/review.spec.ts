import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { readSiteFile } from '../src/core/document/siteFile.ts'
import { setOverrideFileText } from '../src/core/precache/overrideCommands.ts'
import { overrideView } from '../src/core/precache/overrideView.ts'
import {
  changedLines,
  expect,
  openApp,
  seed,
  storeText,
  test,
  typeIntoMonaco,
  upstream,
} from './support.ts'

const fixture = upstream.find((f) => f.name.endsWith('example-standard.yaml'))!
const original = readFileSync(fixture.path, 'utf8')

async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ])
  return { name: dl.suggestedFilename(), text: readFileSync((await dl.path())!, 'utf8') }
}

/** Imports the standard-cluster example and changes two fields in the form. */
async function twoChanges(page: Page): Promise<void> {
  await openApp(page)
  await page.getByLabel('Import SiteConfig file').setInputFiles(fixture.path)
  await expect(page.getByTestId('notice')).toHaveText(`Imported ${fixture.name}.`)
  const image = page.locator('[name="spec.clusterImageSetNameRef"]')
  await image.fill('openshift-4.18')
  await image.blur()
  await page.getByRole('treeitem', { name: /^example-node2/ }).click()
  await page.locator('[name="spec.clusters.0.nodes.1.bootMode"]').selectOption('UEFI')
  await expect.poll(async () => changedLines(original, await storeText(page))).toEqual([12, 93])
}

const summary = (page: Page) => page.getByRole('region', { name: 'Change summary' })

test('the Diff tab shows exactly the two changed lines and names both in the summary', async ({
  page,
}) => {
  await twoChanges(page)
  await page.getByRole('tab', { name: 'Diff' }).click()
  await expect(page.getByTestId('diff.count')).toHaveText('2 changes')
  const modifiedLines = () =>
    page.evaluate(() =>
      (window.__studioDiff?.getLineChanges() ?? []).map((c) => [
        c.modifiedStartLineNumber,
        c.modifiedEndLineNumber,
      ]),
    )
  await expect.poll(modifiedLines).toEqual([
    [12, 12],
    [93, 93],
  ])
  await expect(summary(page)).toContainText(
    'clusterImageSetNameRef openshift-4.16 → openshift-4.18',
  )
  await expect(summary(page)).toContainText('bootMode UEFISecureBoot → UEFI')
  await expect(
    summary(page).getByRole('heading', { name: 'node example-node2.example.com' }),
  ).toBeVisible()

  // inline or side by side is remembered
  await expect(page.locator('#panel-diff .monaco-diff-editor')).toHaveClass(/side-by-side/)
  await page.getByLabel('Inline').check()
  await page.reload()
  await page.getByRole('tab', { name: 'Diff' }).click()
  await expect(page.getByLabel('Inline')).toBeChecked()
  await expect(page.locator('#panel-diff .monaco-diff-editor')).not.toHaveClass(/side-by-side/)

  // a summary item selects its node in the form
  await page.getByRole('tab', { name: 'Diff' }).click()
  await summary(page)
    .getByRole('button', { name: 'bootMode UEFISecureBoot → UEFI', exact: true })
    .click()
  await expect(page.locator('[name="spec.clusters.0.nodes.1.bootMode"]')).toBeFocused()
})

test('the downloaded patch, applied with git to the original file, gives the downloaded YAML', async ({
  page,
}) => {
  await twoChanges(page)
  await page.getByRole('tab', { name: 'Diff' }).click()
  const patch = await download(page, 'Download patch')
  expect(patch.name).toBe(fixture.name.replace(/\.yaml$/, '.patch'))
  expect(patch.text.split('\n').slice(0, 3)).toEqual([
    `diff --git a/${fixture.name} b/${fixture.name}`,
    `--- a/${fixture.name}`,
    `+++ b/${fixture.name}`,
  ])
  await page.getByRole('button', { name: 'Copy patch' }).click()
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(patch.text)
  const yaml = await download(page, 'Download YAML')
  const dir = mkdtempSync(join(tmpdir(), 'scs-e2e-'))
  execFileSync('git', ['init', '-q'], { cwd: dir })
  writeFileSync(join(dir, fixture.name), original)
  writeFileSync(join(dir, patch.name), patch.text)
  execFileSync('git', ['apply', patch.name], { cwd: dir })
  expect(readFileSync(join(dir, fixture.name), 'utf8')).toBe(yaml.text)

  // delivered: it can become the new baseline
  await expect(page.getByRole('tab', { name: 'Diff (changed)' })).toBeVisible()
  await page.getByRole('button', { name: 'Mark as committed' }).click()
  await expect(page.getByRole('tab', { name: 'Diff (changed)' })).toHaveCount(0)
  await expect(page.getByTestId('diff.count')).toHaveText('No changes')
  await expect(page.getByText('No changes since the baseline')).toBeVisible()
})

test('reverting one item leaves only the other change, as one undo step', async ({ page }) => {
  await twoChanges(page)
  const both = await storeText(page)
  await page.getByRole('tab', { name: 'Diff' }).click()
  await summary(page)
    .getByRole('button', {
      name: 'Revert site: clusterImageSetNameRef openshift-4.16 → openshift-4.18',
    })
    .click()
  await expect.poll(async () => changedLines(original, await storeText(page))).toEqual([93])
  await expect(page.getByTestId('diff.count')).toHaveText('1 change')
  await expect(summary(page)).not.toContainText('clusterImageSetNameRef')
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect.poll(() => storeText(page)).toBe(both)
})

test('two Reverts are two undo steps', async ({ page }) => {
  await twoChanges(page)
  const both = await storeText(page)
  await page.getByRole('tab', { name: 'Diff' }).click()
  await summary(page)
    .getByRole('button', { name: /^Revert site: clusterImageSetNameRef/ })
    .click()
  await expect(page.getByTestId('diff.count')).toHaveText('1 change')
  await summary(page)
    .getByRole('button', { name: /^Revert .*bootMode/ })
    .click()
  await expect(page.getByTestId('diff.count')).toHaveText('No changes')
  expect(await storeText(page)).toBe(original)
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect.poll(async () => changedLines(original, await storeText(page))).toEqual([93])
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect.poll(() => storeText(page)).toBe(both)
})

test('leaving with changes that never left the app asks first; after a copy it does not', async ({
  page,
}) => {
  await twoChanges(page)
  let asked = 0
  page.on('dialog', (d) => {
    if (d.type() === 'beforeunload') asked++
    void d.accept()
  })
  await page.reload()
  expect(asked).toBe(1)
  await page.getByRole('button', { name: 'Copy YAML' }).click()
  await expect(page.getByTestId('notice')).toContainText('Copied')
  await page.reload()
  await expect(page.getByRole('button', { name: 'Copy YAML' })).toBeVisible()
  expect(asked).toBe(1)
})

test('an edited pre-cache script shows as a decoded line diff, not as a data URL', async ({
  page,
}) => {
  await openApp(page)
  const file = readSiteFile(seed)
  const path = ['spec', 'clusters', 0, 'nodes', 0, 'ignitionConfigOverride']
  const ocp = overrideView(file, 'install', path).files.find((f) => f.path.endsWith('ocp.sh'))!
  const text = ocp.text!.replace('#!/bin/bash\n', '#!/bin/bash\nset -euo pipefail\n')
  await typeIntoMonaco(page, setOverrideFileText(file, { path, index: ocp.index, text }).text)
  await page.getByRole('tab', { name: 'Diff' }).click()
  const item = summary(page)
    .getByRole('listitem')
    .filter({ hasText: 'extract-ocp.sh changed (1 line)' })
  await item.getByText('Decoded diff').click()
  const rows = item.getByLabel('Line changes of /usr/local/bin/extract-ocp.sh')
  await expect(rows.locator('.row-added')).toHaveText(['+ added: set -euo pipefail'])
  await expect(rows).not.toContainText('data:')
})
