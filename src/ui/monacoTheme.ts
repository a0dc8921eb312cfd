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
  // vs writes attribute names (a shell script's `-r`, `-eq`) in #ff0000: 3.99:1 on white, under
  // WCAG AA's 4.5:1; PatternFly's red-60 keeps the hue at 6:1
  rules: [{ token: 'attribute.name', foreground: 'b1380b' }],
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
  // vs-dark's comments (#608b4e, 3.67:1) and meta tags such as a script's shebang (#dd6a6f,
  // 4.4:1) fall under WCAG AA on gray-80: the same hues, lighter
  rules: [
    { token: 'comment', foreground: '7ca668' },
    { token: 'metatag', foreground: 'e57a7f' },
  ],
  colors: {
    'editor.background': '#292929',
    'editor.foreground': '#ffffff',
    'editorLineNumber.foreground': '#a3a3a3',
    'editorGutter.background': '#292929',
  },
})

export const monacoTheme = (scheme: 'dark' | 'light'): string => THEMES[scheme]
