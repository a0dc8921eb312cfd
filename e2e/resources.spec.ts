import { ciFile, expect, lineOf, seed, test } from './support.ts'

const BMAC = 'bmac.agent-install.openshift.io'

test('on the seed, the Resources tab shows the InfraEnv with its override decoded and the BareMetalHost with both annotations', async ({
  studio,
}) => {
  await studio.open()
  const { resources } = studio
  await resources.open()
  await expect.poll(() => resources.text()).toContain('kind: InfraEnv')
  const text = await resources.text()
  expect(text).toContain('kind: BareMetalHost')
  expect(text).toContain(`${BMAC}/installer-args:`)
  expect(text).toContain(`${BMAC}/ignition-config-overrides:`)
  const { landings } = resources
  await expect(landings).toContainText('InfraEnv sno-worker-0: spec.ignitionConfigOverride')
  await expect(landings).toContainText(`metadata.annotations["${BMAC}/installer-args"]`)
  await expect(landings).toContainText(`metadata.annotations["${BMAC}/ignition-config-overrides"]`)
  // the discovery override's script, decoded as the ISO will hold it
  await resources.decoded().first().click()
  await expect(landings).toContainText('/usr/local/bin/extract-ai.sh')
  await expect(landings).toContainText('Units: ')
})

test("focusing the node's installerArgs highlights the BareMetalHost annotation, and a rendered field links back", async ({
  studio,
}) => {
  await studio.open()
  await studio.resources.open()
  await studio.selectNode(0, 0)
  await studio.field('spec.clusters.0.nodes.0.installerArgs.0').input.focus()
  const { resources } = studio
  await expect(resources.lit).toContainText(`metadata.annotations["${BMAC}/installer-args"]`)
  await expect.poll(() => resources.litLines()).not.toEqual([])
  const [first] = await resources.litLines()
  expect(await resources.line(first!)).toContain(`${BMAC}/installer-args`)

  // the link back: a rendered line names the document line it came from
  await resources.cursorOn(`${BMAC}/installer-args`)
  const line = lineOf(seed, 'installerArgs:')
  await expect(resources.source).toContainText(
    `spec.clusters.0.nodes.0.installerArgs (line ${line})`,
  )
  await resources.source.getByRole('button').click()
  await expect.poll(async () => (await studio.yaml.cursor()).line).toBe(line)
  await expect(studio.field('spec.clusters.0.nodes.0.installerArgs.0').input).toBeVisible()
})

test('editing the cluster image set shows the AgentClusterInstall imageSetRef in the Diff tab’s resource view', async ({
  studio,
}) => {
  await studio.open()
  await studio.selectCluster(0)
  const image = studio.field('spec.clusters.0.clusterImageSetNameRef')
  await image.fill('img4.18.1-x86-64')
  await image.blur()
  const { diff } = studio
  await diff.open()
  await expect(diff.resources).toContainText('AgentClusterInstall sno-worker-0')
  await expect(diff.resources).toContainText('spec.imageSetRef.name changed')
  await expect(diff.resources).toContainText('immutable once the installation has started')
})

test('a ClusterInstance renders per ACM release: one InfraEnv per node from 2.14, one per cluster up to 2.13', async ({
  studio,
}) => {
  await studio.open({ fixture: ciFile('assisted-installer__example-3node.yaml').path })
  const { resources } = studio
  await resources.open()
  await expect.poll(() => resources.text()).toContain('kind: InfraEnv')
  const count = async () => ((await resources.text()).match(/^kind: InfraEnv$/gm) ?? []).length
  const perNode = await count()
  await resources.acm.selectOption('2.13')
  await expect.poll(count).toBe(1)
  expect(perNode).toBeGreaterThan(1)
})
