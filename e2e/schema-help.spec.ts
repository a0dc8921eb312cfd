import { expect, test } from './support.ts'

test('the YAML pane explains keys on hover and offers enum values, offline', async ({
  studio,
  page,
}) => {
  await studio.open()
  // hover on networkType: the description from the field table
  const hover = await studio.yaml.hoverOn('networkType:', 'work')
  await expect(hover).toContainText('Network type')
  await expect(hover).not.toContainText('GitOps ZTP SiteConfig')

  // completion of the value offers the enum
  await studio.yaml.clearValue('networkType')
  await page.keyboard.press('Escape')
  const suggest = await studio.yaml.suggest()
  await expect(suggest).toContainText('OVNKubernetes')
  await expect(suggest).toContainText('OpenShiftSDN')
})

test('the YAML pane completes cluster keys from the schema', async ({ studio, page }) => {
  await studio.open()
  const line = await studio.yaml.insertLineAfter('networkType:', '    ')
  await studio.yaml.type('cpuPart')
  await expect(await studio.yaml.suggest()).toContainText('cpuPartitioningMode')
  await page.keyboard.press('Enter')
  await expect.poll(() => studio.yaml.lineContent(line)).toMatch(/^ {4}cpuPartitioningMode: ?/)
})

test('on a ClusterInstance the YAML pane completes and explains its own fields', async ({
  studio,
  page,
}) => {
  await studio.open()
  await studio.toolbar.newDocument(/clusterType SNO/)
  const hover = await studio.yaml.hoverOn('clusterType:', 'Type')
  await expect(hover).toContainText('Cluster type')
  await studio.yaml.clearValue('clusterType')
  await page.keyboard.press('Escape')
  const values = await studio.yaml.suggest()
  await expect(values).toContainText('HighlyAvailableArbiter')
  await page.keyboard.press('Escape')
  // a key only ClusterInstance has (suppressedManifests; SiteConfig says crSuppression)
  await studio.yaml.insertLineAfter('networkType:', '  ')
  await studio.yaml.type('suppressed')
  await expect(await studio.yaml.suggest()).toContainText('suppressedManifests')
})
