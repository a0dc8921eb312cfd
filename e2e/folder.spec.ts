import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startServer } from '../src/cli/serve.ts'
import { generateRepo, git, sitePath, writeRepo } from '../src/test/fleetRepo.ts'
import { expect, test } from './support.ts'

/** a generated GitOps repository of 12 SiteConfigs and 3 ClusterInstances, committed */
const repository = () => writeRepo(generateRepo(12, 3).files)

test('open a folder, edit two sites in turn, bulk-set the image set on three, and one patch git applies', async ({
  studio,
}) => {
  const dir = repository()
  const head = git(dir, 'rev-parse', 'HEAD').trim()
  await studio.open()
  const { sites } = studio
  await sites.openFolder(dir)
  await sites.checked()
  await expect(sites.count).toHaveText('15 of 15 sites shown, 0 chosen')
  // the baseline is the checkout's HEAD, read from .git in the browser
  await expect(sites.summary).toContainText(`Baseline: git HEAD ${head.slice(0, 12)}`)
  // the seed's three decimal modes are errors in every copy; site-003 and site-007 share a name
  expect(await sites.cells(sitePath(3))).toEqual([
    sitePath(3),
    'SiteConfig',
    'site-003',
    '1',
    '3',
    expect.any(String),
    'Listed by a kustomization',
  ])
  await expect(sites.findings).toContainText('clusterName site-003 is defined in 2 files')
  await expect(sites.findings).toContainText('sites/site-999.yaml in generators is not there')

  // edit site-001, go to site-002, come back: the edit and its undo step are still there
  await sites.openSite(sitePath(1))
  const domain = studio.field('spec.baseDomain')
  await domain.fill('edge.example.org')
  await domain.input.blur()
  await sites.openSite(sitePath(2))
  await expect(domain.input).not.toHaveValue('edge.example.org')
  await sites.openSite(sitePath(1))
  await expect(domain.input).toHaveValue('edge.example.org')
  await expect(sites.row(sitePath(1))).toContainText('(changed)')

  // one bulk edit on three chosen sites
  await sites.choose(sitePath(4), sitePath(5), sitePath(6))
  await sites.bulkSet('Every cluster', 'clusterImageSetNameRef', 'img4.18')
  await studio.tabs.expectSelected('Diff (changed)')
  await expect(sites.changedFiles).toContainText('Changed files: 4')

  const patch = await sites.downloadPatch()
  writeFileSync(join(dir, 'all.patch'), patch.text)
  git(dir, 'apply', '--check', 'all.patch')
  git(dir, 'apply', 'all.patch')
  expect(git(dir, 'diff', '--name-only').trim().split('\n')).toEqual([
    sitePath(1),
    sitePath(4),
    sitePath(5),
    sitePath(6),
  ])
  for (const i of [4, 5, 6])
    expect(readFileSync(join(dir, sitePath(i)), 'utf8')).toContain(
      'clusterImageSetNameRef: "img4.18"',
    )
  expect(readFileSync(join(dir, sitePath(1)), 'utf8')).toContain('edge.example.org')

  // the bulk edit is one undo: the three sites go back, the hand edit stays
  await sites.undoBulk()
  await expect(sites.changedFiles).toContainText('Changed files: 1')
})

test('served by `siteconfig-studio serve DIR`, the app opens that folder read-only', async ({
  studio,
  page,
}) => {
  const dir = repository()
  const server = await startServer({
    appDir: fileURLToPath(new URL('../dist', import.meta.url)),
    repoDir: dir,
    port: 0,
  })
  try {
    await page.goto(`${server.url}?folder`)
    const { sites } = studio
    await studio.tabs.expectSelected('Sites')
    await sites.checked()
    await expect(sites.count).toHaveText('15 of 15 sites shown, 0 chosen')
    await expect(sites.summary).toContainText('Baseline: git HEAD')
    await expect(sites.readOnly).toBeVisible()
  } finally {
    await server.close()
  }
})
