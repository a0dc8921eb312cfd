import { readFileSync } from 'node:fs'
import jsyaml from 'js-yaml'
import {
  changedLines,
  ciFile,
  clusterInstances,
  expect,
  lineOf,
  template,
  test,
} from './support.ts'

const docs = ciFile('ocp-4.21-docs-precache-example.yaml')

test('a ClusterInstance imports, its node field edit changes one YAML line, and Preview decodes its scripts', async ({
  studio,
}) => {
  await studio.open()
  await studio.toolbar.import(docs.path)
  await expect.poll(() => studio.yaml.text()).toBe(docs.text)
  // the navigator: the document, its one cluster, its node
  await expect(studio.tree.items).toHaveCount(3)
  // the site row and the cluster row share the name sno-worker-0: the cluster by position
  await studio.selectNode(0, /^snonode/)
  const bmc = studio.field('spec.nodes.0.bmcAddress')
  await bmc.fill('idrac-virtualmedia+https://192.0.2.77/redfish/v1/Systems/System.Embedded.1')
  await expect.poll(() => studio.yaml.text()).toContain('192.0.2.77')
  const text = await studio.yaml.text()
  expect(changedLines(docs.text, text)).toEqual([lineOf(docs.text, 'bmcAddress:')])

  const { preview } = studio
  await preview.open()
  // the node is selected: the install stage, spec.nodes[0].ignitionConfigOverride
  await expect(preview.stage('Install')).toBeChecked()
  await expect(
    preview.units.getByRole('heading', { name: 'precache-ocp-images.service' }),
  ).toBeVisible()
  expect(await preview.boxText('/usr/local/bin/extract-ocp.sh')).toMatch(/^#!\/bin\/bash\n/)
  await preview.chooseStage(/Discovery/)
  await expect(
    preview.units.getByRole('heading', { name: 'precache-images.service' }),
  ).toBeVisible()
  expect(await preview.boxText('/usr/local/bin/extract-ai.sh')).toMatch(/^#!\/bin\/bash\n/)
})

test('every ClusterInstance fixture comes back byte for byte from import (or paste) → download', async ({
  studio,
}) => {
  test.setTimeout(120_000)
  await studio.open()
  for (const f of clusterInstances) {
    const original = readFileSync(f.path)
    await studio.toolbar.importRaw({ name: f.name, buffer: original })
    const { notice } = studio.toolbar
    await expect(notice).toContainText(new RegExp(`Imported ${f.name}|Import of ${f.name} failed`))
    const refused = await notice.textContent()
    if (refused?.includes(`Import of ${f.name} failed`)) {
      // not YAML, or a fragment without a kind (SOURCES.md says which): refused with where and
      // what; pasted into the YAML pane instead, the text still comes back as it was
      expect(refused).toMatch(/line \d+, column \d+|without a kind/)
      await studio.yaml.pasteOverAll(original.toString('utf8'))
    }
    await expect.poll(() => studio.yaml.text()).toBe(original.toString('utf8'))
    const got = await studio.toolbar.download()
    expect(got.bytes.equals(original), f.name).toBe(true)
  }
})

test('Enable image pre-caching on a ClusterInstance writes Ignition 3.2.0 into spec and spec.nodes[]; Remove gives it back', async ({
  studio,
}) => {
  await studio.open()
  await studio.toolbar.newDocument(/clusterType SNO/)
  const bare = template('ci-sno.yaml')
  await expect.poll(() => studio.text()).toBe(bare)
  await studio.preview.open()
  const dialog = await studio.preview.openEnablePrecache()
  await expect(dialog.getByRole('combobox', { name: /Ignition/ })).toContainText('3.2.0 when new')
  await dialog.getByRole('button', { name: 'Apply' }).click()
  await expect(
    studio.preview.units.getByRole('heading', { name: 'precache-images.service' }),
  ).toBeVisible()
  const d = jsyaml.load(await studio.text()) as {
    spec: {
      ignitionConfigOverride: string
      nodes: Array<{ ignitionConfigOverride: string; installerArgs: string }>
    }
  }
  expect(JSON.parse(d.spec.ignitionConfigOverride).ignition.version).toBe('3.2.0')
  expect(JSON.parse(d.spec.nodes[0]!.ignitionConfigOverride).ignition.version).toBe('3.2.0')
  expect(JSON.parse(d.spec.nodes[0]!.installerArgs)).toEqual(['--save-partlabel', 'data'])
  await studio.preview.removePrecache()
  await expect.poll(() => studio.text()).toBe(bare)
})
