import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'

const seed = readFileSync(
  new URL('../../shared/fixtures/seed-example.yaml', import.meta.url),
  'utf8',
)

test('a first visit opens on the seed example, entirely offline', async ({ page }) => {
  const requests: string[] = []
  page.on('request', (r) => requests.push(r.url()))
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'SiteConfig Studio' })).toBeVisible()
  const yaml = page.getByTestId('yaml.text')
  await expect(yaml).toContainText('clusterName: "sno-worker-0"')
  expect(await yaml.textContent()).toBe(seed)
  // the core runs in the page: the seed's three decimal file modes are warnings, not errors
  await expect(page.getByTestId('problems.summary')).toHaveText('0 errors, 3 warnings')
  expect(
    requests.filter((u) => !u.startsWith('http://127.0.0.1:4173/') && !u.startsWith('data:')),
  ).toEqual([])
})
