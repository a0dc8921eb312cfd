import type { StateCreator } from 'zustand'
import type { Diagnostic } from '../core/validate/diagnostic.ts'
import { requestValidation } from './validator.ts'
import type { DocumentSlice } from './createDocumentSlice.ts'

export interface ValidationSlice {
  diagnostics: Diagnostic[]
  /** the last run failed (a rule threw): its message, and `diagnostics` is empty, not stale */
  validationError: string | null
  /** the text the diagnostics were computed for */
  validatedText: string
  /** target ztp-site-generate release ("4.14"), '' for any: enables release-dependent findings */
  release: string
  setRelease: (release: string) => void
  revalidate: () => void
}

export const createValidationSlice: StateCreator<
  DocumentSlice & ValidationSlice,
  [],
  [],
  ValidationSlice
> = (set, get) => ({
  diagnostics: [],
  validationError: null,
  validatedText: '',
  release: '',
  setRelease: (release) => {
    set({ release, validatedText: '' })
    get().revalidate()
  },
  revalidate: () => {
    const { file, release } = get()
    if (file.text === get().validatedText) return
    requestValidation(file, release, (checked, r) => {
      // a late answer for a text or release that has changed since is dropped
      if (checked !== get().file.text || release !== get().release) return
      if ('error' in r) set({ diagnostics: [], validationError: r.error, validatedText: checked })
      else set({ diagnostics: r.diagnostics, validationError: null, validatedText: checked })
    })
  },
})
