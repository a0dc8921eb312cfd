import { readFileSync } from 'node:fs'
import jsyaml from 'js-yaml'
import type { Page } from '@playwright/test'
import { changedLines, expect, monacoText, openApp, seed, storeText, test } from './support.ts'

const bare = readFileSync(new URL('../src/templates/bare-sno.yaml', import.meta.url), 'utf8')

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

async function openPreview(page: Page) {
  await page.getByRole('tab', { name: 'Preview' }).click()
  await expect(page.getByRole('radiogroup', { name: 'Stage' })).toBeVisible()
}

/** Types a new line after the first line of a script or unit box, the way a user would. */
async function addLineAfterFirst(page: Page, box: string, line: string) {
  const editor = page
    .getByRole('article')
    .filter({ has: page.getByRole('heading', { name: box, exact: true }) })
  await editor.locator('.view-lines').click()
  await page.keyboard.press('Control+Home')
  await page.keyboard.press('End')
  await page.keyboard.press('Enter')
  await page.keyboard.type(line)
  await page.getByRole('heading', { name: /stage ·/ }).click() // focus leaves the box
}

test('discovery and install stages show units and decoded scripts, and the boot order', async ({
  page,
}) => {
  await openApp(page)
  await openPreview(page)
  const units = page.getByRole('region', { name: 'Systemd units' })
  const files = page.getByRole('region', { name: 'Files' })
  await expect(units.getByRole('heading', { name: 'var-mnt.mount' })).toBeVisible()
  await expect(units.getByRole('heading', { name: 'precache-images.service' })).toBeVisible()
  await expect(files.getByRole('heading', { name: '/usr/local/bin/extract-ai.sh' })).toBeVisible()
  await expect(
    files.getByRole('heading', { name: '/usr/local/bin/agent-fix-bz1964591' }),
  ).toBeVisible()
  const ai = await page.evaluate(() =>
    window
      .__studioMonaco!.monaco.editor.getModel(
        window.__studioMonaco!.monaco.Uri.parse('inmemory://preview/0/discovery/c/file/0'),
      )!
      .getValue(),
  )
  expect(ai).toMatch(/^#!\/bin\/bash\n/)
  await expect(files.getByText('01363 (decimal 755)').first()).toBeVisible()
  await expect(page.getByRole('img', { name: /^Boot order, discovery stage/ })).toHaveAttribute(
    'aria-label',
    'Boot order, discovery stage: var-mnt.mount → precache-images.service → agent.service',
  )

  await page.getByRole('treeitem', { name: /^snonode/ }).click()
  await expect(page.getByRole('radio', { name: 'Install' })).toBeChecked()
  await expect(units.getByRole('heading', { name: 'precache-ocp-images.service' })).toBeVisible()
  await expect(files.getByRole('heading', { name: '/usr/local/bin/extract-ocp.sh' })).toBeVisible()
  await expect(page.getByRole('img', { name: /^Boot order, install stage/ })).toHaveAttribute(
    'aria-label',
    'Boot order, install stage: var-mnt.mount → precache-ocp-images.service → machine-config-daemon-pull.service and nodeip-configuration.service',
  )
  await page.getByRole('radio', { name: /Discovery/ }).check()
  await expect(units.getByRole('heading', { name: 'precache-images.service' })).toBeVisible()
})

test('editing a decoded script changes one YAML line; undo restores the original bytes', async ({
  page,
}) => {
  await openApp(page)
  await page.getByRole('treeitem', { name: /^snonode/ }).click()
  await openPreview(page)
  const ocpBefore = hooks(overrides(seed).node).files[0]![2] as string
  await addLineAfterFirst(page, '/usr/local/bin/extract-ocp.sh', '# checked by ops')
  await expect.poll(async () => changedLines(seed, await storeText(page))).toEqual([116])
  const after = hooks(overrides(await storeText(page)).node).files[0]![2] as string
  expect(after).toBe(ocpBefore.replace('#!/bin/bash\n', '#!/bin/bash\n# checked by ops\n'))
  expect(await monacoText(page)).toBe(await storeText(page))

  await page.getByRole('radio', { name: /Discovery/ }).check()
  await addLineAfterFirst(page, '/usr/local/bin/extract-ai.sh', '# reviewed')
  await expect.poll(async () => changedLines(seed, await storeText(page))).toEqual([59, 116])
  const ai = hooks(overrides(await storeText(page)).cluster).files[0]![2] as string
  expect(ai.startsWith('#!/bin/bash\n# reviewed\n')).toBe(true)

  await page.getByRole('button', { name: 'Undo' }).click()
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect.poll(() => storeText(page)).toBe(seed)
  expect(await monacoText(page)).toBe(seed)
})

test('the decimal mode trap has a one-click fix, one line and one undo step', async ({ page }) => {
  await openApp(page)
  await openPreview(page)
  await page.getByRole('button', { name: 'Set mode 493 (0755)' }).first().click()
  await expect.poll(async () => changedLines(seed, await storeText(page))).toEqual([54])
  await expect(
    page.getByRole('region', { name: 'Files' }).getByText('0755 (decimal 493)'),
  ).toBeVisible()
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect.poll(() => storeText(page)).toBe(seed)
})

test('bare SNO → Enable image pre-caching with defaults equals the seed hooks; Remove gives the template back', async ({
  page,
}) => {
  await openApp(page)
  await page.getByRole('button', { name: 'New' }).click()
  await page.getByRole('radio', { name: /Bare single-node/ }).check()
  await page.getByRole('button', { name: 'Create' }).click()
  await expect.poll(() => storeText(page)).toBe(bare)
  await openPreview(page)
  await page.getByRole('button', { name: 'Enable image pre-caching…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Enable image pre-caching' })
  await expect(dialog.getByRole('list', { name: 'What will change' })).toContainText(
    'cluster sno1 (discovery stage): + var-mnt.mount, + precache-images.service, + /usr/local/bin/extract-ai.sh, + /usr/local/bin/agent-fix-bz1964591',
  )
  await expect(dialog.getByRole('list', { name: 'What will change' })).toContainText(
    'installerArgs (none) → ["--save-partlabel", "data"]',
  )
  await dialog.getByRole('button', { name: 'Apply' }).click()
  await expect(
    page
      .getByRole('region', { name: 'Systemd units' })
      .getByRole('heading', { name: 'precache-images.service' }),
  ).toBeVisible()

  const got = overrides(await storeText(page))
  const want = overrides(seed)
  const fixMode = (h: ReturnType<typeof hooks>) => ({
    ...h,
    files: h.files.map(([p, , t]) => [p, 493, t]),
  })
  expect(hooks(got.cluster)).toEqual(fixMode(hooks(want.cluster)))
  expect(hooks(got.node)).toEqual(fixMode(hooks(want.node)))
  expect(got.args).toBe(want.args)
  // the preset writes the docs' hooks, so their legacy and script-bug warnings come along
  await expect(page.getByTestId('problems.summary')).toHaveText(/^0 errors, \d+ warnings$/)

  await page.getByRole('button', { name: 'Remove pre-caching' }).click()
  await expect.poll(() => storeText(page)).toBe(bare)
  expect(await monacoText(page)).toBe(bare)
})

test('the install stage edits installerArgs and shows the partition-label check', async ({
  page,
}) => {
  await openApp(page)
  await page.getByRole('treeitem', { name: /^snonode/ }).click()
  await openPreview(page)
  const args = page.getByRole('region', { name: 'Installer args of this node' })
  await args.getByRole('textbox', { name: 'Value 1' }).fill('cache')
  await expect.poll(async () => changedLines(seed, await storeText(page))).toEqual([86])
  const checks = page.getByRole('region', { name: 'Checks' })
  await expect(checks).toContainText(
    'installerArgs saves partlabel "cache" but var-mnt.mount mounts /dev/disk/by-partlabel/data',
  )
  await expect(checks).toContainText('precache-label-consistency')
  await page.keyboard.press('Control+z')
  await expect.poll(() => storeText(page)).toBe(seed)
  await expect(checks).not.toContainText('precache-label-consistency')
})
