/**
 * Monaco themes on PatternFly's surfaces: the editors sit on the page's own background and text
 * colours (light: white/gray-95, dark: gray-80/white), syntax colours from Monaco's vs/vs-dark.
 * Monaco's theme is global: every editor must name the same one (use `monacoTheme`).
 */
import { monaco } from './monaco/setup.ts'

const THEMES = { light: 'pf-v6-light', dark: 'pf-v6-dark' } as const

monaco.editor.defineTheme(THEMES.light, {
  base: 'vs',
  inherit: true,
  rules: [],
  colors: {
    'editor.background': '#ffffff',
    'editor.foreground': '#151515',
    'editorLineNumber.foreground': '#707070',
    'editorGutter.background': '#ffffff',
  },
})
monaco.editor.defineTheme(THEMES.dark, {
  base: 'vs-dark',
  inherit: true,
  rules: [],
  colors: {
    'editor.background': '#292929',
    'editor.foreground': '#ffffff',
    'editorLineNumber.foreground': '#a3a3a3',
    'editorGutter.background': '#292929',
  },
})

export const monacoTheme = (scheme: 'dark' | 'light'): string => THEMES[scheme]
