import { readFileSync } from 'node:fs'
import postcss from 'postcss'
import { describe, expect, it } from 'vitest'
import { pruneThemes, UNUSED_THEME } from './pruneThemes.ts'

const prune = (css: string) => postcss([pruneThemes]).process(css, { from: undefined }).css

describe('pruneThemes', () => {
  it('drops rules and selectors for themes the app never sets, keeps light and dark', () => {
    const css = [
      ':root{--a:1}',
      ':root:where(.pf-v6-theme-dark){--a:2}',
      ':root:where(.pf-v6-theme-high-contrast){--a:3}',
      ':root:where(.pf-v6-theme-dark.pf-v6-theme-felt){--a:4}',
      '.x,:where(.pf-v6-theme-glass) .x{color:red}',
      '.pf-v6-theme-glassy{color:blue}',
    ].join('\n')
    expect(prune(css).split('\n')).toEqual([
      ':root{--a:1}',
      ':root:where(.pf-v6-theme-dark){--a:2}',
      '.x{color:red}',
      '.pf-v6-theme-glassy{color:blue}',
    ])
  })

  it("leaves none of PatternFly's unused theme selectors in its base stylesheet, and most of it", () => {
    const path = new URL(
      '../../node_modules/@patternfly/react-core/dist/styles/base.css',
      import.meta.url,
    )
    const base = readFileSync(path, 'utf8')
    expect(UNUSED_THEME.test(base)).toBe(true)
    const out = prune(base)
    expect(UNUSED_THEME.test(out)).toBe(false)
    expect(out).toContain(':root:where(.pf-v6-theme-dark)')
    expect(out.length).toBeGreaterThan(base.length * 0.5)
  })
})
