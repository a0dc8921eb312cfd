import { bareSno, expect, test } from './support.ts'

test('the built app runs under its strict CSP: workers and Monaco load, nothing is refused', async ({
  studio,
}) => {
  const violations = await studio.watchCsp()
  await studio.open()
  const csp = await studio.csp()
  for (const d of [
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ])
    expect(csp).toContain(d)
  expect(csp).not.toContain('blob:')
  // the YAML worker answers a completion request; the validation worker reports problems
  await studio.yaml.view.click()
  await expect(await studio.yaml.suggest()).toBeVisible()
  await studio.preview.open()
  await studio.diff.open()
  await studio.problems.open()
  expect(await violations()).toEqual([])
})

test('the YAML pane keeps U+2028 and bidi controls byte for byte and marks them', async ({
  studio,
}) => {
  const text = bareSno.replace(
    '    nodes:\n',
    '    # comment\u2028    extraManifestPath: "../../x"\n    # \u202eevil\u202c\n    nodes:\n',
  )
  await studio.open({ name: 'ls.yaml', text })
  await expect.poll(() => studio.yaml.text()).toBe(text)
  const line = text.split('\n').findIndex((l) => l.includes('\u2028')) + 1
  // ours for U+2028, Monaco's highlighter for the bidi override on the next line
  await expect
    .poll(() => studio.yaml.unicodeMarkedLines())
    .toEqual(expect.arrayContaining([line, line + 1]))
  await expect(studio.yaml.oddLineBreaks).toHaveCount(1)
})

test('a hover in the YAML pane shows the schema help, never the file’s own values', async ({
  studio,
}) => {
  // a value that would close the hover's code fence and add a link, were it rendered
  const text = bareSno.replace(
    '  namespace: "example-sno"\n',
    '  namespace: "example-sno"\n  labels:\n    x: "```\\n[click me](https://evil.example/)"\n',
  )
  await studio.open({ name: 'hover.yaml', text })
  // the colon: the property itself
  const hover = await studio.yaml.hoverOn('metadata:', ':')
  await expect(hover).toBeVisible()
  await expect(hover).not.toContainText('example-sno')
  await expect(hover).toContainText('Metadata')
  // no schema-source link either (a modeline can name the schema)
  await expect(hover).not.toContainText('Source:')
  await expect(studio.yaml.hoverAnchors).toHaveCount(0)
})
