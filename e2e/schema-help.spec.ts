import { expect, openApp, test } from './support.ts'

test('the YAML pane explains keys on hover and offers enum values, offline', async ({ page }) => {
  await openApp(page)
  // hover on networkType (line 27 of the seed): the description from the field table
  await page.evaluate(() => {
    const { editor } = window.__studioMonaco!
    editor.focus()
    editor.setPosition({ lineNumber: 27, column: 8 })
    editor.trigger('test', 'editor.action.showHover', {})
  })
  const hover = page.locator('.monaco-hover-content')
  await expect(hover).toContainText('Network type')
  await expect(hover).not.toContainText('GitOps ZTP SiteConfig')

  // completion of the value offers the enum
  await page.evaluate(() => {
    const { editor } = window.__studioMonaco!
    const model = editor.getModel()!
    const line = model.getLineContent(27)
    const at = line.indexOf(':') + 2
    editor.executeEdits('test', [
      {
        range: {
          startLineNumber: 27,
          startColumn: at + 1,
          endLineNumber: 27,
          endColumn: line.length + 1,
        },
        text: '',
      },
    ])
    editor.setPosition({ lineNumber: 27, column: at + 1 })
    editor.focus()
  })
  await page.keyboard.press('Escape')
  await page.keyboard.press('Control+Space')
  const suggest = page.locator('.suggest-widget')
  await expect(suggest).toContainText('OVNKubernetes')
  await expect(suggest).toContainText('OpenShiftSDN')
})

test('the YAML pane completes cluster keys from the schema', async ({ page }) => {
  await openApp(page)
  await page.evaluate(() => {
    const { editor } = window.__studioMonaco!
    const model = editor.getModel()!
    const end = model.getLineMaxColumn(27)
    editor.executeEdits('test', [
      {
        range: { startLineNumber: 27, startColumn: end, endLineNumber: 27, endColumn: end },
        text: '\n    ',
      },
    ])
    editor.setPosition({ lineNumber: 28, column: 5 })
    editor.focus()
  })
  await page.keyboard.type('cpuPart')
  await page.keyboard.press('Control+Space')
  await expect(page.locator('.suggest-widget')).toContainText('cpuPartitioningMode')
  await page.keyboard.press('Enter')
  await expect
    .poll(() => page.evaluate(() => window.__studioMonaco!.editor.getModel()!.getLineContent(28)))
    .toMatch(/^ {4}cpuPartitioningMode: ?/)
})
