/**
 * Layout choices (pane width, target release, diff layout, theme) are small and per browser: kept in
 * localStorage apart from the document, so changing them never rewrites a 10 MB save, and read
 * synchronously so the first render already has them.
 */
import { readLegacy } from './legacySave.ts'

const KEY = 'siteconfig-studio:prefs'

/** 'system' follows the operating system's light or dark setting live. */
export const THEMES = ['system', 'light', 'dark'] as const
export type Theme = (typeof THEMES)[number]

export interface Prefs {
  paneWidth: number
  release: string
  diffInline: boolean
  theme: Theme
}

const storage = (): Storage | null => (typeof localStorage === 'undefined' ? null : localStorage)

export function readPrefs(): Partial<Prefs> {
  try {
    const raw = storage()?.getItem(KEY)
    const p = (raw ? JSON.parse(raw) : readLegacy(storage())) as Partial<Prefs> | null
    const out: Partial<Prefs> = {}
    if (typeof p?.paneWidth === 'number') out.paneWidth = p.paneWidth
    if (typeof p?.release === 'string') out.release = p.release
    if (typeof p?.diffInline === 'boolean') out.diffInline = p.diffInline
    if (THEMES.includes(p?.theme as Theme)) out.theme = p!.theme
    // taken from an earlier version's save: kept under our key before that save is dropped
    if (!raw && p) storage()?.setItem(KEY, JSON.stringify(out))
    return out
  } catch {
    return {}
  }
}

export function writePrefs(p: Prefs): void {
  try {
    storage()?.setItem(KEY, JSON.stringify(p))
  } catch {
    // a full or absent storage: the layout is simply not remembered
  }
}
