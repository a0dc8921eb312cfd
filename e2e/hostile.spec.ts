/**
 * Hostile documents that one pane cannot show: that pane says so and offers a way back, the rest
 * of the app keeps working (error boundaries around each pane).
 */
import type { Studio } from './support.ts'
import { bareSno, expect, test } from './support.ts'

const bare = bareSno

/**
 * Valid JSON nested 5,000 levels deep inside the cluster's ignitionConfigOverride, its brackets
 * written as YAML escapes so the reader's bracket count does not see them.
 */
function deepOverride(): string {
  const json = `{"ignition":{"version":"3.2.0"},"storage":{"x":${'\\x5b'.repeat(5000)}${'\\x5d'.repeat(5000)}}}`
  const quoted = `"${json.replace(/"/g, '\\"')}"`
  return bare.replace('    nodes:\n', `    ignitionConfigOverride: ${quoted}\n    nodes:\n`)
}

/** A node's userData of 2 KB whose aliases expand to ~4 MB (44,000 values): under the reader's caps. */
function aliasUserData(): string {
  const pad = ' '.repeat(12)
  let defs = `${pad}l0: &l0 "${'x'.repeat(100)}"\n`
  for (let i = 1; i <= 4; i++)
    defs += `${pad}l${i}: &l${i} [${Array(10)
      .fill(`*l${i - 1}`)
      .join(', ')}]\n`
  const userData = `        userData:\n          defs:\n${defs}          top: [*l4, *l4, *l4]\n`
  return bare.replace('        role: "master"\n', `        role: "master"\n${userData}`)
}

/** A unit ordered before 20,000 others, and one after them. */
function manyUnits(): string {
  const many = Array.from({ length: 20_000 }, (_, i) => `u${i}.service`).join(' ')
  const units = [
    { name: 'a.service', contents: `[Unit]\nBefore=${many}\n` },
    { name: 'b.service', contents: `[Unit]\nAfter=${many}\n` },
  ]
  const json = JSON.stringify({ ignition: { version: '3.2.0' }, systemd: { units } })
  return bare.replace('    nodes:\n', `    ignitionConfigOverride: '${json}'\n    nodes:\n`)
}

/** The toolbar and the other views still answer. */
async function appStillWorks(studio: Studio) {
  await studio.tabs.open('Problems')
  await expect(studio.tabs.panel('Problems')).toBeVisible()
  await studio.tabs.open('YAML')
  await expect(studio.yaml.view).toBeVisible()
  await studio.selectSite()
  await expect(studio.form.heading('Site')).toBeVisible()
  const dialog = await studio.toolbar.openNew()
  await expect(dialog).toBeVisible()
  await studio.page.keyboard.press('Escape')
}

test('a deep override: the Preview says it cannot show it, the rest works', async ({ studio }) => {
  await studio.open({ name: 'deep.yaml', text: deepOverride() })
  await studio.tabs.open('Preview')
  const panel = studio.preview.panel
  // today the Preview's boundary catches the stack overflow; a reader that refuses such JSON
  // (depth-checked before parsing) says so in the same place
  await expect(panel.getByRole('alert').first()).toContainText(
    /This pane could not show the document: |too deep|nest/i,
  )
  const back = panel.getByRole('button', { name: 'Back to the YAML' })
  await ((await back.isVisible()) ? back : studio.tabs.tab('YAML')).click()
  await studio.tabs.expectSelected('YAML')
  await appStillWorks(studio)
})

test('an alias-expanded userData: the form shows the node without dumping it', async ({
  studio,
}) => {
  test.setTimeout(60_000)
  await studio.open({ name: 'alias.yaml', text: aliasUserData() })
  await studio.selectNode('sno1', /sno1\.example\.com/)
  const form = studio.form.region
  await expect(form.getByRole('heading', { name: 'Node sno1.example.com' })).toBeVisible()
  await expect(form.getByRole('note')).toContainText('Too large to show here')
  await appStillWorks(studio)
})

test('20,000 Before= names: the boot order draws the first 200 and says how many more', async ({
  studio,
}) => {
  // the page's own bound is the 20 s below; the test also opens three more views afterwards
  test.setTimeout(60_000)
  await studio.open({ name: 'many.yaml', text: manyUnits() })
  await studio.tabs.open('Preview')
  const { figure, drawnUnits } = studio.preview.bootOrderFigure()
  // generous: the uncapped diagram froze the page for 21 s
  await expect(figure).toContainText('…and 19,802 more units not drawn', { timeout: 20_000 })
  await expect(drawnUnits).toHaveCount(200)
  await appStillWorks(studio)
})
