import type { StateCreator } from 'zustand'

/**
 * pending: a change waits to be written; saved: this tab's document is what is stored;
 * failing: the browser refused the write (retried with a growing delay); held: another tab
 * saved since, and this tab writes nothing until the user chooses whose version to keep.
 */
export type SaveState = 'idle' | 'pending' | 'saved' | 'failing' | 'held'

export interface SessionSlice {
  autosave: {
    state: SaveState
    /** when this tab's document was last stored (or the restored save was made) */
    savedAt: number | null
    error: string | null
    /** writes that succeeded since the page loaded */
    saves: number
  }
  /** another tab saved its document since this tab last read or wrote the saved one */
  otherTab: { savedAt: number } | null
}

export const createSessionSlice: StateCreator<SessionSlice, [], [], SessionSlice> = () => ({
  autosave: { state: 'idle', savedAt: null, error: null, saves: 0 },
  otherTab: null,
})
