import type { StateCreator } from 'zustand'
import type { Diagnostic } from '../core/validate/diagnostic.ts'
import { requestValidation } from './validator.ts'
import type { DocumentSlice } from './createDocumentSlice.ts'

export interface ValidationSlice {
  diagnostics: Diagnostic[]
  /** the text the diagnostics were computed for */
  validatedText: string
  revalidate: () => void
}

export const createValidationSlice: StateCreator<
  DocumentSlice & ValidationSlice,
  [],
  [],
  ValidationSlice
> = (set, get) => ({
  diagnostics: [],
  validatedText: '',
  revalidate: () => {
    const text = get().file.text
    if (text === get().validatedText) return
    requestValidation(text, (checked, diagnostics) => {
      // a late answer for text that has changed since is dropped; the next request follows
      if (checked === get().file.text) set({ diagnostics, validatedText: checked })
    })
  },
})
