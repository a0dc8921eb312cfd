import { expect, openApp, test } from './support.ts'

test('the built app runs under its strict CSP: workers and Monaco load, nothing is refused', async ({
  page,
}) => {
  const refused: string[] = []
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) refused.push(m.text())
  })
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] }
    w.__csp = []
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    )
  })
  await openApp(page)
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content')
  for (const d of [
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ])
    expect(csp).toContain(d)
  expect(csp).not.toContain('blob:')
  // the YAML worker answers a completion request; the validation worker reports problems
  await page.locator('.yaml-editor .view-lines').click()
  await page.keyboard.press('Control+Space')
  await expect(page.locator('.suggest-widget')).toBeVisible()
  await page.getByRole('tab', { name: 'Preview' }).click()
  await expect(page.getByRole('radiogroup', { name: 'Stage' })).toBeVisible()
  await page.getByRole('tab', { name: 'Diff' }).click()
  await page.getByRole('tab', { name: 'Problems' }).click()
  const violations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)
  expect(violations).toEqual([])
  expect(refused).toEqual([])
})
