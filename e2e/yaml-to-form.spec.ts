import { expect, monacoText, openApp, seed, storeText, test, typeIntoMonaco } from './support.ts'

test('editing the YAML updates the form', async ({ page }) => {
  await openApp(page)
  await typeIntoMonaco(
    page,
    seed.replace('baseDomain: "example.domain.redhat.com"', 'baseDomain: "edge.example.org"'),
  )
  await expect(page.locator('[name="spec.baseDomain"]')).toHaveValue('edge.example.org')
  expect(await storeText(page)).toContain('baseDomain: "edge.example.org"')
})

test('typing in Monaco reaches the form after a short pause', async ({ page }) => {
  await openApp(page)
  await page.evaluate(() => {
    const { editor } = window.__studioMonaco!
    editor.focus()
    editor.setPosition({ lineNumber: 4, column: 24 }) // after example-5g-lab, before the quote
  })
  await page.keyboard.type('-x')
  await expect(page.locator('[name="metadata.name"]')).toHaveValue('example-5g-lab-x')
})

test('broken YAML: banner, last valid form, text kept; fixing it resumes the sync', async ({
  page,
}) => {
  await openApp(page)
  const broken = seed.replace(
    '  baseDomain: "example.domain.redhat.com"',
    '  baseDomain: "edge.example.org\n  oops: [',
  )
  await typeIntoMonaco(page, broken)
  const banner = page.getByRole('alert').filter({ hasText: 'The YAML does not parse' })
  await expect(banner).toBeVisible()
  await expect(banner).toContainText(/line \d+, column \d+/)
  await expect(page.locator('[name="spec.baseDomain"]')).toHaveValue('example.domain.redhat.com')
  await expect(page.locator('[name="spec.baseDomain"]')).toBeDisabled()
  expect(await monacoText(page)).toBe(broken)
  expect(await storeText(page)).toBe(broken)
  const markers = await page.evaluate(() => {
    const { monaco, editor } = window.__studioMonaco!
    return monaco.editor
      .getModelMarkers({ resource: editor.getModel()!.uri })
      .filter((m) => m.source === 'yaml-parse')
      .map((m) => m.startLineNumber)
  })
  expect(markers.length).toBe(1)
  const fixed = seed.replace(
    'baseDomain: "example.domain.redhat.com"',
    'baseDomain: "edge.example.org"',
  )
  await typeIntoMonaco(page, fixed)
  await expect(banner).toBeHidden()
  await expect(page.locator('[name="spec.baseDomain"]')).toHaveValue('edge.example.org')
  await page.locator('[name="spec.baseDomain"]').fill('edge2.example.org')
  await expect
    .poll(() => monacoText(page))
    .toBe(fixed.replace('edge.example.org', 'edge2.example.org'))
})
