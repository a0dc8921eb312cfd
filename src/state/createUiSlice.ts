import type { StateCreator } from 'zustand'
import type { Scope } from '../core/document/scope.ts'
import type { Theme } from './prefs.ts'
import type { AcmVersion } from '../core/render/types.ts'
import { DEFAULT_ACM } from '../core/render/types.ts'

/** What the navigator has selected: the site, a cluster, or a node of a cluster. */
export type Selection = Scope

export type RightTab = 'sites' | 'yaml' | 'preview' | 'resources' | 'diff' | 'problems'

/** The one modal open at a time: the command palette, New, Start over, Enable pre-caching. */
export type Dialog = 'palette' | 'new' | 'start-over' | 'precache' | 'convert'

export interface UiSlice {
  selection: Selection
  rightTab: RightTab
  /** width of the right pane in pixels (remembered) */
  paneWidth: number
  /** the Diff tab shows one column with changes inline (else side by side); remembered */
  diffInline: boolean
  setDiffInline: (inline: boolean) => void
  /** light, dark, or following the system (remembered) */
  theme: Theme
  setTheme: (t: Theme) => void
  /** fields (dotted paths) the user has changed or was sent to: their findings show under them */
  touched: ReadonlySet<string>
  touch: (path: string) => void
  /** the document field (dotted path) the form or the YAML cursor is on: the Resources tab lights what it feeds */
  focusPath: string | null
  setFocusPath: (path: string | null) => void
  /** the ACM release whose templates render a ClusterInstance in the Resources tab */
  acm: AcmVersion
  setAcm: (v: AcmVersion) => void
  select: (s: Selection) => void
  setRightTab: (t: RightTab) => void
  setPaneWidth: (w: number) => void
  dialog: Dialog | null
  openDialog: (d: Dialog) => void
  closeDialog: () => void
}

export const createUiSlice: StateCreator<UiSlice, [], [], UiSlice> = (set) => ({
  selection: { kind: 'site' },
  rightTab: 'yaml',
  paneWidth: 560,
  diffInline: false,
  setDiffInline: (diffInline) => set({ diffInline }),
  theme: 'system',
  setTheme: (theme) => set({ theme }),
  touched: new Set(),
  touch: (path) =>
    set((s) => (s.touched.has(path) ? s : { touched: new Set([...s.touched, path]) })),
  focusPath: null,
  setFocusPath: (focusPath) => set((s) => (s.focusPath === focusPath ? s : { focusPath })),
  acm: DEFAULT_ACM,
  setAcm: (acm) => set({ acm }),
  select: (selection) => set({ selection }),
  setRightTab: (rightTab) => set({ rightTab }),
  setPaneWidth: (w) => set({ paneWidth: Math.round(Math.min(1400, Math.max(320, w))) }),
  dialog: null,
  openDialog: (dialog) => set({ dialog }),
  closeDialog: () => set({ dialog: null }),
})
