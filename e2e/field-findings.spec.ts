import { expect, test } from './support.ts'

test('a field’s findings are its input’s accessible description', async ({ studio }) => {
  await studio.open()
  await studio.selectNode('sno-worker-0', /^snonode/)
  const mac = studio.field('spec.clusters.0.nodes.0.bootMACAddress')
  await mac.fill('e4:43:4b:bd:90')
  await expect(mac.problems).toContainText('is not valid MAC address')
  await expect(mac.input).toHaveAccessibleDescription(/is not valid MAC address/)
  await mac.fill('e4:43:4b:bd:90:46')
  await expect(mac.input).not.toHaveAccessibleDescription(/is not valid MAC address/)
})

test('a finding about a group shows under the group once a field in it changed', async ({
  studio,
}) => {
  await studio.open()
  await studio.selectCluster('sno-worker-0')
  await studio.form.openGroup('Proxy')
  const group = studio.form.group('Proxy')
  await expect(group).not.toContainText('neither httpProxy nor httpsProxy')
  await studio.field('spec.clusters.0.proxy.noProxy').fill('example.com')
  await expect(group).toContainText('proxy is set but neither httpProxy nor httpsProxy is')
  await expect(group).toHaveAccessibleDescription(/neither httpProxy nor httpsProxy/)
})
