/** The store's slices put together: the app's store (editorStore.ts) and the tests' stores. */
import type { StateCreator } from 'zustand'
import { createDocumentSlice } from './createDocumentSlice.ts'
import { createSessionSlice } from './createSessionSlice.ts'
import { createUiSlice } from './createUiSlice.ts'
import { createValidationSlice } from './createValidationSlice.ts'
import type { EditorState } from './editorState.ts'
import { createWorkspaceSlice } from './fleet/createWorkspaceSlice.ts'

export const allSlices =
  (initial: string, name: string): StateCreator<EditorState> =>
  (...a) => ({
    ...createDocumentSlice(initial, name)(...a),
    ...createValidationSlice(...a),
    ...createUiSlice(...a),
    ...createSessionSlice(...a),
    ...createWorkspaceSlice(...a),
  })
