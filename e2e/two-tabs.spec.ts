import type { Page } from '@playwright/test'
import { expect, openApp, saves, test } from './support.ts'

const domain = (page: Page) => page.locator('[name="spec.baseDomain"]')
const offer = (page: Page) => page.getByTestId('other-tab')

test('two tabs keep both tabs` work: each is told of the other`s save and chooses', async ({
  context,
}) => {
  const a = await context.newPage()
  const b = await context.newPage()
  await openApp(a)
  await openApp(b)

  // B only navigates: it writes nothing, so A is not told anything
  await b.getByRole('treeitem', { name: 'sno-worker-0', exact: true }).click()
  await b.getByRole('tab', { name: 'Problems' }).click()

  await domain(a).fill('from-a.example.com')
  await expect(offer(b)).toContainText(/Another tab saved this document at \d\d:\d\d/)
  expect(await saves(b)).toBe(0)
  await expect(offer(a)).toHaveCount(0)

  // B's own edit is held, not written over A's, and not lost
  await b.getByRole('treeitem', { name: 'example-5g-lab', exact: true }).click()
  await domain(b).fill('from-b.example.com')
  await expect(offer(b)).toContainText('Your changes here are not autosaved until you choose')
  await expect(domain(b)).toHaveValue('from-b.example.com')

  // keeping mine is an explicit choice: then it is saved, and A is told
  await b.getByRole('button', { name: 'Keep mine' }).click()
  await expect(offer(b)).toHaveCount(0)
  await expect(offer(a)).toBeVisible()
  await expect(domain(a)).toHaveValue('from-a.example.com')
  await a.getByRole('button', { name: "Load the other tab's version" }).click()
  await expect(domain(a)).toHaveValue('from-b.example.com')
  await expect(offer(a)).toHaveCount(0)
  await expect(a.getByTestId('notice')).toContainText("Loaded the other tab's version")

  // a third tab opens what was chosen, and says when it was saved
  const c = await context.newPage()
  await openApp(c)
  await expect(domain(c)).toHaveValue('from-b.example.com')
  await expect(c.getByTestId('notice')).toHaveText(/^Restored your work from \d\d:\d\d\.$/)
})
