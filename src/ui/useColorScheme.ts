import { useSyncExternalStore } from 'react'

const query = () => window.matchMedia('(prefers-color-scheme: dark)')

/** 'dark' or 'light', following the system setting live. One source for the app and Monaco. */
export function useColorScheme(): 'dark' | 'light' {
  return useSyncExternalStore(
    (cb) => {
      const q = query()
      q.addEventListener('change', cb)
      return () => q.removeEventListener('change', cb)
    },
    () => (query().matches ? 'dark' : 'light'),
  )
}
