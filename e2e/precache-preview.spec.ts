import jsyaml from 'js-yaml'
import { bareSno, changedLines, expect, lineOf, seed, test } from './support.ts'

const bare = bareSno

interface Ign {
  systemd?: { units?: Array<{ name: string; enabled?: boolean; contents?: string }> }
  storage?: { files?: Array<{ path: string; mode?: number; contents: { source: string } }> }
}
const decode = (src: string) => decodeURIComponent(src.slice(src.indexOf(',') + 1))
function overrides(text: string) {
  const d = jsyaml.load(text) as { spec: { clusters: Array<Record<string, unknown>> } }
  const c = d.spec.clusters[0]!
  const n = (c.nodes as Array<Record<string, unknown>>)[0]!
  const read = (s: unknown) => JSON.parse(String(s)) as Ign
  return {
    cluster: read(c.ignitionConfigOverride),
    node: read(n.ignitionConfigOverride),
    args: n.installerArgs,
  }
}
const hooks = (i: Ign) => ({
  units: (i.systemd?.units ?? []).map((u) => [u.name, u.enabled, u.contents]),
  files: (i.storage?.files ?? []).map((f) => [f.path, f.mode, decode(f.contents.source)]),
})

/** The seed's line of a file's data URL (`"source"` follows its `"path"`) and of its mode. */
const sourceLine = (path: string) =>
  lineOf(seed, '"source": "data:', { after: `"path": "${path}"` })
const modeLine = (path: string) => lineOf(seed, '"mode": 755', { after: `"path": "${path}"` })

test('discovery and install stages show units and decoded scripts, and the boot order', async ({
  studio,
}) => {
  await studio.open()
  const { preview } = studio
  await preview.open()
  const { units, files } = preview
  await expect(units.getByRole('heading', { name: 'var-mnt.mount' })).toBeVisible()
  await expect(units.getByRole('heading', { name: 'precache-images.service' })).toBeVisible()
  await expect(files.getByRole('heading', { name: '/usr/local/bin/extract-ai.sh' })).toBeVisible()
  await expect(
    files.getByRole('heading', { name: '/usr/local/bin/agent-fix-bz1964591' }),
  ).toBeVisible()
  expect(await preview.boxText('/usr/local/bin/extract-ai.sh')).toMatch(/^#!\/bin\/bash\n/)
  await expect(files.getByText('01363 (decimal 755)').first()).toBeVisible()
  await expect(preview.bootOrder('discovery')).toHaveAttribute(
    'aria-label',
    'Boot order, discovery stage: var-mnt.mount → precache-images.service → agent.service',
  )

  await studio.selectNode('sno-worker-0', /^snonode/)
  await expect(preview.stage('Install')).toBeChecked()
  await expect(units.getByRole('heading', { name: 'precache-ocp-images.service' })).toBeVisible()
  await expect(files.getByRole('heading', { name: '/usr/local/bin/extract-ocp.sh' })).toBeVisible()
  await expect(preview.bootOrder('install')).toHaveAttribute(
    'aria-label',
    'Boot order, install stage: var-mnt.mount → precache-ocp-images.service → machine-config-daemon-pull.service and nodeip-configuration.service',
  )
  await preview.chooseStage(/Discovery/)
  await expect(units.getByRole('heading', { name: 'precache-images.service' })).toBeVisible()
})

test('editing a decoded script changes one YAML line; undo restores the original bytes', async ({
  studio,
}) => {
  await studio.open()
  await studio.selectNode('sno-worker-0', /^snonode/)
  await studio.preview.open()
  const ocp = sourceLine('/usr/local/bin/extract-ocp.sh')
  const ai = sourceLine('/usr/local/bin/extract-ai.sh')
  const ocpBefore = hooks(overrides(seed).node).files[0]![2] as string
  await studio.preview.addLineAfterFirst('/usr/local/bin/extract-ocp.sh', '# checked by ops')
  await expect.poll(async () => changedLines(seed, await studio.text())).toEqual([ocp])
  const after = hooks(overrides(await studio.text()).node).files[0]![2] as string
  expect(after).toBe(ocpBefore.replace('#!/bin/bash\n', '#!/bin/bash\n# checked by ops\n'))
  expect(await studio.yaml.text()).toBe(await studio.text())

  await studio.preview.chooseStage(/Discovery/)
  await studio.preview.addLineAfterFirst('/usr/local/bin/extract-ai.sh', '# reviewed')
  await expect.poll(async () => changedLines(seed, await studio.text())).toEqual([ai, ocp])
  const aiText = hooks(overrides(await studio.text()).cluster).files[0]![2] as string
  expect(aiText.startsWith('#!/bin/bash\n# reviewed\n')).toBe(true)

  await studio.toolbar.undo(2)
  await expect.poll(() => studio.text()).toBe(seed)
  expect(await studio.yaml.text()).toBe(seed)
})

test('the decimal mode trap has a one-click fix, one line and one undo step', async ({
  studio,
}) => {
  await studio.open()
  await studio.preview.open()
  await studio.preview.fix('Set mode 493 (0755)').click()
  await expect
    .poll(async () => changedLines(seed, await studio.text()))
    .toEqual([modeLine('/usr/local/bin/extract-ai.sh')])
  await expect(studio.preview.files.getByText('0755 (decimal 493)')).toBeVisible()
  await studio.toolbar.undo()
  await expect.poll(() => studio.text()).toBe(seed)
})

test('bare SNO → Enable image pre-caching with defaults equals the seed hooks; Remove gives the template back', async ({
  studio,
}) => {
  await studio.open()
  await studio.toolbar.newDocument(/Bare single-node/)
  await expect.poll(() => studio.text()).toBe(bare)
  await studio.preview.open()
  const dialog = await studio.preview.openEnablePrecache()
  const changes = dialog.getByRole('list', { name: 'What will change' })
  await expect(changes).toContainText(
    'cluster sno1 (discovery stage): + var-mnt.mount, + precache-images.service, + /usr/local/bin/extract-ai.sh, + /usr/local/bin/agent-fix-bz1964591',
  )
  await expect(changes).toContainText('installerArgs (none) → ["--save-partlabel", "data"]')
  await dialog.getByRole('button', { name: 'Apply' }).click()
  await expect(
    studio.preview.units.getByRole('heading', { name: 'precache-images.service' }),
  ).toBeVisible()

  const got = overrides(await studio.text())
  const want = overrides(seed)
  const fixMode = (h: ReturnType<typeof hooks>) => ({
    ...h,
    files: h.files.map(([p, , t]) => [p, 493, t]),
  })
  expect(hooks(got.cluster)).toEqual(fixMode(hooks(want.cluster)))
  expect(hooks(got.node)).toEqual(fixMode(hooks(want.node)))
  expect(got.args).toBe(want.args)
  // the preset writes the docs' hooks, so their legacy and script-bug warnings come along
  await expect(studio.problems.summary).toHaveText(/^0 errors, \d+ warnings$/)

  await studio.preview.removePrecache()
  await expect.poll(() => studio.text()).toBe(bare)
  expect(await studio.yaml.text()).toBe(bare)
})

test('the install stage edits installerArgs and shows the partition-label check', async ({
  studio,
  page,
}) => {
  await studio.open()
  await studio.selectNode('sno-worker-0', /^snonode/)
  await studio.preview.open()
  await studio.preview.args.getByRole('textbox', { name: 'Value 1' }).fill('cache')
  await expect
    .poll(async () => changedLines(seed, await studio.text()))
    .toEqual([lineOf(seed, 'installerArgs:')])
  const { checks } = studio.preview
  await expect(checks).toContainText(
    'installerArgs saves partlabel "cache" but var-mnt.mount mounts /dev/disk/by-partlabel/data',
  )
  await expect(checks).toContainText('precache-label-consistency')
  await page.keyboard.press('Control+z')
  await expect.poll(() => studio.text()).toBe(seed)
  await expect(checks).not.toContainText('precache-label-consistency')
})
