/**
 * The e2e specs are journeys on page objects (e2e/studio/): they say what a user does, and how
 * the app is reached — window hooks, CSS selectors, Monaco's API, line numbers of the seed,
 * sleeps — lives in the page objects, so a change of markup or of the seed mends one file.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const E2E = new URL('../../e2e/', import.meta.url)

const RULES: Array<[string, RegExp]> = [
  ['a fixed sleep (wait on a condition: expect.poll or a locator assertion)', /waitForTimeout/],
  ['an e2e window hook (use the page objects)', /__studio/],
  ['a window global (use the page objects)', /\bwindow\s*[.[]/],
  ['code run in the page (page objects do that)', /\.(evaluate|evaluateHandle|evaluateAll)\(/],
  ['a wait on page code (page objects do that)', /\.(waitForFunction|addInitScript)\(/],
  ['a CSS or attribute selector (use roles, labels, or the page objects)', /\.locator\(/],
  ['a Monaco position (find lines by content: lineOf, placeCursor)', /\blineNumber\s*:/],
  ['a line read by number (find lines by content)', /getLineContent|setPosition/],
  ['a literal line number (compute it with lineOf)', /toEqual\(\s*\[+\s*\d/],
  ['a literal "line:" position (compute it with lineOf)', /['"`]\d+:['"`]/],
]

/** What a spec's text does that specs must not. */
export function specViolations(text: string): string[] {
  const lines = text.split('\n')
  return RULES.flatMap(([why, re]) =>
    lines.flatMap((l, i) => (re.test(l) ? [`line ${i + 1}: ${why}: ${l.trim()}`] : [])),
  )
}

const specs = readdirSync(E2E).filter((f) => f.endsWith('.spec.ts'))

describe('e2e specs are journeys on page objects', () => {
  it('finds the specs', () => {
    expect(specs.length).toBeGreaterThanOrEqual(16)
  })

  it.each(specs)('%s uses no sleeps, window globals, CSS selectors or line numbers', (f) => {
    expect(specViolations(readFileSync(new URL(f, E2E), 'utf8'))).toEqual([])
  })

  it.each(specs)('%s runs on the shared test (offline check and studio fixture)', (f) => {
    expect(readFileSync(new URL(f, E2E), 'utf8')).toMatch(/from '\.\/support\.ts'/)
  })

  it.each([
    'await page.waitForTimeout(500)',
    'await page.evaluate(() => window.__studioMonaco!.editor.getValue())',
    'const s = window.__studio',
    "await page.locator('.field-problems').click()",
    'page.locator(\'[name="spec.baseDomain"]\')',
    'editor.setPosition({ lineNumber: 100, column: 5 })',
    'model.getLineContent(28)',
    'expect(changedLines(seed, text)).toEqual([13])',
    'expect(markers).toEqual([[82, 8]])',
    "await expect(entry).toContainText('82:')",
    'await page.waitForFunction(() => true)',
  ])('catches %s', (line) => {
    expect(specViolations(line)).not.toEqual([])
  })

  it('lets a journey through', () => {
    const ok = [
      "await studio.selectNode('sno-worker-0', /^snonode/)",
      "await studio.field('spec.baseDomain').fill('x.example.com')",
      "expect(changedLines(seed, text)).toEqual([lineOf(seed, 'clusterName:')])",
      "test('dropping a file on the window imports it', async ({ studio }) => {",
    ]
    expect(ok.flatMap(specViolations)).toEqual([])
  })
})
