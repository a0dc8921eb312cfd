import { useDeferredValue, useMemo, useRef } from 'react'
import { renderFile } from '../../core/render/render.ts'
import type { RenderResult } from '../../core/render/types.ts'
import { isWorkable } from '../../state/createDocumentSlice.ts'
import { useEditorStore } from '../../state/editorStore.ts'
import type { RightTab } from '../../state/createUiSlice.ts'

/**
 * The current file rendered, only while `tab` is shown: a keystroke with the tab closed never
 * renders. Deferred, so a big file's render lags the typing rather than blocking it.
 */
export function useRendered(tab: RightTab): RenderResult | undefined {
  const visible = useEditorStore((s) => s.rightTab === tab)
  const live = useEditorStore((s) => s.file)
  const acm = useEditorStore((s) => s.acm)
  const shown = useRef(live)
  if (visible) shown.current = live
  const file = useDeferredValue(shown.current)
  return useMemo(() => (isWorkable(file) ? renderFile(file, { acm }) : undefined), [file, acm])
}
