/**
 * PatternFly's stylesheets carry token sets for themes the app never turns on (high contrast, felt,
 * glass: 130 KB of the 800 KB of CSS the first screen parses). The app sets only PatternFly's dark
 * class, so a selector that needs one of the others can never match; this PostCSS plugin drops those
 * selectors, and rules left with none.
 */
import type { Plugin } from 'postcss'

/** A theme class the app never sets (App toggles only pf-v6-theme-dark). */
export const UNUSED_THEME = /\.pf-v6-theme-(?:high-contrast|felt|glass)(?![\w-])/

export const pruneThemes: Plugin = {
  postcssPlugin: 'prune-unused-themes',
  Rule(rule) {
    if (!UNUSED_THEME.test(rule.selector)) return
    const kept = rule.selectors.filter((s) => !UNUSED_THEME.test(s))
    if (kept.length) rule.selectors = kept
    else rule.remove()
  },
}
