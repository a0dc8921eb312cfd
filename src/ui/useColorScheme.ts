import { useEffect, useSyncExternalStore } from 'react'
import { useEditorStore } from '../state/editorStore.ts'
import type { Theme } from '../state/prefs.ts'

const query = () => window.matchMedia('(prefers-color-scheme: dark)')

function useSystemScheme(): 'dark' | 'light' {
  return useSyncExternalStore(
    (cb) => {
      const q = query()
      q.addEventListener('change', cb)
      return () => q.removeEventListener('change', cb)
    },
    () => (query().matches ? 'dark' : 'light'),
  )
}

/** The scheme a theme choice shows: its own, or the system's for 'system'. */
export const schemeOf = (theme: Theme, system: 'dark' | 'light'): 'dark' | 'light' =>
  theme === 'system' ? system : theme

/** 'dark' or 'light': the chosen theme, or the system setting live. One source for the app and Monaco. */
export function useColorScheme(): 'dark' | 'light' {
  const system = useSystemScheme()
  return schemeOf(
    useEditorStore((s) => s.theme),
    system,
  )
}

/** PatternFly's dark theme is a class on <html>: it follows the scheme (App calls this once). */
export function useThemeClass(scheme: 'dark' | 'light'): void {
  useEffect(() => {
    document.documentElement.classList.toggle('pf-v6-theme-dark', scheme === 'dark')
  }, [scheme])
}
