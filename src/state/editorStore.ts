import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import type { PersistStorage } from 'zustand/middleware'
import { SEED_EXAMPLE } from '../templates/index.ts'
import { createDocumentSlice, isWorkable } from './createDocumentSlice.ts'
import type { DocumentSlice } from './createDocumentSlice.ts'
import { createUiSlice } from './createUiSlice.ts'
import type { UiSlice } from './createUiSlice.ts'
import { createValidationSlice } from './createValidationSlice.ts'
import type { ValidationSlice } from './createValidationSlice.ts'
import { emptyHistory } from './history.ts'
import { STORAGE_KEY, debouncedLocalStorage, onAutosaveFailure } from './persistence.ts'
import { readSiteFile } from '../core/document/siteFile.ts'

export type EditorState = DocumentSlice & ValidationSlice & UiSlice

export const FIRST_VISIT_NAME = 'seed-example.yaml'

/** What autosave keeps: the work and its baseline, plus the layout choices. */
interface Saved {
  text: string
  /** null when it equals the text (saves storing a large document twice) */
  baseline: string | null
  fileName: string
  paneWidth: number
  release?: string
  diffInline?: boolean
  /** the text was copied or downloaded as it is (no prompt when leaving) */
  delivered?: boolean
}

/** The one store of the app, built from slices; autosaved to the browser on every change. */
export const useEditorStore = create<EditorState>()(
  persist(
    (...a) => ({
      ...createDocumentSlice(SEED_EXAMPLE, FIRST_VISIT_NAME)(...a),
      ...createValidationSlice(...a),
      ...createUiSlice(...a),
    }),
    {
      name: STORAGE_KEY,
      version: 1,
      storage: debouncedLocalStorage as PersistStorage<Saved>,
      partialize: (s): Saved => ({
        text: s.file.text,
        baseline: s.baseline === s.file.text ? null : s.baseline,
        fileName: s.fileName,
        paneWidth: s.paneWidth,
        release: s.release,
        diffInline: s.diffInline,
        delivered: s.delivered === s.file.text,
      }),
      merge: (saved, current) => {
        const p = saved as Partial<Saved> | undefined
        if (!p || typeof p.text !== 'string') return current
        // a restored text may not parse (work in progress): keep it, show the seed in the forms
        const file = readSiteFile(p.text)
        return {
          ...current,
          file,
          view: isWorkable(file) ? file : current.view,
          baseline: typeof p.baseline === 'string' ? p.baseline : p.text,
          fileName: typeof p.fileName === 'string' ? p.fileName : current.fileName,
          paneWidth: typeof p.paneWidth === 'number' ? p.paneWidth : current.paneWidth,
          release: typeof p.release === 'string' ? p.release : current.release,
          diffInline: p.diffInline === true,
          delivered: p.delivered === true ? p.text : null,
          history: emptyHistory(),
        }
      },
    },
  ),
)

onAutosaveFailure((m) => useEditorStore.getState().notify('error', m))

/** Start over: forget the saved work and open the seed example again. */
export function startOver(): void {
  useEditorStore.persist.clearStorage()
  useEditorStore.getState().load(SEED_EXAMPLE, FIRST_VISIT_NAME)
}

// findings follow the text after a short pause, computed in a worker (validator.ts)
let validateTimer: ReturnType<typeof setTimeout> | undefined
useEditorStore.subscribe((s, prev) => {
  if (s.file === prev.file) return
  if (validateTimer) clearTimeout(validateTimer)
  const delay = s.file.text.length > 500_000 ? 300 : 100
  validateTimer = setTimeout(() => useEditorStore.getState().revalidate(), delay)
})
useEditorStore.getState().revalidate()
