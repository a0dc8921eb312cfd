import type { StateCreator } from 'zustand'
import { readSiteFile } from '../core/document/siteFile.ts'
import type { SiteFile } from '../core/document/siteFile.ts'
import type { Diagnostic } from '../core/validate/diagnostic.ts'
import { validate } from '../core/validate/validate.ts'

export interface DocumentSlice {
  file: SiteFile
  diagnostics: Diagnostic[]
  /** replaces the document with new text (a file load or a template) */
  load: (text: string) => void
}

export const createDocumentSlice =
  (initial: string): StateCreator<DocumentSlice, [], [], DocumentSlice> =>
  (set) => {
    const file = readSiteFile(initial)
    return {
      file,
      diagnostics: validate(file),
      load: (text) => {
        const next = readSiteFile(text)
        set({ file: next, diagnostics: validate(next) })
      },
    }
  }
