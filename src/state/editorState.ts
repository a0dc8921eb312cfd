/** The store's state type on its own, so the action tables can name it without importing the store. */
import type { DocumentSlice } from './createDocumentSlice.ts'
import type { SessionSlice } from './createSessionSlice.ts'
import type { UiSlice } from './createUiSlice.ts'
import type { ValidationSlice } from './createValidationSlice.ts'
import type { WorkspaceSlice } from './fleet/createWorkspaceSlice.ts'

export type EditorState = DocumentSlice & ValidationSlice & UiSlice & SessionSlice & WorkspaceSlice
