/** What the Diff tab does: revert one change, hand over the patch (the copy and download effects). */
import { readSiteFile } from '../../core/document/siteFile.ts'
import type { SiteFile } from '../../core/document/siteFile.ts'
import type { ChangeItem } from '../../core/review/changes.ts'
import { patchFileName, unifiedPatch } from '../../core/review/patch.ts'
import '../../state/commands/reviewCommands.ts'
import { act, useEditorStore } from '../../state/editorStore.ts'
import { copyText, downloadName, downloadText } from '../fileIo.ts'

let cached: { text: string; file: SiteFile } | null = null

/** The baseline as a SiteFile, read once per baseline text. */
export function baselineFile(text: string): SiteFile {
  if (cached?.text !== text) cached = { text, file: readSiteFile(text) }
  return cached.file
}

/** One undo step per revert: the item's lines go back to the baseline's. */
export const revertItem = (item: ChangeItem) =>
  void act('review.revert', { baseline: baselineFile(useEditorStore.getState().baseline), item })

// the patch names the file as it was imported, so it applies where that file lives in git
const fileName = () => useEditorStore.getState().fileName || downloadName()

const currentPatch = () => {
  const st = useEditorStore.getState()
  return unifiedPatch(fileName(), st.baseline, st.file.text)
}

export function downloadPatch(): void {
  downloadText(currentPatch(), patchFileName(fileName()), 'text/x-diff')
  useEditorStore.getState().markDelivered()
}

export async function copyPatch(): Promise<void> {
  const patch = currentPatch()
  if (await copyText(patch, 'patch', { count: patch.split('\n').length - 1 }))
    useEditorStore.getState().markDelivered()
}
