/** A quick fix from the YAML pane's light bulb: the same action as the Problems list's button. */
import type { Fix } from '../core/validate/diagnostic.ts'
import { act } from '../state/editorStore.ts'

// the fix code (the override writer with its data-URL and gzip codecs) loads on first use
export const runFix = async (fix: Fix): Promise<void> => void (await act('fix.apply', { fix }))
