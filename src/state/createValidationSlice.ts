import type { StateCreator } from 'zustand'
import type { Diagnostic } from '../core/validate/diagnostic.ts'
import { validate } from '../core/validate/validate.ts'
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
    const file = get().file
    if (file.text === get().validatedText) return
    set({ diagnostics: validate(file), validatedText: file.text })
  },
})
