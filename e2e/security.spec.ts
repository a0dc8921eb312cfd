import { bareSno, expect, importText, monacoText, openApp, test } from './support.ts'

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

test('the YAML pane keeps U+2028 and bidi controls byte for byte and marks them', async ({
  page,
}) => {
  await openApp(page)
  const text = bareSno.replace(
    '    nodes:\n',
    '    # comment\u2028    extraManifestPath: "../../x"\n    # \u202eevil\u202c\n    nodes:\n',
  )
  await importText(page, 'ls.yaml', text)
  await expect.poll(() => monacoText(page)).toBe(text)
  const marked = () =>
    page.evaluate(() =>
      window
        .__studioMonaco!.editor.getModel()!
        .getAllDecorations()
        .filter((d) =>
          /unicode-highlight/.test(d.options.inlineClassName ?? d.options.className ?? ''),
        )
        .map((d) => d.range.startLineNumber),
    )
  const line = text.split('\n').findIndex((l) => l.includes('\u2028')) + 1
  // ours for U+2028, Monaco's highlighter for the bidi override on the next line
  await expect.poll(marked).toEqual(expect.arrayContaining([line, line + 1]))
  await expect(page.locator('.yaml-editor .odd-line-break')).toHaveCount(1)
})

test('a hover in the YAML pane shows the schema help, never the file’s own values', async ({
  page,
}) => {
  await openApp(page)
  // a value that would close the hover's code fence and add a link, were it rendered
  const text = bareSno.replace(
    '  namespace: "example-sno"\n',
    '  namespace: "example-sno"\n  labels:\n    x: "```\\n[click me](https://evil.example/)"\n',
  )
  await importText(page, 'hover.yaml', text)
  const line = text.split('\n').indexOf('metadata:') + 1
  await page.evaluate((l) => {
    const { editor } = window.__studioMonaco!
    editor.focus()
    editor.setPosition({ lineNumber: l, column: 9 }) // the colon: the property itself
    editor.trigger('test', 'editor.action.showHover', {})
  }, line)
  const hover = page.locator('.monaco-hover:not(.hidden)').first()
  await expect(hover).toBeVisible()
  await expect(hover).not.toContainText('example-sno')
  await expect(hover).toContainText('Metadata')
  // no schema-source link either (a modeline can name the schema)
  await expect(hover).not.toContainText('Source:')
  await expect(hover.locator('a')).toHaveCount(0)
})
