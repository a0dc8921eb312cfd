import { create } from 'zustand'
import { SEED_EXAMPLE } from '../templates/index.ts'
import { createDocumentSlice } from './createDocumentSlice.ts'
import type { DocumentSlice } from './createDocumentSlice.ts'

export type EditorState = DocumentSlice

/** The one store of the app; slices are combined here, middleware goes on top (later issues). */
export const useEditorStore = create<EditorState>()((...a) => ({
  ...createDocumentSlice(SEED_EXAMPLE)(...a),
}))
