/**
 * What earlier versions autosaved in localStorage (zustand persist's `{state, version}`): read
 * once to move the work to IndexedDB and the layout choices to their own small key.
 */
export const LEGACY_KEY = 'siteconfig-studio:work'

export interface LegacySave {
  text: string
  baseline: string
  fileName: string
  delivered: boolean
  paneWidth?: number
  release?: string
  diffInline?: boolean
}

export function readLegacy(storage: Storage | null): LegacySave | null {
  try {
    const raw = storage?.getItem(LEGACY_KEY)
    const p = raw ? (JSON.parse(raw) as { state?: Record<string, unknown> }).state : undefined
    if (!p || typeof p.text !== 'string') return null
    return {
      text: p.text,
      baseline: typeof p.baseline === 'string' ? p.baseline : p.text,
      fileName: typeof p.fileName === 'string' ? p.fileName : 'siteconfig.yaml',
      delivered: p.delivered === true,
      paneWidth: typeof p.paneWidth === 'number' ? p.paneWidth : undefined,
      release: typeof p.release === 'string' ? p.release : undefined,
      diffInline: typeof p.diffInline === 'boolean' ? p.diffInline : undefined,
    }
  } catch {
    return null // unreadable: start from what IndexedDB has, or the seed
  }
}

export function dropLegacy(storage: Storage | null): void {
  try {
    storage?.removeItem(LEGACY_KEY)
  } catch {
    // storage unavailable: nothing to drop
  }
}
