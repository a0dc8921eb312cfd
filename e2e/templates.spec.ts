import { expect, seed, template, test } from './support.ts'

// the 4.21 documentation's example keeps the docs' decimal 755 modes too
const CI_DOCS_ERRORS = 3

const cases = [
  {
    radio: /Documentation example/,
    text: seed,
    tree: ['example-5g-lab', 'sno-worker-0'],
    nodes: 1,
    // the docs' own example keeps their decimal 755 modes: errors in the rule catalogue
    errors: 3,
  },
  {
    radio: /Bare single-node/,
    text: template('bare-sno.yaml'),
    tree: ['example-sno', 'sno1'],
    nodes: 1,
  },
  {
    radio: /3-node compact/,
    text: template('compact-3node.yaml'),
    tree: ['example-compact', 'compact1'],
    nodes: 3,
  },
  {
    radio: /Standard cluster/,
    text: template('standard.yaml'),
    tree: ['example-standard', 'standard1'],
    nodes: 5,
  },
  {
    radio: /4\.21 documentation/,
    text: template('ci-docs-precache.yaml'),
    tree: ['sno-worker-0'],
    nodes: 1,
    errors: CI_DOCS_ERRORS,
  },
  { radio: /clusterType SNO/, text: template('ci-sno.yaml'), tree: ['sno1'], nodes: 1 },
  { radio: /three masters$/, text: template('ci-compact.yaml'), tree: ['compact1'], nodes: 3 },
  { radio: /two workers$/, text: template('ci-standard.yaml'), tree: ['standard1'], nodes: 5 },
  { radio: /an arbiter/, text: template('ci-arbiter.yaml'), tree: ['arbiter1'], nodes: 3 },
]

for (const c of cases)
  test(`New → ${c.radio.source} opens that template with only its known errors`, async ({
    studio,
  }) => {
    await studio.open()
    await studio.toolbar.newDocument(c.radio)
    await expect.poll(() => studio.yaml.text()).toBe(c.text)
    // a ClusterInstance's site and cluster rows may share the name
    for (const name of c.tree) await expect(studio.tree.item(name).first()).toBeVisible()
    await expect(studio.tree.items).toHaveCount(2 + c.nodes)
    await expect(studio.problems.summary).toHaveText(new RegExp(`^${c.errors ?? 0} errors`))
  })

test('New warns before replacing edited work, and Cancel keeps it', async ({ studio }) => {
  await studio.open()
  await studio.field('spec.baseDomain').fill('keep.example.com')
  const dialog = await studio.toolbar.openNew()
  await expect(dialog).toContainText('has changes since it was opened')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()
  await studio.field('spec.baseDomain').expectValue('keep.example.com')
})
