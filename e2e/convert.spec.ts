import jsyaml from 'js-yaml'
import { expect, seed, test, upstreamFile } from './support.ts'
import { seriousViolations } from './studio/axe.ts'

type CI = {
  kind: string
  metadata: Record<string, unknown>
  spec: { clusterName: string; clusterType: string; nodes: Array<{ hostName: string }> }
}

test('the seed example converts in the app, downloads, and re-imports as a ClusterInstance', async ({
  studio,
  page,
}) => {
  await studio.open()
  await studio.toolbar.button('Convert').click()
  const dialog = page.getByRole('dialog', { name: 'Convert to ClusterInstance' })
  await expect(dialog).toBeVisible()
  // the cluster's SiteConfig source beside its ClusterInstance, with that cluster's notes
  await expect(dialog.getByRole('tab', { name: 'sno-worker-0' })).toBeVisible()
  await expect(dialog.getByRole('region', { name: 'SiteConfig source' })).toContainText(
    'clusterName: "sno-worker-0"',
  )
  await expect(
    dialog.getByRole('list', { name: /Conversion notes for sno-worker-0/ }),
  ).toContainText('extra-manifests-cm')
  expect(await seriousViolations(page)).toEqual([])

  const got = await studio.toolbar.saved(() =>
    dialog.getByRole('button', { name: 'Download sno-worker-0.yaml' }).click(),
  )
  expect(got.name).toBe('sno-worker-0.yaml')
  const ci = jsyaml.load(got.text) as CI
  expect(ci.kind).toBe('ClusterInstance')
  expect(ci.metadata).toEqual({
    name: 'sno-worker-0',
    namespace: 'sno-worker-0',
    annotations: { 'siteconfig-converter': 'from seed-example.yaml' },
  })
  expect(ci.spec.clusterType).toBe('SNO')
  // the same conversion twice gives the same bytes (no timestamp)
  const again = await studio.toolbar.saved(() =>
    dialog.getByRole('button', { name: 'Download sno-worker-0.yaml' }).click(),
  )
  expect(again.bytes.equals(got.bytes)).toBe(true)
  await dialog.getByRole('button', { name: 'Close' }).click()

  await studio.toolbar.import({ name: 'sno-worker-0.yaml', text: got.text })
  await expect.poll(() => studio.yaml.text()).toBe(got.text)
  await expect(studio.tree.items).toHaveCount(3)
  // a ClusterInstance is one cluster: Convert and Add cluster are off
  await expect(studio.toolbar.button('Convert')).toBeDisabled()
})

test('Download all gives one zip; Open in the editor opens the result as a new document', async ({
  studio,
  page,
}) => {
  await studio.open()
  const f = upstreamFile('example-3node.yaml')
  await studio.toolbar.import(f.path)
  await studio.toolbar.button('Convert').click()
  const dialog = page.getByRole('dialog', { name: 'Convert to ClusterInstance' })
  const zip = await studio.toolbar.saved(() =>
    dialog.getByRole('button', { name: /Download all/ }).click(),
  )
  expect(zip.name).toMatch(/\.zip$/)
  // a zip starts with a local file header
  expect(zip.bytes.subarray(0, 4).toString('hex')).toBe('504b0304')
  const one = await studio.toolbar.saved(() =>
    dialog.getByRole('button', { name: /^Download .*\.yaml$/ }).click(),
  )
  await dialog.getByRole('button', { name: 'Open in the editor' }).click()
  await expect(dialog).toBeHidden()
  await expect.poll(() => studio.yaml.text()).toBe(one.text)
  expect(one.text).not.toBe(seed)
  await expect(studio.tree.items).toHaveCount(2 + 3)
})

test('the deprecation notice in Problems offers the converter', async ({ studio, page }) => {
  await studio.open()
  await studio.problems.open()
  await studio.problems.show('Info', true)
  await page.getByRole('button', { name: 'Convert to ClusterInstance…' }).first().click()
  await expect(page.getByRole('dialog', { name: 'Convert to ClusterInstance' })).toBeVisible()
})
