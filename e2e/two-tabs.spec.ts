import type { Studio } from './support.ts'
import { expect, test } from './support.ts'

const domain = (s: Studio) => s.field('spec.baseDomain')
const offer = (s: Studio) => s.page.getByTestId('other-tab')

test('two tabs keep both tabs` work: each is told of the other`s save and chooses', async ({
  newTab,
}) => {
  const a = await newTab()
  const b = await newTab()
  await a.open()
  await b.open()

  // B only navigates: it writes nothing, so A is not told anything
  await b.selectCluster('sno-worker-0')
  await b.problems.open()

  await domain(a).fill('from-a.example.com')
  await expect(offer(b)).toContainText(/Another tab saved this document at \d\d:\d\d/)
  expect(await b.autosave.saves()).toBe(0)
  await expect(offer(a)).toHaveCount(0)

  // B's own edit is held, not written over A's, and not lost
  await b.selectSite()
  await domain(b).fill('from-b.example.com')
  await expect(offer(b)).toContainText('Your changes here are not autosaved until you choose')
  await domain(b).expectValue('from-b.example.com')

  // keeping mine is an explicit choice: then it is saved, and A is told
  await b.page.getByRole('button', { name: 'Keep mine' }).click()
  await expect(offer(b)).toHaveCount(0)
  await expect(offer(a)).toBeVisible()
  await domain(a).expectValue('from-a.example.com')
  await a.page.getByRole('button', { name: "Load the other tab's version" }).click()
  await domain(a).expectValue('from-b.example.com')
  await expect(offer(a)).toHaveCount(0)
  await expect(a.toolbar.notice).toContainText("Loaded the other tab's version")

  // a third tab opens what was chosen, and says when it was saved
  const c = await newTab()
  await c.open()
  await domain(c).expectValue('from-b.example.com')
  await expect(c.toolbar.notice).toHaveText(/^Restored your work from \d\d:\d\d\.$/)
})
