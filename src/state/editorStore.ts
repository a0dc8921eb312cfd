import { create } from 'zustand'
import { SEED_EXAMPLE } from '../templates/index.ts'
import { createAutosave } from './autosave.ts'
import { runAction } from './commands/actionTable.ts'
import type { ActionId, ArgsOf, Outcome } from './commands/actionTable.ts'
import { readPrefs, writePrefs } from './prefs.ts'
import { allSlices } from './slices.ts'
import { idbWorkStore } from './workStore.ts'

import type { EditorState } from './editorState.ts'

export type { EditorState }

export const FIRST_VISIT_NAME = 'seed-example.yaml'

/** The one store of the app, built from slices; the document is autosaved (autosave.ts). */
export const useEditorStore = create<EditorState>()((...a) => ({
  ...allSlices(SEED_EXAMPLE, FIRST_VISIT_NAME)(...a),
  ...readPrefs(),
}))

/**
 * Runs a user action by id (commands/actionTable.ts): components dispatch actions, never store
 * functions; without `args` it takes them from the current selection, as the palette does.
 */
export const act = <K extends ActionId>(id: K, args?: ArgsOf<K>): Outcome | Promise<Outcome> =>
  runAction(useEditorStore.getState, id, args)

useEditorStore.subscribe((s, p) => {
  const keys = ['paneWidth', 'release', 'diffInline', 'theme'] as const
  if (keys.some((k) => s[k] !== p[k]))
    writePrefs({
      paneWidth: s.paneWidth,
      release: s.release,
      diffInline: s.diffInline,
      theme: s.theme,
    })
})

const autosave = createAutosave({
  store: useEditorStore,
  work: idbWorkStore(),
  channel:
    typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('siteconfig-studio'),
  legacy: typeof localStorage === 'undefined' ? null : localStorage,
})

/** Restores the saved work; the app renders after it, so it never shows the seed first. */
export function startAutosave(): Promise<void> {
  addEventListener('pagehide', () => void autosave.flush())
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void autosave.flush()
  })
  return autosave.start()
}

export const keepMyVersion = () => autosave.keepMine()
export const loadOtherTabVersion = () => autosave.loadTheirs()

/** Start over: forget the saved work and open the seed example again. */
export function startOver(): void {
  useEditorStore.getState().load(SEED_EXAMPLE, FIRST_VISIT_NAME)
  void autosave.forget()
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
