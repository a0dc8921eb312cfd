import { expect, test } from './support.ts'

test('Copy YAML puts the current document on the clipboard and says so', async ({ studio }) => {
  await studio.open()
  await studio.field('spec.baseDomain').fill('copied.example.com')
  await studio.toolbar.copy()
  await expect(studio.toolbar.notice).toHaveText(/^Copied \d+ lines of YAML\.$/)
  const clip = await studio.clipboard()
  expect(clip).toBe(await studio.text())
  expect(clip).toContain('baseDomain: "copied.example.com"')
})
